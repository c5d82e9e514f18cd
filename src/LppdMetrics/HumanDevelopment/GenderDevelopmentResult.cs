using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>The gender development index (IPG, <i>Indeks Pembangunan Gender</i>). Returned by <see cref="GenderDevelopmentIndex.Compute(decimal, decimal, int)"/>.</summary>
public sealed record GenderDevelopmentResult : ITraceable
{
    /// <summary>IPG = IPM_perempuan / IPM_laki-laki × 100, unrounded (exact decimal quotient).</summary>
    public required decimal Unrounded { get; init; }

    /// <summary>The IPG rounded half away from zero to the printed decimals (2), as reports print it (93,89).</summary>
    public required decimal Value { get; init; }

    /// <summary>The calculation: the two IPMs (with their own traces as parts when computed from components) and the rounding.</summary>
    public required CalculationTrace Trace { get; init; }
}
