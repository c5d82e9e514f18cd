namespace LppdMetrics.Accountability;

/// <summary>
/// The performance predicate (<i>predikat kinerja</i>) of Permendagri 86/2017, "Skala Nilai Peringkat Kinerja",
/// from worst to best. The numeric order is the order of performance.
/// </summary>
public enum PerformancePredicate
{
    /// <summary>Sangat Rendah (very low): printed "≤ 50 %".</summary>
    VeryLow = 0,

    /// <summary>Rendah (low): printed "51 % ≤ 65 %".</summary>
    Low = 1,

    /// <summary>Sedang (medium): printed "66 % ≤ 75 %".</summary>
    Medium = 2,

    /// <summary>Tinggi (high): printed "76 % ≤ 90 %".</summary>
    High = 3,

    /// <summary>Sangat Tinggi (very high): printed "91 % ≤ 100 %"; the report also classes values above 100 % here.</summary>
    VeryHigh = 4,
}
