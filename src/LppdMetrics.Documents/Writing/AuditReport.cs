using LppdMetrics.Audit;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Everything an audit report shows: the audit's result, the report document it came from (title, region, year and
/// the printed text of each figure), the source file, when it ran, the tool's version and the language.
/// </summary>
/// <remarks>The renderers (<see cref="HtmlAuditWriter"/>, <see cref="XlsxAuditWriter"/>, <see cref="MarkdownAuditWriter"/>,
/// <see cref="CsvAuditWriter"/>, <see cref="TextAuditWriter"/>) read it and nothing else.</remarks>
public sealed class AuditReport
{
    private readonly Dictionary<string, ReportFigure> _figures = new(StringComparer.Ordinal);

    /// <summary>Gathers what the report shows.</summary>
    /// <param name="result">The audit of <paramref name="document"/>.</param>
    /// <param name="document">The report document that was audited.</param>
    /// <param name="sourceName">The file the document was read from, as the user named it (or the embedded report's name).</param>
    /// <param name="runAt">When the audit ran.</param>
    /// <param name="toolVersion">The version of the tool that ran it.</param>
    /// <param name="language">The language of the report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AuditReport(AuditResult result, LppdReport document, string sourceName, DateTimeOffset runAt, string toolVersion, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(toolVersion);
        Result = result;
        Document = document;
        SourceName = sourceName;
        RunAt = runAt;
        ToolVersion = toolVersion;
        Texts = AuditTexts.For(language);
        foreach (var table in document.Tables)
            foreach (var figure in table.Figures)
                _figures.TryAdd(figure.Id, figure);
    }

    /// <summary>The audit's findings and counts.</summary>
    public AuditResult Result { get; }

    /// <summary>The audited report document.</summary>
    public LppdReport Document { get; }

    /// <summary>The source file as the user named it.</summary>
    public string SourceName { get; }

    /// <summary>When the audit ran.</summary>
    public DateTimeOffset RunAt { get; }

    /// <summary>The tool's version.</summary>
    public string ToolVersion { get; }

    /// <summary>The words and number format of the report's language.</summary>
    public AuditTexts Texts { get; }

    /// <summary>The run time as shown in reports: UTC, to the second ("2026-12-03 23:41:07 UTC").</summary>
    public string RunAtText => RunAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC";

    /// <summary>
    /// The facts of the report's header, named in its language: the document's title, region, year, the source file,
    /// the run time, the tool's version ("-" for what the document does not say), and the conventions the auditor
    /// stated (<see cref="AuditResult.Conventions"/>: the cap on capaian kinerja, as given, or "none").
    /// </summary>
    /// <returns>(name, value) pairs, in that order.</returns>
    public IReadOnlyList<(string Name, string Value)> Facts() =>
    [
        (Texts["doc.report"], Document.Title),
        (Texts["doc.region"], Document.Region ?? "-"),
        (Texts["doc.year"], Document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"),
        (Texts["doc.source-file"], SourceName),
        (Texts["doc.run-at"], RunAtText),
        (Texts["doc.tool-version"], "lppd " + ToolVersion),
        CapaianCapFact(),
    ];

    /// <summary>The cap on capaian kinerja the audit ran under, named in the report's language: as the auditor gave it, or none.</summary>
    internal (string Name, string Value) CapaianCapFact() =>
        (Texts["doc.capaian-cap"], Result.Conventions.CapaianCap is { } cap
            ? Texts.Number(cap, ReportRounding.DecimalsOf(cap), FigureUnit.Percent)
            : Texts["doc.capaian-cap.none"]);

    /// <summary>The findings, mismatches first, then plausibility notes, rounding, not-checkable and match; document order within a status.</summary>
    /// <returns>The ordered findings.</returns>
    public IEnumerable<AuditFinding> ExceptionsFirst() =>
        Result.Findings.Select((f, i) => (f, i)).OrderBy(x => StatusRank(x.f.Status)).ThenBy(x => x.i).Select(x => x.f);

    private static int StatusRank(FindingStatus status) => status switch
    {
        FindingStatus.Mismatch => 0,
        FindingStatus.Implausible => 1,
        FindingStatus.Rounding => 2,
        FindingStatus.NotCheckable => 3,
        _ => 4,
    };

    /// <summary>The number of findings of <paramref name="status"/> in the whole audit (<see cref="AuditResult.Summary"/>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public int Count(FindingStatus status) => status switch
    {
        FindingStatus.Match => Result.Summary.Match,
        FindingStatus.Rounding => Result.Summary.Rounding,
        FindingStatus.Mismatch => Result.Summary.Mismatch,
        FindingStatus.NotCheckable => Result.Summary.NotCheckable,
        FindingStatus.Implausible => Result.Summary.Implausible,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a defined FindingStatus."),
    };

    /// <summary>The counts per status of each section (table), in the order the sections first appear.</summary>
    /// <returns>One entry per section.</returns>
    public IReadOnlyList<SectionCounts> Sections()
    {
        var order = new List<string>();
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var f in Result.Findings)
        {
            if (!counts.TryGetValue(f.Section, out int[]? c))
            {
                counts[f.Section] = c = new int[AuditTexts.StatusCodes.Count];
                order.Add(f.Section);
            }
            c[(int)f.Status]++;
        }
        return [.. order.Select(s => new SectionCounts(s, counts[s]))];
    }

    /// <summary>The unit the figure <paramref name="finding"/> is printed with, read from its printed text.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Percent when the printed text has a <c>%</c>, rupiah when it starts with <c>Rp</c>, else none.</returns>
    public FigureUnit Unit(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!_figures.TryGetValue(finding.Id, out var figure) || figure.Printed is not { } printed) return FigureUnit.None;
        if (printed.Contains('%', StringComparison.Ordinal)) return FigureUnit.Percent;
        return printed.TrimStart().StartsWith("Rp", StringComparison.OrdinalIgnoreCase) ? FigureUnit.Rupiah : FigureUnit.None;
    }

    /// <summary>The printed value as this report's language prints it (<c>94,60 %</c>); a text figure's text; "-" when none.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text.</returns>
    public string Reported(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.ReportedText ?? (finding.Reported is { } v ? Texts.Number(v, finding.Decimals, Unit(finding)) : "-");
    }

    /// <summary>The recomputed value at the printed precision and unit; a text figure's text; "-" when not recomputed.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text.</returns>
    public string Recomputed(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.RecomputedText ?? (finding.Recomputed is { } v ? Texts.Number(v, finding.Decimals, Unit(finding)) : "-");
    }

    /// <summary>Reported − recomputed at the printed precision, signed, without unit (percentage points for a percentage: "+1.241", "-0,05"); "-" when either is missing.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text.</returns>
    public string Difference(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Difference is { } d ? Texts.Number(d, finding.Decimals, FigureUnit.None, signed: true) : "-";
    }
}

/// <summary>The number of findings per status in one section (table) of the report.</summary>
/// <param name="Section">The section's title.</param>
/// <param name="Counts">The counts, indexed by <see cref="FindingStatus"/>.</param>
public sealed record SectionCounts(string Section, IReadOnlyList<int> Counts)
{
    /// <summary>The number of printed figures audited in the section (plausibility notes, <see cref="FindingStatus.Implausible"/>, are not figures and are not counted).</summary>
    public int Total => Counts.Where((_, i) => i != (int)FindingStatus.Implausible).Sum();

    /// <summary>The count of <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int this[FindingStatus status] => Counts[(int)status];
}
