using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// A human development index (IPM, <i>Indeks Pembangunan Manusia</i>) with every component index, its category and
/// the calculation trace. Returned by <see cref="HumanDevelopmentIndex.Compute"/>.
/// </summary>
/// <remarks>
/// Component indices are on 0–1 and the index on 0–100, all at full <see cref="double"/> precision; <see cref="Value"/>
/// is the index as a report prints it. Never NaN: invalid inputs are rejected before anything is computed.
/// </remarks>
public sealed record HumanDevelopmentResult : ITraceable
{
    /// <summary>The index, 100 · ∛(health · education · expenditure), 0–100, full precision.</summary>
    public required double Ipm { get; init; }

    /// <summary>The index rounded half away from zero to <see cref="HumanDevelopmentMethod.PrintedDecimals"/> (BPS: 2), as reports print it.</summary>
    public required decimal Value { get; init; }

    /// <summary>Health (longevity) index <i>I_kesehatan</i> = (UHH − 20) / (85 − 20), 0–1.</summary>
    public required double HealthIndex { get; init; }

    /// <summary>Education index <i>I_pendidikan</i> = (I_HLS + I_RLS) / 2, 0–1.</summary>
    public required double EducationIndex { get; init; }

    /// <summary>Expected-schooling index I_HLS = min(HLS, 18) / 18, 0–1.</summary>
    public required double ExpectedSchoolingIndex { get; init; }

    /// <summary>Mean-schooling index I_RLS = min(RLS, 15) / 15, 0–1.</summary>
    public required double MeanSchoolingIndex { get; init; }

    /// <summary>Expenditure (standard-of-living) index <i>I_pengeluaran</i> = (ln x − ln min) / (ln max − ln min), 0–1.</summary>
    public required double ExpenditureIndex { get; init; }

    /// <summary>The status category of <see cref="Value"/> (rendah, sedang, tinggi, sangat tinggi).</summary>
    public required HumanDevelopmentCategory Category { get; init; }

    /// <summary>The method (goalposts) used.</summary>
    public required HumanDevelopmentMethod Method { get; init; }

    /// <summary>Inputs, caps applied, each component index, the ln terms, the cube root and the rounding.</summary>
    public required CalculationTrace Trace { get; init; }
}
