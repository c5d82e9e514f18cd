namespace LppdMetrics.Audit;

/// <summary>
/// The conventions of a region's report that the audit cannot read from the document, stated by the auditor. The
/// defaults are those of the seed report (LPPD Kabupaten Blitar 2024): capaian kinerja printed without a cap.
/// </summary>
public sealed record AuditOptions
{
    /// <summary>The seed report's conventions: no cap on capaian kinerja.</summary>
    public static AuditOptions Default { get; } = new();

    /// <summary>
    /// The cap (%) the report applies to capaian kinerja (rule <c>capaian</c>) before printing it, e.g. 100 where a
    /// realisation above its target is scored 100 % (<see cref="Accountability.AchievementOptions.Cap"/>, applied to the
    /// unrounded capaian, then rounded at the printed precision); null (the default) for none, as the seed report
    /// prints 173,43 %. A capaian printed uncapped above the cap is then a mismatch. Must be &gt; 0 when set.
    /// </summary>
    public decimal? CapaianCap { get; init; }

    /// <summary>Throws when the options are inconsistent.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CapaianCap"/> is ≤ 0.</exception>
    internal void Validate()
    {
        if (CapaianCap is { } cap && cap <= 0)
            throw new ArgumentOutOfRangeException(nameof(CapaianCap), cap, "The capaian cap must be > 0 (a percentage such as 100), or null for none.");
    }
}
