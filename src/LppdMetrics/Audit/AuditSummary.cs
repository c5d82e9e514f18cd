namespace LppdMetrics.Audit;

/// <summary>The number of findings per <see cref="FindingStatus"/>.</summary>
/// <param name="Match">Figures that follow from their inputs.</param>
/// <param name="Rounding">Figures one unit off in the last printed digit, explained by truncation or rounded intermediates.</param>
/// <param name="Mismatch">Figures that do not follow from their inputs.</param>
/// <param name="NotCheckable">Figures whose inputs are not printed.</param>
public sealed record AuditSummary(int Match, int Rounding, int Mismatch, int NotCheckable)
{
    /// <summary>
    /// The number of findings that carry informational notes (<see cref="AuditFinding.Notes"/>) other than the
    /// "propagated:" notes, whatever their status; not part of <see cref="Total"/>.
    /// </summary>
    public int Informational { get; init; }

    /// <summary>
    /// The number of findings that carry propagation links (<see cref="AuditFinding.Propagation"/>: a cause, an effect
    /// or the same quantity printed elsewhere), whatever their status; not part of <see cref="Total"/>.
    /// </summary>
    public int Propagated { get; init; }

    /// <summary>
    /// The number of plausibility notes (<see cref="FindingStatus.Implausible"/>, docs/methods.md#plausibility);
    /// informational, not part of <see cref="Total"/>.
    /// </summary>
    public int Implausible { get; init; }

    /// <summary>The number of printed figures audited (plausibility notes are not figures and are not counted).</summary>
    public int Total => Match + Rounding + Mismatch + NotCheckable;

    /// <summary>Counts the findings of <paramref name="findings"/> per status.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The summary (all zero for none).</returns>
    public static AuditSummary Of(IEnumerable<AuditFinding> findings)
    {
        Guard.NotNull(findings);
        int[] counts = new int[5];
        int informational = 0, propagated = 0;
        foreach (var f in findings)
        {
            counts[(int)f.Status]++;
            if (f.Notes.Any(n => !n.StartsWith(Propagation.NotePrefix, StringComparison.Ordinal))) informational++;
            if (f.Propagation.Count > 0) propagated++;
        }
        return new AuditSummary(counts[0], counts[1], counts[2], counts[3]) { Informational = informational, Propagated = propagated, Implausible = counts[4] };
    }
}
