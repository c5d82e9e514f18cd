using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Accountability;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Turns a document read by any <see cref="IDocumentReader"/> into an <see cref="LppdReport"/>: assembles its
/// tables (captions, page-break continuations, wrapped cells), classifies each from its header words and row
/// shapes (capaian, capaian mean, budget realisation, totals, efficiency), and takes the region and year from the
/// document's title ("… KABUPATEN BLITAR TAHUN 2024"). A table no recogniser claims is listed as skipped with the
/// reason, never guessed; a cell that does not parse makes its figure not-checkable, its raw text kept.
/// </summary>
public static partial class ReportRecognizer
{
    /// <summary>How many leading paragraphs are searched for the report's title.</summary>
    private const int TitleLookAhead = 60;

    /// <summary>Recognises the figures of <paramref name="content"/>.</summary>
    /// <param name="content">The document as its reader found it.</param>
    /// <returns>The report and the per-table summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="DocumentReadException">No table of the document holds a recognisable LPPD figure.</exception>
    public static ExtractionResult Recognize(DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return PrintedCell.Remembering(() => RecognizeContent(content));
    }

    private static ExtractionResult RecognizeContent(DocumentContent content)
    {
        var tables = TableAssembler.Assemble(content);
        if (tables.Count == 0 && content.Format == DocumentFormatKind.Text && LostTables(content) is { } lost)
            throw lost;
        if (content.Format == DocumentFormatKind.Text && AlignedTableUnderCaption(content) is { } aligned)
            throw aligned;
        SeparatorConvention.Settle(tables);
        var reportTables = new List<ReportTable>();
        var summaries = new List<TableSummary>();
        var tableIds = new HashSet<string>(StringComparer.Ordinal);
        var figureIds = new HashSet<string>(StringComparer.Ordinal);
        var pendingMeans = new List<(int Table, int Figure, string Name)>();
        var named = new List<(LogicalTable Table, string Id)>();
        var (title, region, year) = Title(content);
        foreach (var table in tables)
        {
            string id = Unique(tableIds, table.Number ?? "t" + table.Index.ToString(CultureInfo.InvariantCulture));
            named.Add((table, id));
            var pending = new List<(int Index, string Name)>();
            var leftOut = new List<string>();
            var (figures, skipped) = TableRecognizer.Recognize(table, id, pending, leftOut, year);
            figures = figures.Select(f => f with { Id = Unique(figureIds, f.Id) }).ToList();
            pendingMeans.AddRange(pending.Select(p => (reportTables.Count, p.Index, p.Name)));
            summaries.Add(new TableSummary(id, table.Title, table.Location, table.Parts, table.Body.Count,
                figures.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList(), figures.Count, skipped));
            if (figures.Count == 0) continue;
            int? first = table.Location.Line;
            reportTables.Add(new ReportTable
            {
                Id = id,
                Title = table.Title,
                Lines = first is { } a && table.LastLine is { } b ? [a, b] : null,
                Figures = figures,
                Note = leftOut.Count == 0 ? null : "rows left out: " + string.Join("; ", leftOut),
            });
        }
        MeanMembers.Resolve(reportTables, pendingMeans);
        AddPlausibility(named, reportTables, figureIds, year, region, summaries);
        var statements = EfficiencyStatements.Recognize(content);
        var lowerIsBetter = reportTables.SelectMany(t => t.Figures)
            .Where(f => f.Rule == FigureKinds.Achievement && f.Polarity == Polarity.Negative && f.Label.LastIndexOf(": ", StringComparison.Ordinal) > 0)
            .Select(f => TextStatements.Normalized(f.Label[..f.Label.LastIndexOf(": ", StringComparison.Ordinal)])).ToHashSet(StringComparer.Ordinal);
        var (stated, notJudged) = TextStatements.Recognize(content, tables, lowerIsBetter);
        statements.AddRange(stated);
        var (shares, sharesLeftOut) = ShareStatements.Recognize(content, tables);
        var (changes, changesLeftOut) = ChangeStatements.Recognize(content);
        // a sentence that quotes the table above and prints its own levels gives two checks: against the table
        // (TextStatements) and against its own levels (ChangeStatements)
        statements.AddRange(shares);
        statements.AddRange(changes);
        notJudged.AddRange(sharesLeftOut);
        notJudged.AddRange(changesLeftOut);
        if (statements.Count > 0 || notJudged.Count > 0)
        {
            string id = Unique(tableIds, EfficiencyStatements.TableId);
            const string statementsTitle = "Figures stated in the running text (nilai efisiensi; values, changes and gaps quoted from the table above; shares and changes with their own levels)";
            statements = statements.Select(f => f with { Id = Unique(figureIds, f.Id) }).ToList();
            // statements left out: the table's note when it has figures (as a table's rows left out), else its skip reason
            string? leftOut = notJudged.Count == 0 ? null : "statements left out: " + string.Join("; ", notJudged);
            if (statements.Count > 0) reportTables.Add(new ReportTable { Id = id, Title = statementsTitle, Figures = statements, Note = leftOut });
            summaries.Add(new TableSummary(id, statementsTitle, statements.FirstOrDefault()?.Location ?? new SourceLocation(), 1, 0,
                statements.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList(), statements.Count,
                statements.Count > 0 ? null : leftOut));
        }
        if (reportTables.Count == 0)
            throw new DocumentReadException(tables.Count == 0
                ? "no table found: not an LPPD report (tables are expected as tab-separated or Markdown pipe rows, Word tables or PDF tables)."
                : string.Create(CultureInfo.InvariantCulture,
                    $"no recognisable LPPD table: {tables.Count} table(s) found, none with Target/Realisasi/% or Anggaran/Realisasi/% columns or a Jumlah/Total row."));
        var report = new LppdReport
        {
            Title = title,
            Region = region,
            Year = year,
            Source = content.Name,
            Note = "extracted by LppdMetrics.Documents from the report's own tables; line and cell locations refer to " + (content.Name ?? "the document"),
            Tables = reportTables,
        };
        return new ExtractionResult(report, summaries);
    }

