using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Accountability;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Figures stated in the running text about the table just above them, as the paragraphs after each table of an
/// LPPD word them ("Dari tabel 4.1.2 di atas … Dari tahun 2023 ke tahun 2024 … meningkat sebesar 0,53", "melebihi
/// sebesar 0,72 dari target ahir RPJMD", "lebih rendah sebesar 1,63 dari Provinsi Jawa Timur", "dapat direalisasi
/// sebesar 12,67", "dengan capaian kinerja sebesar 108,11%"). Each becomes a figure whose inputs are the table cells
/// it quotes or derives from (their own source lines), with the paragraph's line as its source:
/// <list type="bullet">
/// <item>a change between two year columns named "tahun A ke (tahun) B": rule <c>change.point</c> (inputs year A,
/// year B); "meningkat", "naik", "peningkatan", "kenaikan" make the printed size positive and "menurun", "turun",
/// "penurunan" negative, so a statement of the wrong direction is a mismatch; when the subject is "kinerja" (a
/// performance that improves when a lower-is-better value falls) or no direction is written, the size only is
/// compared (<see cref="ReportFigure.Magnitude"/>);</item>
/// <item>the gap to the target ("melebihi / tidak mencapai / belum memenuhi … sebesar X dari target"): rule
/// <c>change.point</c> on (target, realisasi), size only (the direction depends on the indicator's polarity);</item>
/// <item>the gap to the province or the nation ("lebih rendah / lebih tinggi sebesar X dari Provinsi … / Nasional"):
/// rule <c>change.point</c> on (the other region's column, the own realisation), "lebih rendah" negative and "lebih
/// tinggi" positive;</item>
/// <item>a quoted cell ("direalisasi sebesar X", "capaian (kinerja) sebesar X%", "dari target sebesar X"): rule
/// <c>identity</c> with the realisation, capaian or target cell of the row;</item>
/// <item>the capaian announced before a table ("nilai capaian kinerjanya sebesar X%. Berikut tabel …"): rule
/// <c>identity</c> with the "Capaian Kinerja" row of the table that follows.</item>
/// </list>
/// A statement printing "%" after a difference is read as points unless only the relative change (rule
/// <c>change.percent</c>) gives the printed value: reports write "%" for both.
/// </summary>
/// <remarks>
/// No guess: the table is the nearest one above the paragraph (no other table printing a number between them: a
/// formula's legend laid out as a table is passed over); the row is the one whose
/// label (words, parenthesised abbreviations aside) is named last before the number in the paragraph, or the
/// table's only row with numbers; the columns are found from the header words (a year, target, realisasi,
/// provinsi, nasional, capaian). When two rows are named at the same place, no column prints the year or the role,
/// or a cell is not a number, no figure is made and the statement is listed with the reason. A statement whose
/// value lies inside the values that numbers rounding to the printed inputs allow (the rounding box, as in
/// <see cref="PercentChanges"/>) but differs from the recomputation at its precision cannot be judged from the
/// table and is listed as skipped, never reported as a mismatch. An extra number must never shift which value a printed
/// number is compared with, so a statement is listed with the reason, not read, when another number is printed beside
/// its number (<see cref="StatedAmounts.BesideAnother"/>: "sebesar 7,77% 0,53", "direalisasi 77 sebesar 8,16"), inside
/// the name of its row ("Indeks 2031 Pembangunan Manusia": the row named before it is not its subject), inside its
/// words ("tidak mencapai 2031 target sebesar 0,39" reads as the target without the number, as the gap with it), or
/// beside the years of its change ("dari tahun 2023 tahun 2022 ke tahun 2024"); and the province named before a
/// number is not taken when a "dari …" phrase after the number names what it is compared with.
/// </remarks>
internal static partial class TextStatements
{
    /// <summary>The statements' figures, and the statements left out with their reasons.</summary>
    /// <param name="content">The document.</param>
    /// <param name="tables">Its logical tables (<see cref="TableAssembler.Assemble"/>).</param>
    /// <param name="lowerIsBetter">
    /// The indicators whose capaian the report works out with negative polarity (lower is better), by label: for them
    /// the words of a direction ("meningkat", "lebih rendah") may tell the performance, not the value, and the size
    /// only is compared.
    /// </param>
    public static (List<ReportFigure> Figures, List<string> Skipped) Recognize(DocumentContent content, IReadOnlyList<LogicalTable> tables,
        IReadOnlySet<string> lowerIsBetter)
    {
        var figures = new List<ReportFigure>();
        var skipped = new List<string>();
        var starts = new Dictionary<SourceLocation, LogicalTable>();
        foreach (var t in tables) starts.TryAdd(t.Location, t);
        LogicalTable? above = null;
        TableView? view = null; // built when a paragraph after the table states an amount
        (Match Statement, SourceLocation Location)? announced = null; // "nilai capaian kinerjanya sebesar X%. Berikut tabel …"
        foreach (var block in content.Blocks)
        {
            if (block is DocumentTable table)
            {
                // a table printing no number as data (a formula's legend, "$FK$ | = Faktor Koreksi", or a formula broken
                // into cells by the printer, "… \times" | "100\%$") is no table a statement quotes
                if (starts.TryGetValue(table.Location, out var logical) && PrintsData(logical))
                {
                    (above, view) = (logical, null);
                    if (announced is { } a) Announced(logical, a.Statement, a.Location, figures, skipped);
                    announced = null;
                }
                continue;
            }
            if (block is not DocumentParagraph paragraph) continue;
            string text = PrintedCell.Plain(paragraph.Text);
            if (AnnouncedCapaian().Match(text) is { Success: true } next) announced = (next, paragraph.Location);
            if (above is null) continue;
            if (!Amount().IsMatch(text)) continue;
            view ??= new TableView(above);
            Paragraph(view, text, paragraph.Location, figures, skipped, lowerIsBetter);
        }
        return (figures, skipped);
    }

