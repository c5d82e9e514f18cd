using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// A macro indicator or change as a report prints it (TPT, TPAK, growth, per-capita PDRB, <i>Perubahan (%)</i>,
/// population density, sex ratio, dependency ratio):
/// the exact value, the printed value and the calculation trace.
/// </summary>
public sealed record MacroResult : ITraceable
{
    /// <summary>The exact value in <see cref="decimal"/> (28 significant digits for quotients; CAGR from a double root).</summary>
    public required decimal Unrounded { get; init; }

    /// <summary>The value rounded as the report prints it (half away from zero by default, at the requested decimals).</summary>
    public required decimal Value { get; init; }

    /// <summary>The formula, the inputs, each intermediate value and the rounding.</summary>
    public required CalculationTrace Trace { get; init; }

    internal static MacroResult From(CalculationTrace trace) =>
        new() { Unrounded = trace.Unrounded!.Value, Value = trace.Result!.Value, Trace = trace }; // macro rules always have a value (bad inputs throw)
}