    /// <summary>
    /// The refusal of a text that names tables (captions of two tables or more) but holds no table row: what a
    /// converter that keeps no cells writes (pdftotext, with or without -layout: columns aligned by spaces; Word's or
    /// LibreOffice's "plain text": one cell a line; pandoc's plain text). Its tables
    /// cannot be read faithfully, so auditing the rest (a few statements of the running text) would pass for an audit
    /// of the report; null when the text names fewer than two tables.
    /// </summary>
    private static DocumentReadException? LostTables(DocumentContent content)
    {
        var captions = TableAssembler.Captions(content);
        int named = captions.Select(c => c.Number).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (named < 2) return null;
        var first = captions[0];
        return new DocumentReadException(string.Create(CultureInfo.InvariantCulture,
            $"the text names {named} tables (Tabel {first.Number} first) but holds no table row (tab-separated or Markdown pipe rows): its tables were lost in conversion (pdftotext, 'save as plain text': columns aligned by spaces or one cell a line); audit the PDF or DOCX itself, or convert keeping the cells (pandoc -t gfm)."),
            first.Location);
    }

    /// <summary>
    /// The refusal of a text where a caption ("Tabel 3.2 …") is followed, before any table or the next caption, by a
    /// line of columns aligned by spaces ("1     Indeks Kepuasan Masyarakat   80   84   107,00%": three fields or more
    /// between runs of two spaces or more, two of them numbers): a table a converter wrote as aligned text among the
    /// tables it kept (pdftotext -layout, a copy from the PDF pasted among tab-separated rows). Its figures cannot be
    /// told apart faithfully and would otherwise be missed without a word; null when there is none.
    /// </summary>
    private static DocumentReadException? AlignedTableUnderCaption(DocumentContent content)
    {
        var captions = new Dictionary<SourceLocation, string>();
        foreach (var (number, location) in TableAssembler.Captions(content)) captions.TryAdd(location, number);
        (string Number, SourceLocation Location)? caption = null;
        foreach (var block in content.Blocks)
        {
            if (block is not DocumentParagraph paragraph)
            {
                caption = null;
                continue;
            }
            if (captions.TryGetValue(paragraph.Location, out string? number))
            {
                caption = (number, paragraph.Location);
                continue;
            }
            if (caption is not { } under || !paragraph.Text.Contains("  ", StringComparison.Ordinal)) continue;
            var fields = AlignedFieldGap().Split(paragraph.Text.Trim());
            if (fields.Length < 3 || fields.Count(f => AlignedNumber().IsMatch(f)) < 2) continue;
            return new DocumentReadException(string.Create(CultureInfo.InvariantCulture,
                $"Tabel {under.Number} (line {under.Location.Line}) has no table row but a line of columns aligned by spaces at line {paragraph.Location.Line}: its table was lost in conversion (pdftotext -layout, a copy from the PDF); audit the PDF or DOCX itself, or convert keeping the cells (tab-separated, or pandoc -t gfm)."),
                paragraph.Location);
        }
        return null;
    }