    /// <summary>
    /// True when a body cell of <paramref name="table"/> prints a number as data: not a row's numbering ("3", "12."),
    /// not LaTeX (a formula or a legend's symbol, "$FK$", "\times 100\%$": the rest of one broken over a cell), and not
    /// a legend's meaning ("= Faktor Koreksi"). A formula's legend laid out as a table has no such cell, whatever
    /// numbers its LaTeX holds.
    /// </summary>
    private static bool PrintsData(LogicalTable table) =>
        table.Body.Any(row => row.Cells.Any(cell =>
        {
            string plain = PrintedCell.Plain(cell.Text);
            return plain.Length > 0 && plain[0] != '=' && !IsLatex(plain) && PrintedCell.Of(cell).IsNumber && !PrintedCell.IsNumbering(cell.Text);
        }));

    // LaTeX as reports print formulas: "$FK$", "$$…$$", "\times", the rest of one broken over a cell ("100\%$")
    private static bool IsLatex(string text) => text.Contains('$', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal);

    private enum Kind
    {
        None,
        YearChange,
        TargetGap,
        Comparison,
        RealizationQuote,
        AchievementQuote,
        TargetQuote,
    }

    private static void Paragraph(TableView table, string text, SourceLocation location, List<ReportFigure> figures, List<string> skipped,
        IReadOnlySet<string> lowerIsBetter)
    {
        string key = location.Line?.ToString(CultureInfo.InvariantCulture) ?? "p" + (location.Page ?? 0).ToString(CultureInfo.InvariantCulture);
        Row? carried = null;
        foreach (string sentence in Sentences().Split(text))
        {
            var matches = Amount().Matches(sentence);
            int segmentStart = 0;
            string? comparisonWord = null;
            foreach (Match m in matches)
            {
                string before = Currency().Replace(sentence[..m.Index], "");
                string segment = Currency().Replace(sentence[segmentStart..m.Index], "");
                int next = m.NextMatch().Success ? m.NextMatch().Index : sentence.Length;
                int end = m.Index + m.Length;
                string after = sentence[end..Math.Max(end, Math.Min(next, end + 80))];
                bool first = segmentStart == 0;
                segmentStart = m.Index + m.Length;
                if (LowerHigher().Matches(before) is { Count: > 0 } lh) comparisonWord = lh[^1].Value.ToLowerInvariant();
                var (kind, detail) = KindOf(before, after, m.Groups["pct"].Success);
                var named = table.Named(segment, out string? ambiguity);
                // "Indeks 2031 Pembangunan Manusia": a number inside a row's name hides the row, and the row named before
                // it (or in the sentence before) is not the statement's subject
                if (ambiguity is null && (table.Hidden(segment) ?? (named is null ? table.Hidden(before) : null)) is { } hidden)
                {
                    carried = null;
                    if (kind != Kind.None)
                        skipped.Add($"text line {key} \"{Quote(sentence, m)}\": a number is printed inside the name of row '{hidden.Label}'");
                    continue;
                }
                if (named is null && ambiguity is null && kind != Kind.None && ForeignName(segment, first) is { } foreign)
                {
                    carried = null; // the sentence speaks of another subject: the row of an earlier sentence is not it
                    if (kind is Kind.RealizationQuote or Kind.AchievementQuote or Kind.TargetQuote) continue;
                    skipped.Add($"text line {key} \"{Quote(sentence, m)}\": '{foreign}' is not a row of table {table.Name}");
                    continue;
                }
                if (named is null && ambiguity is null) named = table.Named(before, out ambiguity);
                if (ambiguity is not null && kind != Kind.None)
                {
                    skipped.Add($"text line {key} \"{Quote(sentence, m)}\": {ambiguity}");
                    continue;
                }
                if (named is not null) carried = named;
                if (kind == Kind.None) continue;
                // "sebesar 7,77% 0,53", "direalisasi 77 sebesar 8,16": which number the statement prints cannot be told
                if (StatedAmounts.BesideAnother(sentence, m.Groups["n"].Index, m.Groups["pct"].Success ? m.Groups["pct"].Index + m.Groups["pct"].Length : m.Groups["n"].Index + m.Groups["n"].Length))
                {
                    skipped.Add($"text line {key} \"{Quote(sentence, m)}\": another number is printed beside {m.Groups["n"].Value}: which one the statement prints is not clear");
                    continue;
                }
                if (kind == Kind.YearChange && detail is null)
                {
                    skipped.Add($"text line {key} \"{Quote(sentence, m)}\": another year is printed beside the years of the change ('tahun A ke tahun B'): which two are compared is not clear");
                    continue;
                }
                // "tidak mencapai 2031 target sebesar 0,39": a number inside the words of a statement; read without it
                // the words say something else (a gap to the target, not the target), so neither reading is taken
                if (KindOf(PhraseNumber().Replace(before, " "), PhraseNumber().Replace(after, " "), m.Groups["pct"].Success) != (kind, detail))
                {
                    skipped.Add($"text line {key} \"{Quote(sentence, m)}\": a number is printed inside the words of the statement: what {m.Groups["n"].Value} is compared with is not clear");
                    continue;
                }
                bool quote = kind is Kind.RealizationQuote or Kind.AchievementQuote or Kind.TargetQuote;
                var row = named ?? carried ?? (quote ? null : table.Only);
                if (row is null)
                {
                    if (!quote) skipped.Add($"text line {key} \"{Quote(sentence, m)}\": no row of table {table.Name} is named");
                    continue;
                }
                var printed = SeparatorConvention.TextNumber(m.Groups["n"].Value, sentence, location);
                if (printed.Value is not { } value) continue;
                bool negative = lowerIsBetter.Contains(Normalized(row.Label)) || IndicatorPolarities.Of(row.Label) == Polarity.Negative;
                string? why = kind switch
                {
                    Kind.YearChange => YearChange(table, row, detail!, segment, negative, printed, m, location, key, figures),
                    Kind.TargetGap => Gap(table, row, table.Columns.Target, table.Columns.Realization, "target", printed, m, location, key, figures, null),
                    Kind.Comparison => Gap(table, row, table.Other(detail!), table.Own, detail!, printed, m, location, key, figures, negative ? null : comparisonWord),
                    Kind.TargetQuote => Quote(table, row, table.Columns.Target, "target", printed, value, m, location, key, figures),
                    Kind.RealizationQuote => Quote(table, row, table.Columns.Realization >= 0 ? table.Columns.Realization : table.Own, "realisasi", printed, value, m, location, key, figures),
                    _ => Quote(table, row, table.Columns.Achievement, "capaian", printed, value, m, location, key, figures),
                };
                if (why is not null) skipped.Add($"text line {key} \"{Quote(sentence, m)}\": {why}");
            }
        }
    }

