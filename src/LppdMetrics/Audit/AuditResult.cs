namespace LppdMetrics.Audit;

/// <summary>The audit of a whole report: one finding per printed figure, in document order, and their counts.</summary>
/// <param name="Findings">The findings, in document order (tables, then SPM).</param>
/// <param name="Summary">The counts per status.</param>
public sealed record AuditResult(IReadOnlyList<AuditFinding> Findings, AuditSummary Summary)
{
    /// <summary>True when at least one figure is a <see cref="FindingStatus.Mismatch"/>.</summary>
    public bool HasMismatches => Summary.Mismatch > 0;

    /// <summary>The finding of the figure <paramref name="id"/> (ordinal comparison), or null.</summary>
    /// <param name="id">The figure's identifier.</param>
    /// <returns>The finding, or null when the report has no such figure.</returns>
    public AuditFinding? Find(string id)
    {
        foreach (var f in Findings)
            if (string.Equals(f.Id, id, StringComparison.Ordinal))
                return f;
        return null;
    }
}
