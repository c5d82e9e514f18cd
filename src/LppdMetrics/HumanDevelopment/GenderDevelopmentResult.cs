using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The gender development index (IPG, <i>Indeks Pembangunan Gender</i>) = IPM_perempuan / IPM_laki-laki × 100:
/// <see cref="TracedResult.Unrounded"/> is the exact decimal quotient, <see cref="TracedResult.Value"/> the IPG rounded
/// half away from zero to the printed decimals (2), as reports print it (93,89). Always has a value. Returned by
/// <see cref="GenderDevelopmentIndex.Compute(decimal, decimal, int)"/>.
/// </summary>
/// <remarks>The trace holds the two IPMs (with their own traces as parts when computed from components) and the rounding.</remarks>
public sealed record GenderDevelopmentResult : TracedResult
{
    internal GenderDevelopmentResult(CalculationTrace trace) : base(trace) { }

    /// <summary>The IPM of women (<i>IPM perempuan</i>, 0–100) the IPG divides: as given, or at full precision when computed from components.</summary>
    public decimal FemaleIndex { get; internal init; }

    /// <summary>The IPM of men (<i>IPM laki-laki</i>, &gt; 0–100) the IPG divides by: as given, or at full precision when computed from components.</summary>
    public decimal MaleIndex { get; internal init; }
}