    private static (Kind Kind, string? Detail) KindOf(string before, string after, bool percent)
    {
        if (TargetAfter().IsMatch(after) || TargetBefore().IsMatch(before)) return (Kind.TargetGap, null);
        if (TargetNamed().IsMatch(before)) return (Kind.TargetQuote, null);
        if (OtherAfter().Match(after) is { Success: true } oa) return (Kind.Comparison, Who(oa.Groups["who"].Value));
        // "sebesar 0,41 (2031) dari realisasi Nasional": what the number is compared with is named after it, unread;
        // the province named before belongs to another number of the sentence
        if (!ComparedAfter().IsMatch(after) && OtherBefore().Match(before) is { Success: true } ob) return (Kind.Comparison, Who(ob.Groups["who"].Value));
        if (Ranges().Matches(before) is { Count: > 0 } ranges)
        {
            var last = ranges[^1];
            // the range belongs to this number only when no other amount is printed between them; a year printed
            // beside it ("dari tahun 2023 tahun 2022 ke tahun 2024") or twice ("tahun 2022 ke tahun 2022") leaves the
            // years unclear (no detail)
            if (!Amount().IsMatch(before[last.Index..]) || DirectionBefore().IsMatch(before))
                return (Kind.YearChange, last.Groups["a"].Value == last.Groups["b"].Value || YearBefore().IsMatch(before[..last.Index])
                    || YearAfter().IsMatch(before[(last.Index + last.Length)..]) ? null : last.Groups["a"].Value + "-" + last.Groups["b"].Value);
        }
        if (RealizedBefore().IsMatch(before)) return (percent ? Kind.AchievementQuote : Kind.RealizationQuote, null);
        if (percent && AchievementBefore().IsMatch(before)) return (Kind.AchievementQuote, null);
        return (Kind.None, null);
    }

