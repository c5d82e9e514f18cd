namespace LppdMetrics.Audit;

/// <summary>The audit of a whole report: one finding per printed figure, in document order, and their counts.</summary>
/// <param name="Findings">The findings, in document order (tables, then SPM).</param>
/// <param name="Summary">The counts per status.</param>
public sealed record AuditResult(IReadOnlyList<AuditFinding> Findings, AuditSummary Summary)
{
    /// <summary>True when at least one figure is a <see cref="FindingStatus.Mismatch"/>.</summary>
    public bool HasMismatches => Summary.Mismatch > 0;

    /// <summary>
    /// The report's conventions the audit was run under, as the auditor stated them (<see cref="ReportAudit.Run"/>'s
    /// options; <see cref="AuditOptions.Default"/>, the seed report's, when none were given). Every audit report shows
    /// them, since the same document audited under another convention gives other findings.
    /// </summary>
    public AuditOptions Conventions { get; init; } = AuditOptions.Default;

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