    /// <summary>Two spaces or more: the gap between columns aligned by spaces.</summary>
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex AlignedFieldGap();

    /// <summary>A field that is a number as a table prints it ("84", "107,00%", "(6,10)", "Rp. 1.234").</summary>
    [GeneratedRegex(@"^[(+\-−]?(?:Rp\.?\s?)?\d[\d.,]*\s?%?\)?$")]
    private static partial Regex AlignedNumber();

    /// <summary>
    /// Adds the plausibility figures (<see cref="PlausibilityFigures"/>, <see cref="CrossTableFigures"/>) to their tables: appended to a table that has
    /// figures, or as a table of their own, in document order, for a table that has none. A cross-table check refused
    /// as ambiguous is told in the note of its table ("cross-table checks left out: …"), or in its skip reason when the
    /// table has no figure.
    /// </summary>
    private static void AddPlausibility(List<(LogicalTable Table, string Id)> named, List<ReportTable> reportTables, HashSet<string> figureIds,
        int? year, string? region, List<TableSummary> summaries)
    {
        var (crossTable, refused) = CrossTableFigures.Recognize(named, year, region);
        var byTable = PlausibilityFigures.Recognize(named).Concat(crossTable)
            .ToLookup(x => x.TableId, x => x.Figure with { Id = Unique(figureIds, x.Figure.Id) }, StringComparer.Ordinal);
        int at = 0;
        foreach (var (table, id) in named)
        {
            int index = reportTables.FindIndex(t => string.Equals(t.Id, id, StringComparison.Ordinal));
            if (index >= 0) at = index + 1;
            if (!byTable.Contains(id)) continue;
            if (index >= 0)
            {
                reportTables[index] = reportTables[index] with { Figures = [.. reportTables[index].Figures, .. byTable[id]] };
                continue;
            }
            int? first = table.Location.Line;
            reportTables.Insert(at++, new ReportTable
            {
                Id = id,
                Title = table.Title,
                Lines = first is { } a && table.LastLine is { } b ? [a, b] : null,
                Figures = [.. byTable[id]],
            });
        }
        foreach (var group in refused.GroupBy(r => r.TableId, StringComparer.Ordinal))
        {
            string note = "cross-table checks left out: " + string.Join("; ", group.Select(r => r.Reason));
            int index = reportTables.FindIndex(t => string.Equals(t.Id, group.Key, StringComparison.Ordinal));
            if (index >= 0)
            {
                reportTables[index] = reportTables[index] with { Note = reportTables[index].Note is { } old ? old + "; " + note : note };
                continue;
            }
            int summary = summaries.FindIndex(s => string.Equals(s.Id, group.Key, StringComparison.Ordinal));
            if (summary >= 0)
                summaries[summary] = summaries[summary] with { Skipped = summaries[summary].Skipped is { } old ? old + "; " + note : note };
        }
    }

    private static string Unique(HashSet<string> ids, string id)
    {
        if (ids.Add(id)) return id;
        for (int k = 2; ; k++)
        {
            string candidate = id + "-" + k.ToString(CultureInfo.InvariantCulture);
            if (ids.Add(candidate)) return candidate;
        }
    }

    /// <summary>The report's title, region and year from the first paragraph naming a region and a year ("… KOTA
    /// SUKAMAJU TAHUN 2025", "… TAHUN ANGGARAN 2025").</summary>
    internal static (string Title, string? Region, int? Year) Title(DocumentContent content)
    {
        foreach (string text in TableAssembler.LeadingText(content, TitleLookAhead))
        {
            var match = RegionAndYear().Match(text);
            if (!match.Success) continue;
            string kind = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups[1].Value.ToLowerInvariant());
            string name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups[2].Value.Trim().ToLowerInvariant());
            int year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            return (text.TrimStart('#', ' '), kind + " " + name, year);
        }
        return (content.Name ?? "LPPD", null, null);
    }

    [GeneratedRegex(@"\b(KABUPATEN|KOTA|PROVINSI)\s+([A-Z][A-Z .'\-]{1,40}?)\s+TAHUN\s+(?:ANGGARAN\s+)?((?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionAndYear();
}