    /// <summary>
    /// A name printed in <paramref name="segment"/> that could be an indicator (two capitalised words, or an acronym
    /// of three or more capitals), once the region, province and nation and the sentence's first word are set aside;
    /// null when none.
    /// </summary>
    private static string? ForeignName(string segment, bool sentenceStart)
    {
        string rest = Regions().Replace(NameNumber().Replace(Parenthesised().Replace(segment, " "), " "), " ");
        if (sentenceStart) rest = FirstWord().Replace(rest, " ");
        var name = CapitalisedName().Match(rest);
        return name.Success ? name.Value.Trim() : null;
    }

    private static string Who(string word) => word.StartsWith("nasional", StringComparison.OrdinalIgnoreCase) ? "nasional" : "provinsi";

    /// <summary>
    /// "Dalam sasaran … dapat diperoleh nilai capaian kinerjanya sebesar X%. Berikut tabel …": X is the "Capaian
    /// Kinerja" row of the table that follows (rule <c>identity</c>).
    /// </summary>
    private static void Announced(LogicalTable table, Match statement, SourceLocation location, List<ReportFigure> figures, List<string> skipped)
    {
        string key = location.Line?.ToString(CultureInfo.InvariantCulture) ?? "p" + (location.Page ?? 0).ToString(CultureInfo.InvariantCulture);
        var printed = SeparatorConvention.TextNumber(statement.Groups["n"].Value, statement.Value, location);
        if (printed.Value is not { } value) return;
        string name = table.Number ?? table.Title;
        var closing = table.Body.Where(r => r.Cells.Count > 0 && PrintedCell.Plain(r.Cells[0].Text).Equals("Capaian Kinerja", StringComparison.OrdinalIgnoreCase)).ToList();
        var cell = closing.Count == 1 ? closing[0].Cells.Select(PrintedCell.Of).LastOrDefault(c => c.IsNumber) : default;
        if (cell.Cell is null)
        {
            skipped.Add($"text line {key} \"{statement.Value}\": table {name} after it has {(closing.Count == 0 ? "no" : "more than one")} Capaian Kinerja row with a number");
            return;
        }
        if (printed.Decimals > cell.Decimals && ReportRounding.Round(value, cell.Decimals) == cell.Value) return;
        figures.Add(new ReportFigure
        {
            Id = "text/" + key + "/capaian-kinerja",
            Label = $"nilai capaian kinerja stated in the text = the Capaian Kinerja row of table {name} that follows",
            Rule = FigureKinds.Identity,
            Reported = value,
            Printed = statement.Groups["n"].Value + "%",
            Decimals = printed.Decimals,
            Source = location.Line,
            Location = location,
            Inputs = [cell.Input($"Capaian Kinerja (table {name})")],
        });
    }

    private static string? YearChange(TableView table, Row row, string years, string segment, bool negative, PrintedCell printed, Match m,
        SourceLocation location, string key, List<ReportFigure> figures)
    {
        string[] ab = years.Split('-');
        int a = table.YearColumn(ab[0]), b = table.YearColumn(ab[1]);
        if (a < 0 || b < 0) return $"no single realisation column of table {table.Name} for the year {(a < 0 ? ab[0] : ab[1])}";
        decimal size = printed.Value!.Value;
        var dirs = Direction().Matches(segment);
        // "kinerja … meningkat", or any direction word of a lower-is-better indicator: the words may tell the
        // performance, not the value, so the size only is compared
        bool performance = Performance().IsMatch(segment) || negative;
        int sign = dirs.Count == 0 || performance || size < 0 ? 0 : Up(dirs[^1].Value) ? 1 : -1;
        return Difference(table, row, a, b, ab[0], ab[1], sign, printed, m, location, key, "perubahan " + years, figures);
    }

    private static string? Gap(TableView table, Row row, int reference, int own, string whom, PrintedCell printed, Match m,
        SourceLocation location, string key, List<ReportFigure> figures, string? word)
    {
        if (reference < 0 || own < 0 || reference == own) return $"table {table.Name} has no {whom} column beside a realisation column";
        int sign = word is null || printed.Value < 0 ? 0 : word.Contains("rendah", StringComparison.Ordinal) ? -1 : 1;
        return Difference(table, row, reference, own, whom, "realisasi", sign, printed, m, location, key, "selisih " + whom, figures);
    }

