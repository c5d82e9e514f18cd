using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// A human development index (IPM, <i>Indeks Pembangunan Manusia</i>) with every component index, its category and
/// the calculation trace. Returned by <see cref="HumanDevelopmentIndex.Compute"/>.
/// </summary>
/// <remarks>
/// <see cref="TracedResult.Unrounded"/> is the index 100 · ∛(health · education · expenditure), 0–100, at full
/// <see cref="double"/> precision (its shortest round-trip digits); <see cref="TracedResult.Value"/> is the index
/// rounded half away from zero to <see cref="HumanDevelopmentMethod.PrintedDecimals"/> (BPS: 2), as a report prints
/// it. Both always have a value: invalid inputs are rejected before anything is computed. Component indices are on
/// 0–1, full double precision, never NaN.
/// </remarks>
public sealed record HumanDevelopmentResult : TracedResult
{
    internal HumanDevelopmentResult(CalculationTrace trace) : base(trace) { }

    /// <summary>Health (longevity) index <i>I_kesehatan</i> = (UHH − 20) / (85 − 20), 0–1.</summary>
    public double HealthIndex { get; internal init; }

    /// <summary>Education index <i>I_pendidikan</i> = (I_HLS + I_RLS) / 2, 0–1.</summary>
    public double EducationIndex { get; internal init; }

    /// <summary>Expected-schooling index I_HLS = min(HLS, 18) / 18, 0–1.</summary>
    public double ExpectedSchoolingIndex { get; internal init; }

    /// <summary>Mean-schooling index I_RLS = min(RLS, 15) / 15, 0–1.</summary>
    public double MeanSchoolingIndex { get; internal init; }

    /// <summary>Expenditure (standard-of-living) index <i>I_pengeluaran</i> = (ln x − ln min) / (ln max − ln min), 0–1.</summary>
    public double ExpenditureIndex { get; internal init; }

    /// <summary>The status category of <see cref="TracedResult.Value"/> (rendah, sedang, tinggi, sangat tinggi).</summary>
    public HumanDevelopmentCategory Category { get; internal init; }

    /// <summary>The method (goalposts) used.</summary>
    public HumanDevelopmentMethod Method { get; internal init; } = HumanDevelopmentMethod.Bps2010;

    /// <summary>The components as used, from which the exact side of a half is decided (for this IPM and for an IPG of it).</summary>
    internal CubeRootRounding.Components Components { get; init; }
}
