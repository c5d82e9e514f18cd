using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The quality capaian B of a service (printed on the "B. Jumlah Mutu" row by some urusan).</summary>
/// <param name="Groups">The group results.</param>
/// <param name="Capaian">B in %, 0–100, full precision: the mean of the group means (or of the items), 100 without items.</param>
/// <param name="Trace">How it was computed (rule <c>spm.quality</c>).</param>
public sealed record SpmQualityResult(IReadOnlyList<SpmQualityGroupResult> Groups, decimal Capaian, CalculationTrace Trace) : ITraceable
{
    /// <summary>B rounded half away from zero to 2 decimals.</summary>
    public decimal Rounded => ReportRounding.Round(Capaian, SpmIndex.PrintedDecimals);
}