    /// <summary>A difference figure (points, or percent when only that reading fits), or why none is made.</summary>
    private static string? Difference(TableView table, Row row, int first, int second, string firstName, string secondName, int sign,
        PrintedCell printed, Match m, SourceLocation location, string key, string what, List<ReportFigure> figures)
    {
        var x = row.Cells[first];
        var y = row.Cells[second];
        if (!x.IsNumber || !y.IsNumber) return $"the cells of {row.Label} in table {table.Name} are not both numbers";
        decimal size = printed.Value!.Value;
        int d = printed.Decimals;
        decimal stated = sign == 0 ? size : sign * Math.Abs(size);
        decimal diff = y.Value!.Value - x.Value!.Value;
        string rule = FigureKinds.PointChange;
        if (m.Groups["pct"].Success && !Agrees(diff, stated, sign == 0, d) && x.Value > 0
            && (y.Value!.Value - x.Value!.Value) / x.Value!.Value * 100m is var pc && Agrees(pc, stated, sign == 0, d))
            rule = FigureKinds.PercentChange;
        else if (Box(x, y, stated, sign == 0, d) is { } why)
            return why;
        string label = $"{row.Label}: {what} stated in the text (table {table.Name}, {firstName} → {secondName})";
        figures.Add(new ReportFigure
        {
            Id = "text/" + key + "/" + Slug(row.Label) + "-" + Slug(what),
            Label = label,
            Rule = rule,
            Reported = stated,
            Printed = m.Value.Trim(),
            Decimals = d,
            Source = location.Line,
            Location = location,
            Magnitude = sign == 0,
            Note = sign == 0 ? null : $"the direction is written in words: read as {stated.ToString(CultureInfo.InvariantCulture)}",
            Inputs = [x.Input($"{row.Label} {firstName} (table {table.Name})"), y.Input($"{row.Label} {secondName} (table {table.Name})")],
        });
        return null;
    }

    private static bool Agrees(decimal value, decimal stated, bool magnitude, int decimals) =>
        ReportRounding.Round(magnitude ? Math.Abs(value) : value, decimals) == stated;

