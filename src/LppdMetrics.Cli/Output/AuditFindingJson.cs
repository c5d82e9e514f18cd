using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Cli;

/// <summary>Where a figure is printed, in JSON: only the parts that are known.</summary>
/// <param name="Line">The line of a text report.</param>
/// <param name="Page">The page of a paged document.</param>
/// <param name="Table">The table on the page.</param>
/// <param name="Row">The row in the table.</param>
/// <param name="Column">The column in the table.</param>
internal sealed record LocationJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Table,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column);

/// <summary>
/// One finding of <c>lppd audit --format json</c>, and the document of <c>lppd explain --format json</c>: the printed
/// value (<c>reported</c>: a number, or the text as printed), the recomputed figure in the one figure shape
/// (<c>recomputed</c>: value rounded at the printed decimals, or a text such as a predicate; null with a reason when the
/// figure could not be recomputed), the difference, where it is printed, and the trace (audit: of a mismatch only).
/// </summary>
/// <param name="Id">The figure's id.</param>
/// <param name="Section">The report section.</param>
/// <param name="Label">The figure's label.</param>
/// <param name="Rule">The rule that recomputed it.</param>
/// <param name="Status">match, rounding, mismatch, not-checkable or implausible (a plausibility note).</param>
/// <param name="Reported">The value as printed.</param>
/// <param name="Recomputed">The recomputed figure.</param>
/// <param name="Difference">recomputed − reported, or null.</param>
/// <param name="Source">The source line, or null.</param>
/// <param name="Location">Where the figure is printed; absent when unknown.</param>
/// <param name="Explanation">Why it mismatches or cannot be checked; absent otherwise.</param>
/// <param name="Notes">Informational notes; absent when none.</param>
/// <param name="Propagation">Figures a mismatch propagates to; absent when none.</param>
/// <param name="Trace">The calculation trace; absent when not included.</param>
internal sealed record AuditFindingJson(
    string Id,
    string Section,
    string Label,
    string Rule,
    string Status,
    JsonScalar Reported,
    Figure Recomputed,
    decimal? Difference,
    int? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LocationJson? Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Explanation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PropagationLink>? Propagation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CalculationTrace? Trace)
{
    /// <summary>The JSON of <paramref name="f"/>.</summary>
    /// <param name="f">The finding.</param>
    /// <param name="withTrace">Include the trace (explain: always; audit: for a mismatch and a plausibility note).</param>
    /// <returns>The finding's JSON.</returns>
    public static AuditFindingJson Of(AuditFinding f, bool withTrace)
    {
        bool recomputed = f.RecomputedText is not null || f.Recomputed is not null;
        Figure figure = recomputed
            ? new Figure(f.RecomputedText is { } text ? text : f.Recomputed, f.Unrounded, f.Decimals, null)
            : Figure.Rounded(null, null, f.Decimals, f.Explanation ?? "the figure could not be recomputed.");
        return new(f.Id, f.Section, f.Label, f.Rule, AuditTexts.StatusCodes[(int)f.Status],
            f.ReportedText is { } reported ? reported : f.Reported,
            figure, f.Difference, f.Source,
            f.Location is { } l ? new LocationJson(l.Line, l.Page, l.Table, l.Row, l.Column) : null,
            f.Explanation,
            f.Notes.Count > 0 ? f.Notes : null,
            f.Propagation.Count > 0 ? f.Propagation : null,
            withTrace ? f.Trace : null);
    }
}

/// <summary>The summary of <c>lppd audit --format json</c>: the number of findings per status (of all findings, also with <c>--only</c>).</summary>
/// <param name="Match">Figures that match.</param>
/// <param name="Rounding">Figures that differ by rounding only.</param>
/// <param name="Mismatch">Figures that mismatch.</param>
/// <param name="NotCheckable">Figures that could not be recomputed.</param>
/// <param name="Total">All figures.</param>
/// <param name="Informational">Findings with informational notes.</param>
/// <param name="Propagated">Mismatches that propagate to other figures.</param>
/// <param name="Implausible">Plausibility notes (informational, not part of <paramref name="Total"/>).</param>
internal sealed record AuditSummaryJson(int Match, int Rounding, int Mismatch, int NotCheckable, int Total, int Informational, int Propagated, int Implausible)
{
    /// <summary>The JSON of <paramref name="s"/>.</summary>
    /// <param name="s">The summary.</param>
    /// <returns>Its JSON.</returns>
    public static AuditSummaryJson Of(AuditSummary s) => new(s.Match, s.Rounding, s.Mismatch, s.NotCheckable, s.Total, s.Informational, s.Propagated, s.Implausible);
}
