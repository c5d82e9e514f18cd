using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Shares stated in the running text: "sejumlah 3.859 orang (65,85%)", "sejumlah 3 orang atau 0,02% dari total PNS",
/// "sebanyak 272.221 orang atau sekitar 36,39% dari total penduduk bekerja". Each becomes a figure of rule
/// <c>share</c> (bagian / keseluruhan × 100, half-up at the printed precision) whose inputs are the part printed in
/// the sentence and the total, with the paragraph's line as source.
/// </summary>
/// <remarks>
/// <para>The part is a count ("orang", "jiwa", "personil", "pegawai", "pekerja", "penduduk", "KK", "rumah tangga",
/// "desa", "unit") followed by "(P%)" or "atau (sekitar) P%". The total is named by "dari (total / jumlah) …" after
/// the percentage; a share without it in a sentence that names exactly one total for another share takes that one
/// ("… S-1 sejumlah 3.859 orang (65,85%) dan … S-3 yaitu sejumlah 3 orang atau 0,02% dari total PNS").</para>
/// <para>Where the total is found, in this order, and the first place that has it is used: (1) printed in the same
/// sentence ("dari 5.860 orang", "dari total PNS sebanyak 5.860 orang"); (2) a row of the nearest table above or
/// below the paragraph (no heading between them) whose label holds every word of the total's name, the words that
/// only say "people" or "total" (total, jumlah, seluruh, penduduk, orang, jiwa, pegawai, pekerja, personil) aside,
/// and prints one number ("Jumlah Tenaga Kerja yang Bekerja 695.845" for "total penduduk bekerja"); (3) a statement
/// of the name's total in the running text since the last heading, a region of one to three words after it ("PNS Kabupaten Blitar tercatat sejumlah 5.860
/// personil"). A place with two different values that fit, a name made of such generic words only, a total smaller than
/// the part, or no total found: no figure, and the statement is listed in the table note with the reason.</para>
/// <para>A part or a percentage printed beside another number ("sebanyak 272.221 orang 77 orang atau 36,39%",
/// <see cref="StatedAmounts.BesideAnother"/>) is not read: which count the share is of cannot be told.</para>
/// <para>"sekitar" (about) does not widen the tolerance: the report prints the share at its precision, and the audit
/// compares at that precision as for any other share.</para>
/// </remarks>
internal static partial class ShareStatements
{
    /// <summary>The statements' figures, and the statements left out with their reasons.</summary>
    /// <param name="content">The document.</param>
    /// <param name="tables">Its logical tables (<see cref="TableAssembler.Assemble"/>).</param>
    public static (List<ReportFigure> Figures, List<string> Skipped) Recognize(DocumentContent content, IReadOnlyList<LogicalTable> tables)
    {
        var figures = new List<ReportFigure>();
        var skipped = new List<string>();
        var starts = new Dictionary<SourceLocation, LogicalTable>();
        foreach (var t in tables) starts.TryAdd(t.Location, t);
        // the blocks in order: a logical table (at its first part), a paragraph, or a heading
        var items = new List<(LogicalTable? Table, DocumentParagraph? Paragraph, bool Heading)>();
        foreach (var block in content.Blocks)
        {
            if (block is DocumentTable table && starts.TryGetValue(table.Location, out var logical)) items.Add((logical, null, false));
            else if (block is DocumentParagraph p) items.Add((null, p, StatedAmounts.IsHeading(PrintedCell.Plain(p.Text))));
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Paragraph is not { } paragraph || items[i].Heading) continue;
            string text = PrintedCell.Plain(paragraph.Text);
            if (!Share().IsMatch(text)) continue;
            foreach (string sentence in StatedAmounts.Sentences(text))
                Sentence(sentence, items, i, paragraph.Location, figures, skipped);
        }
        return (figures, skipped);
    }

    private static void Sentence(string sentence, List<(LogicalTable? Table, DocumentParagraph? Paragraph, bool Heading)> items, int at,
        SourceLocation location, List<ReportFigure> figures, List<string> skipped)
    {
        var shares = Share().Matches(sentence);
        if (shares.Count == 0) return;
        string key = StatedAmounts.Key(location);
        if (shares.Count > StatedAmounts.MaxPerSentence)
        {
            skipped.Add(string.Create(CultureInfo.InvariantCulture, $"text line {key} \"{StatedAmounts.Quote(sentence, 0, 60)}\": {shares.Count} shares in one sentence, more than a statement prints ({StatedAmounts.MaxPerSentence}): not read"));
            return;
        }
        var named = shares.Where(s => s.Groups["of"].Success).Select(s => Name(s.Groups["of"].Value)).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (Match share in shares)
        {
            string quote = StatedAmounts.Quote(sentence, share.Index - 50, share.Index + share.Length);
            var part = SeparatorConvention.TextNumber(share.Groups["part"].Value, sentence, location);
            var percent = SeparatorConvention.TextNumber(share.Groups["p"].Value, sentence, location);
            if (part.Value is not { } partValue || percent.Value is not { } stated) continue;
            // "sebanyak 272.221 orang 77 orang atau 36,39%": which count the share is of is not clear
            var (pg, sg) = (share.Groups["part"], share.Groups["p"]);
            if (StatedAmounts.BesideAnother(sentence, pg.Index, pg.Index + pg.Length) || StatedAmounts.BesideAnother(sentence, sg.Index, sg.Index + sg.Length))
            {
                skipped.Add($"text line {key} \"{quote}\": another number is printed beside {pg.Value} or {sg.Value}%: which one the share is of is not clear");
                continue;
            }
            string? of = share.Groups["of"].Success ? share.Groups["of"].Value : null;
            string? name = of is null ? (named.Count == 1 ? named[0] : null) : Name(of);
            if (name is null)
            {
                skipped.Add($"text line {key} \"{quote}\": " + (named.Count == 0
                    ? "the share says no total ('dari …'): of what it is a share is not said"
                    : "the sentence names several totals ('dari …'): which one this share is of is not said"));
                continue;
            }
            string? why = null;
            var total = (of is not null ? InSentence(of, location) : null) ?? Total(name, items, at, out why);
            if (total is not { } t)
            {
                skipped.Add($"text line {key} \"{quote}\": {why}");
                continue;
            }
            if (t.Cell.Value is not { } totalValue || totalValue <= 0 || totalValue < partValue)
            {
                skipped.Add($"text line {key} \"{quote}\": the total found ({t.Cell.Text.Trim()}, {t.Where}) is smaller than the part");
                continue;
            }
            if (partValue == 0) continue;
            figures.Add(new ReportFigure
            {
                Id = "text/" + key + "/share-" + part.Text.Replace(".", "", StringComparison.Ordinal),
                Label = $"\"{quote}\": share of {name} stated in the text (total: {t.Where})",
                Rule = RuleCatalog.Share, // the rule of the hand-transcribed shares (FigureKinds names the table recognisers' kinds)
                Reported = stated,
                Printed = share.Groups["p"].Value.Trim() + "%",
                Decimals = percent.Decimals,
                Source = location.Line,
                Location = location,
                Note = share.Groups["about"].Success ? "'sekitar' (about) printed: compared at the printed precision as any share" : null,
                Inputs = [part.Input("bagian (same sentence)"), t.Cell.Input($"keseluruhan: {name} ({t.Where})")],
            });
        }
    }

    /// <summary>The total's name from "dari (total) …": its words up to the end of the phrase, as printed.</summary>
    private static string Name(string of)
    {
        string name = OfLead().Replace(of, "");
        name = NameEnd().Split(name)[0];
        return string.Join(' ', Words().Matches(name).Select(w => w.Value).Take(5));
    }

    /// <summary>A total printed in the "dari …" phrase itself ("dari 5.860 orang", "dari total PNS sebanyak 5.860").</summary>
    private static (PrintedCell Cell, string Where)? InSentence(string of, SourceLocation location)
    {
        var amounts = StatedAmounts.Of(of, location).Where(a => !a.IsPercent).ToList();
        return amounts.Count == 1 ? (amounts[0].Printed, "the same sentence") : null;
    }

    /// <summary>The total named <paramref name="name"/> in the nearest tables, else in the running text since the last heading.</summary>
    private static (PrintedCell Cell, string Where)? Total(string name, List<(LogicalTable? Table, DocumentParagraph? Paragraph, bool Heading)> items, int at, out string? why)
    {
        why = null;
        var significant = Words().Matches(name).Select(w => w.Value.ToLowerInvariant()).Where(w => !Generic.Contains(w)).ToList();
        if (significant.Count == 0)
        {
            why = $"the total '{name}' names no particular quantity (its words only say 'total' or 'people')";
            return null;
        }
        // the nearest table above and below, with no heading between
        var cells = new List<(PrintedCell Cell, string Where)>();
        foreach (int step in (int[])[-1, 1])
        {
            for (int k = at + step; k >= 0 && k < items.Count; k += step)
            {
                if (items[k].Heading) break;
                if (items[k].Table is not { } table) continue;
                cells.AddRange(Rows(table, significant));
                break;
            }
        }
        var values = cells.Select(c => c.Cell.Value).Distinct().ToList();
        if (values.Count > 1)
        {
            why = $"two cells fit the total '{name}': {string.Join(", ", cells.Select(c => $"{c.Cell.Text.Trim()} ({c.Where})"))}";
            return null;
        }
        if (cells.Count > 0) return cells[0];
        // a statement of the total in the text since the last heading, the nearest first
        var pattern = new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", Words().Matches(name).Select(w => Regex.Escape(w.Value)))
            + @"(?:\s+(?:Kabupaten|Kota|Provinsi)(?:\s+\p{Lu}\p{L}+){1,3})?(?:\s+(?:per|pada)\s+[^,.;]{1,30}?)?\s*,?\s*(?:tercatat\s+|berjumlah\s+|yaitu\s+|adalah\s+)?(?:sejumlah|sebanyak)\s+(?=\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (int k = at; k >= 0 && !items[k].Heading; k--)
        {
            if (items[k].Paragraph is not { } p) continue;
            string text = PrintedCell.Plain(p.Text);
            var found = new List<(PrintedCell Cell, string Where)>();
            foreach (Match m in pattern.Matches(text))
            {
                string rest = text[(m.Index + m.Length)..];
                var amount = StatedAmounts.Of(rest, p.Location).FirstOrDefault();
                if (amount.Printed.Cell is null || amount.Start != 0 || amount.IsPercent) continue;
                if (Share().Match(rest) is { Success: true, Index: 0 }) continue; // a part with its share, not the total
                found.Add((amount.Printed, $"stated in the text, line {StatedAmounts.Key(p.Location)}: \"{m.Value.Trim()} {amount.Text}\""));
            }
            if (found.Select(f => f.Cell.Value).Distinct().Count() > 1)
            {
                why = $"the text states two totals of '{name}' (line {StatedAmounts.Key(p.Location)})";
                return null;
            }
            if (found.Count > 0) return found[0];
        }
        why = $"no total of '{name}' is printed in the sentence, in a row of the nearest tables or in the text since the last heading";
        return null;
    }

    /// <summary>The cells of rows of <paramref name="table"/> whose label holds every significant word and that print one number.</summary>
    private static IEnumerable<(PrintedCell Cell, string Where)> Rows(LogicalTable table, List<string> significant)
    {
        string tableName = table.Number is { } n ? "Tabel " + n : table.Title;
        foreach (var row in table.Body)
        {
            var cells = row.Cells.Select(PrintedCell.Of).ToList();
            var numbers = cells.Where(c => c.IsNumber && !PrintedCell.IsNumbering(c.Text)).ToList();
            string label = string.Join(' ', cells.Where(c => !c.IsNumber && !c.IsEmpty).Select(c => PrintedCell.Plain(c.Text)));
            var words = Words().Matches(label).Select(w => w.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (!significant.All(words.Contains)) continue;
            if (numbers.Count != 1 || numbers[0].IsPercent) continue;
            yield return (numbers[0], string.Create(CultureInfo.InvariantCulture, $"{tableName}, row '{label.TrimStart('-', ' ')}', line {StatedAmounts.Key(numbers[0].Cell.Location)}"));
        }
    }

    /// <summary>Words that name no particular quantity: "total", "people".</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "total", "jumlah", "seluruh", "keseluruhan", "penduduk", "orang", "jiwa", "pegawai", "pekerja", "personil", "tenaga",
    };

    /// <summary>A count and its share: "3.859 orang (65,85%)", "3 orang atau 0,02% dari total PNS".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\p{Cf}.,/-])(?<!\p{N}[.,]?\s)(?<part>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:orang|jiwa|personil|pegawai|pekerja|penduduk|KK|rumah\s+tangga|desa|unit)\b\s*(?:\(\s*(?<p>\d+(?:,\d+)?)\s*%\s*\)|,?\s*atau\s+(?:(?<about>sekitar)\s+|sebesar\s+)?(?<p>\d+(?:,\d+)?)\s*(?:%|persen\b))(?<of>\s*(?:dari|terhadap)\s+(?:[^.,;()]|[.,](?=\d)){1,80})?", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"^\s*(?:dari|terhadap)\s+(?:(?:total|jumlah|keseluruhan|seluruh)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OfLead();

    [GeneratedRegex(@"\s*(?:[,;]|\b(?:yang|pada|di|tahun|per|sebanyak|sejumlah|sebesar|yaitu|dan|atau|sedangkan|sehingga|dengan)\b|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}-]*")]
    private static partial Regex Words();
}
