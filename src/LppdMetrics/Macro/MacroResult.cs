using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// A macro indicator or change as a report prints it (TPT, TPAK, growth, per-capita PDRB, <i>Perubahan (%)</i>,
/// population density, sex ratio, dependency ratio): the exact value (28 significant digits for quotients; CAGR from
/// a double root), the printed value (half away from zero by default, at the requested decimals) and the calculation.
/// </summary>
/// <remarks>A macro rule always has a value (bad inputs throw), so <see cref="TracedResult.Value"/> is never null here.</remarks>
public sealed record MacroResult : TracedResult
{
    internal MacroResult(CalculationTrace trace) : base(trace) { }

    internal static MacroResult From(CalculationTrace trace) => new(trace);
}