    /// <summary>
    /// Why the rounded inputs cannot judge the stated difference, or null: it differs from the difference of the
    /// printed inputs at its precision, but lies within the differences that values rounding to them give.
    /// </summary>
    internal static string? Box(PrintedCell x, PrintedCell y, decimal stated, bool magnitude, int decimals)
    {
        decimal diff = y.Value!.Value - x.Value!.Value;
        if (Agrees(diff, stated, magnitude, decimals)) return null;
        decimal h = ReportRounding.UnitInLastPlace(x.Decimals) / 2 + ReportRounding.UnitInLastPlace(y.Decimals) / 2;
        decimal hd = ReportRounding.UnitInLastPlace(decimals) / 2;
        decimal low = diff - h, high = diff + h;
        if (magnitude)
            (low, high) = low <= 0 && high >= 0 ? (0m, Math.Max(-low, high)) : (Math.Min(Math.Abs(low), Math.Abs(high)), Math.Max(Math.Abs(low), Math.Abs(high)));
        if (stated < low - hd || stated > high + hd) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"the printed inputs ({x.Text.Trim()}, {y.Text.Trim()}) are too coarse to judge the stated {stated}: values rounding to them give {low} … {high}");
    }

    private static string? Quote(TableView table, Row row, int column, string what, PrintedCell printed, decimal value, Match m,
        SourceLocation location, string key, List<ReportFigure> figures)
    {
        if (column < 0) return null; // the table has no such column: the sentence quotes something else
        var cell = row.Cells[column];
        if (!cell.IsNumber) return $"the {what} cell of {row.Label} in table {table.Name} is not a number";
        if (printed.Decimals > cell.Decimals && ReportRounding.Round(value, cell.Decimals) == cell.Value)
            return $"the text prints {value.ToString(CultureInfo.InvariantCulture)}, more digits than the table's {cell.Text.Trim()}: consistent, not judged";
        figures.Add(new ReportFigure
        {
            Id = "text/" + key + "/" + Slug(row.Label) + "-" + what,
            Label = $"{row.Label}: {what} stated in the text = table {table.Name}",
            Rule = FigureKinds.Identity,
            Reported = value,
            Printed = m.Groups["n"].Value + (m.Groups["pct"].Success ? "%" : ""),
            Decimals = printed.Decimals,
            Source = location.Line,
            Location = location,
            Inputs = [cell.Input($"{row.Label} {what} (table {table.Name})")],
        });
        return null;
    }

    /// <summary>A label as <see cref="Recognize"/>'s lowerIsBetter set holds it: lower case, single spaces.</summary>
    internal static string Normalized(string label) => string.Join(' ', label.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool Up(string word) => word.ToLowerInvariant() is "meningkat" or "naik" or "peningkatan" or "kenaikan" or "bertambah";

    private static string Quote(string sentence, Match m)
    {
        int start = Math.Max(0, m.Index - 60);
        return (start > 0 ? "…" : "") + sentence[start..(m.Index + m.Length)].Trim();
    }

    private static string Slug(string label)
    {
        string slug = NonWord().Replace(label.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }

    /// <summary>A table as the statements about it see it: its columns, and its rows with a label and numbers.</summary>
    private sealed class TableView
    {
        public TableView(LogicalTable table)
        {
            Name = table.Number ?? table.Title;
            Columns = TableColumns.Of(table);
            Labels = Columns.Labels;
            foreach (var body in table.Body)
            {
                var cells = Enumerable.Range(0, table.Columns).Select(c => c < body.Cells.Count ? PrintedCell.Of(body.Cells[c]) : default).ToArray();
                int firstNumber = Enumerable.Range(0, cells.Length).FirstOrDefault(c => cells[c].Cell is not null && cells[c].IsNumber && (c > 0 || !PrintedCell.IsNumbering(cells[c].Text)), -1);
                if (firstNumber < 0 && Columns.Indicator < 0) continue;
                if (firstNumber < 0) firstNumber = cells.Length;
                string? label = Columns.Indicator >= 0 && Columns.Indicator < firstNumber && cells[Columns.Indicator].Cell is { } ic && !cells[Columns.Indicator].IsEmpty
                    ? PrintedCell.Plain(ic.Text) : null;
                for (int c = firstNumber - 1; label is null && c >= 0; c--)
                    if (cells[c].Cell is not null && !cells[c].IsEmpty && !cells[c].IsNumber && !PrintedCell.IsNumbering(cells[c].Text))
                        label = PrintedCell.Plain(cells[c].Text);
                if (label is null || Closing().IsMatch(label) || Pattern(label) is not { } pattern) continue;
                Rows.Add(new Row(label, cells, pattern));
            }
            Only = Rows.Count == 1 ? Rows[0] : null;
            Own = OwnColumn();
        }

        public string Name { get; }

        public TableColumns Columns { get; }

        public string[] Labels { get; }

        public List<Row> Rows { get; } = [];

        /// <summary>The only row with numbers, or null.</summary>
        public Row? Only { get; }

        /// <summary>The own realisation column beside the province and nation (the one "realisasi" column naming neither), or -1.</summary>
        public int Own { get; }

        private int OwnColumn()
        {
            var own = Enumerable.Range(0, Labels.Length).Where(c => Labels[c].Contains("realisasi", StringComparison.Ordinal)
                && !IsOther(Labels[c]) && !Labels[c].Contains("target", StringComparison.Ordinal) && !Labels[c].Contains('%', StringComparison.Ordinal)).ToList();
            return own.Count == 1 ? own[0] : -1;
        }

        private static bool IsOther(string label) =>
            label.Contains("provinsi", StringComparison.Ordinal) || label.Contains("prov.", StringComparison.Ordinal)
            || label.Contains("nasional", StringComparison.Ordinal) || label.Contains("jawa", StringComparison.Ordinal);

        /// <summary>The province's or the nation's column, or -1 when none or several.</summary>
        public int Other(string who)
        {
            var found = Enumerable.Range(0, Labels.Length).Where(c => who == "nasional"
                ? Labels[c].Contains("nasional", StringComparison.Ordinal)
                : IsOther(Labels[c]) && !Labels[c].Contains("nasional", StringComparison.Ordinal)).ToList();
            return found.Count == 1 ? found[0] : -1;
        }

        /// <summary>The one value column whose header names <paramref name="year"/> (a realisation column when several), or -1.</summary>
        public int YearColumn(string year)
        {
            var found = Enumerable.Range(0, Labels.Length).Where(c => YearWord().Matches(Labels[c]) is { Count: 1 } ys && ys[0].Value == year
                && !Labels[c].Contains('%', StringComparison.Ordinal) && !Labels[c].Contains("capaian", StringComparison.Ordinal)
                && !Labels[c].Contains("persen", StringComparison.Ordinal)).ToList();
            if (found.Count > 1) found = found.Where(c => Labels[c].Contains("realisasi", StringComparison.Ordinal) && !Labels[c].Contains("target", StringComparison.Ordinal)).ToList();
            return found.Count == 1 ? found[0] : -1;
        }

        /// <summary>
        /// The row named last in <paramref name="text"/> (the longest label when several end at the same place), or
        /// null; <paramref name="ambiguity"/> says why when two rows are named at the same place.
        /// </summary>
        public Row? Named(string text, out string? ambiguity)
        {
            ambiguity = null;
            Row? best = null;
            int end = -1, length = 0;
            bool tie = false;
            foreach (var row in Rows)
            {
                var ms = row.Pattern.Matches(text);
                if (ms.Count == 0) continue;
                var last = ms[^1];
                int e = last.Index + last.Length;
                if (e > end || (e == end && last.Length > length))
                {
                    (best, end, length, tie) = (row, e, last.Length, false);
                }
                else if (e == end && last.Length == length && !string.Equals(row.Label, best!.Label, StringComparison.OrdinalIgnoreCase))
                {
                    tie = true;
                }
                else if (e == end && last.Length == length)
                {
                    tie = true; // the same label printed on two rows
                }
            }
            if (!tie) return best;
            ambiguity = $"two rows of table {Name} are named '{best!.Label}'";
            return null;
        }

        /// <summary>
        /// The row whose name <paramref name="text"/> prints with a number inside it ("Indeks 2031 Pembangunan
        /// Manusia", "Pengeluaran 77 orang Perkapita"): the row named last once such numbers are taken out, when it is
        /// not named as printed; or null.
        /// </summary>
        public Row? Hidden(string text)
        {
            string bare = NameNumber().Replace(text, " ");
            return !bare.Equals(text, StringComparison.Ordinal) && Named(bare, out _) is { } row && !row.Pattern.IsMatch(text) ? row : null;
        }

        /// <summary>The words of a row label, parenthesised abbreviations left out, as a case-insensitive pattern; null when too short to name a row.</summary>
        private static Regex? Pattern(string label)
        {
            // words glued where a PDF joined a wrapped cell ("Indeks PembangunanManusia") are split again
            string words = CamelGlue().Replace(Parenthesised().Replace(label, " "), " ");
            var parts = NonWord().Split(words).Where(w => w.Length > 0).ToArray();
            if (parts.Sum(p => p.Length) < 3 || parts.All(p => p.All(char.IsDigit))) return null;
            string name = string.Join(@"[^\p{L}\p{N}]*", parts.Select(Word));
            // an abbreviation printed in parentheses ("Harapan Lama Sekolah (HLS)") names the row too
            var abbreviation = Abbreviation().Match(label);
            string alternatives = abbreviation.Success ? "(?:" + name + "|" + Regex.Escape(abbreviation.Groups[1].Value) + ")" : name;
            return new Regex(@"(?<![\p{L}\p{N}])" + alternatives + @"(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>A word of a label as a pattern; "risiko" and "resiko" are one word (both spellings are printed).</summary>
    private static string Word(string word) =>
        word.Equals("risiko", StringComparison.OrdinalIgnoreCase) || word.Equals("resiko", StringComparison.OrdinalIgnoreCase) ? "r[ei]siko" : Regex.Escape(word);

    /// <summary>A body row: its label, its cells and the pattern that finds its label in a sentence.</summary>
    private sealed record Row(string Label, PrintedCell[] Cells, Regex Pattern);

    /// <summary>An amount after "sebesar"/"sebanyak" (or after a capaian/realisasi word), "Rp" allowed before it: the number, a "%" or "persen", and "poin". A number glued to a letter ("1.010e+04"), that a space may have cut ("1 2,67", "4, 91%") or a year (1900–2099 without separators or "%": "kurang 2031 dari target") is not an amount.</summary>
    [GeneratedRegex(@"(?:(?<=\b(?:sebesar|sebanyak|kurang|capaian|terealisasi|direalisasi)\s+(?:Rp\.?\s*)?))(?!(?:19|20)\d\d(?![\d.,])(?!\s*(?:%|persen\b)))(?<n>-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)(?![\d.,\p{Cf}]*\d)(?![\p{L}\p{Cf}])(?![.,]?\s[.,]?\s?\d)(?<pct>\s*(?:%|persen\b))?(?:\s*poin\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\bnilai\s+capaian\s+(?:kinerja|kerja)(?:nya)?\s+sebesar\s+(?<n>\d{1,3}(?:,\d+)?)\s*%\.?\s+Berikut\s+tabel\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedCapaian();

    [GeneratedRegex(@"Rp\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"(?<=[^\d\s][.])\s+(?=[A-Z])|(?<=\d[.])\s+(?=[A-Z][a-z])")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"^\s*(?:poin\s+)?(?:dari|terhadap)\s+target\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetAfter();

    [GeneratedRegex(@"\b(?:mencapai|memenuhi|melebihi|kurang\s+dari|di\s+bawah|di\s+atas)\s+target(?:\s+(?:akhir|ahir)\s+rpjmd)?\s+(?:sebesar|kurang)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetBefore();

    /// <summary>"(dari) target (akhir RPJMD) sebesar X" with no verb of a gap: the target value quoted.</summary>
    [GeneratedRegex(@"\btarget(?:\s+(?:akhir|ahir)\s+rpjmd)?(?:\s+(?:tahun\s+)?(?:19|20)\d\d)?\s+sebesar\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetNamed();

    /// <summary>A region's name ("Kabupaten Blitar", "Kota Tanjung Pinang", "Provinsi Sumatera Utara", "Jawa Timur"), the nation, the plan, the government.</summary>
    [GeneratedRegex(@"\b(?:Kabupaten|Kota|Kab\.)(?:\s+[A-Z][\p{L}]+){1,3}|\bProvinsi(?:\s+[A-Z][\p{L}]+){0,3}|\bJawa\s+(?:Timur|Tengah|Barat)|\bNasional\b|\bRPJMD\b|\bPemerintah\b")]
    private static partial Regex Regions();

    [GeneratedRegex(@"^\s*\S+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\b[A-Z][\p{Ll}]+[ ]+(?:dan[ ]+)?[A-Z][\p{L}]+|\b[A-Z]{3,}\b")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"^\s*(?:poin\s+)?(?:dari|daripada)\s+(?:realisasi\s+|angka\s+|rata-rata\s+)?(?<who>provinsi|prov\.|jawa\s+timur|nasional)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherAfter();

    [GeneratedRegex(@"\b(?:dari|daripada)\s+(?:realisasi\s+)?(?<who>provinsi|nasional)\b[^,.;]{0,30}?\s+sebesar\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBefore();

    [GeneratedRegex(@"\btahun\s+(?<a>(?:19|20)\d\d)\s+(?:ke|menuju)\s+(?:tahun\s+)?(?<b>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ranges();

    /// <summary>A year printed just before a range "tahun A ke tahun B" ("dari tahun 2023 tahun 2022 ke …").</summary>
    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d\d\)?\s*$")]
    private static partial Regex YearBefore();

    /// <summary>A year printed just after a range "tahun A ke tahun B" ("… ke tahun 2022 tahun 2023", "… ke 2022 (2023)").</summary>
    [GeneratedRegex(@"^\s+(?:tahun\s+)?\(?(?:19|20)\d\d(?![\d.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    /// <summary>A "dari …" phrase right after a number (past its unit "poin", another number, a year or parentheses): what the number is compared with.</summary>
    [GeneratedRegex(@"^\s*(?:(?:\([^)]{0,40}\)|-?\d[\d.,]*%?|poin|tahun)\s*){0,3}(?:dari|daripada)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedAfter();

    /// <summary>
    /// A number standing between the words of a name, with its "%", parentheses, "Rp", a "tahun" before it and a lower-case
    /// word after it ("2031", "(2023)", "7)", "7,77%", "tahun 2031", "77 orang"): what <see cref="TableView.Hidden"/>
    /// and <see cref="ForeignName"/> set aside.
    /// </summary>
    [GeneratedRegex(@"(?:\b[Tt]ahun\s+)?(?<![\p{L}\p{N}\p{Cf}.,/-])(?:R[Pp]\.?\s*)?\(?-?\d(?:[\d.,]*\d)?\s*%?\)?(?![\p{L}\p{N}])(?:\s+\p{Ll}+\b)?")]
    private static partial Regex NameNumber();

    /// <summary>
    /// A number between the words of a statement (a year with its "tahun"), but not a year of "tahun A ke (tahun) B",
    /// with a lower-case word after it that is not a statement's word ("77 orang"): the statement's words are read
    /// without it ("kurang 77 dari target sebesar 3" reads as the target 3, "kurang dari target sebesar 3" as the gap 3).
    /// </summary>
    [GeneratedRegex(@"(?:\b[Tt]ahun\s+(?=(?:19|20)\d\d\b(?!\s+(?:ke|menuju)\b)))?(?<![\p{L}\p{N}\p{Cf}.,/-])(?:(?<!\b(?:ke|menuju)\s+(?:tahun\s+)?)\(?(?:19|20)\d\d(?![\d.,%])(?!\s+(?:ke|menuju)\b)\)?|(?<!\b(?:[Tt]ahun|ke)\s+)(?:R[Pp]\.?\s*)?\(?-?\d(?:[\d.,]*\d)?\s*%?\)?)(?![\p{L}\p{N}])(?:\s+(?!(?:dari|daripada|target|menjadi|atau|dan|sebesar|sebanyak|ke|menuju|tahun)\b)\p{Ll}+\b)?")]
    private static partial Regex PhraseNumber();

    [GeneratedRegex(@"\b(?:meningkat|menurun|naik|turun|peningkatan|penurunan|kenaikan|bertambah|berkurang)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\b(?:meningkat|menurun|naik|turun|peningkatan|penurunan|kenaikan|bertambah|berkurang)\s+(?:sebesar|sebanyak)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionBefore();

    [GeneratedRegex(@"\bkinerja(?:\s+[\p{L}-]+){0,4}\s+(?:meningkat|menurun|naik|turun|membaik|memburuk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Performance();

    [GeneratedRegex(@"\blebih\s+(?:rendah|tinggi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowerHigher();

    [GeneratedRegex(@"\b(?:dapat\s+)?(?:direalisasi|terealisasi)(?:\s+sebesar)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RealizedBefore();

    [GeneratedRegex(@"\bcapaian(?:\s+kinerja(?:nya)?)?(?:\s+sebesar)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AchievementBefore();

    /// <summary>A closing row (Capaian Kinerja, Jumlah, Total, Rata-rata): not an indicator a sentence names.</summary>
    [GeneratedRegex(@"^(?:capaian(?:\s+kinerja)?|jumlah|total|rata-rata(?:\s+capaian)?|rata\s+rata)$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelGlue();

    [GeneratedRegex(@"\(([A-Z][A-Za-z]{1,9})\)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\([^)]{0,40}\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
