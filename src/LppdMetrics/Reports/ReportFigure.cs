using LppdMetrics.Accountability;

namespace LppdMetrics.Reports;

/// <summary>
/// One printed figure that can be recomputed: the value the report prints, its printed precision and source line,
/// the rule it should follow and the inputs (themselves printed values) it should follow from.
/// </summary>
/// <remarks>
/// The rules, their inputs in order and the library function each calls are listed once, in
/// <see cref="LppdMetrics.Audit.Rules.RuleCatalog"/> (and the README's rule table). Inputs are matched by position in
/// that order; their names are labels. A document that names an unknown rule, gives the wrong number of inputs or a
/// capaian without polarity is rejected by the audit with a <see cref="ReportDocumentException"/>.
/// </remarks>
public sealed record ReportFigure
{
    /// <summary>A stable identifier, unique in the document ("4.3.2.1/2881/capaian").</summary>
    public required string Id { get; init; }

    /// <summary>What the figure is, for people ("Nilai SAKIP: capaian 2024").</summary>
    public required string Label { get; init; }

    /// <summary>The rule the figure should follow: an id of <see cref="LppdMetrics.Audit.Rules.RuleCatalog"/> ("capaian", "sum", "ipm", …).</summary>
    public required string Rule { get; init; }

    /// <summary>The value as printed; null when the report prints no number (a text value, "NIHIL", an empty cell).</summary>
    public decimal? Reported { get; init; }

    /// <summary>The cell's text exactly as printed ("94,60%"); null when not transcribed.</summary>
    public string? Printed { get; init; }

    /// <summary>The printed precision: the number of decimals printed (2 for "94,60%"), 0 to 28.</summary>
    public int Decimals { get; init; }

    /// <summary>The 1-based line of the figure in the source document; null when unknown.</summary>
    public int? Source { get; init; }

    /// <summary>
    /// Where the figure is printed, in full (page, table, row and column for a DOCX or PDF source; the line for
    /// text); null when only <see cref="Source"/> is known.
    /// </summary>
    public SourceLocation? Location { get; init; }

    /// <summary>For text figures (a predicate), the words printed ("Sangat Tinggi"); null otherwise.</summary>
    public string? ReportedText { get; init; }

    /// <summary>
    /// For a capaian, the polarity the report applies; null for other rules. In JSON the kebab-case name:
    /// "positive" (higher is better) or "negative"; any other string is a document error naming its path.
    /// </summary>
    public Polarity? Polarity { get; init; }

    /// <summary>
    /// True when the report prints only the size of the figure and gives its direction in words ("turun sebanyak
    /// 6.030 jiwa", "melebihi sebesar 12,84"): the audit compares the printed value with |recomputed|.
    /// </summary>
    public bool Magnitude { get; init; }

    /// <summary>A free note on the figure.</summary>
    public string? Note { get; init; }

    /// <summary>The inputs, in the order the rule takes them; empty when none.</summary>
    public IReadOnlyList<FigureInput> Inputs
    {
        get => _inputs;
        init => _inputs = value ?? [];
    }

    private readonly IReadOnlyList<FigureInput> _inputs = [];
}
