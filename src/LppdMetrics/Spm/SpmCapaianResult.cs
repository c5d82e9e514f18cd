using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The capaian of one SPM row (a quality item, or the recipients row A): min(R / T, 1) × 100, and 100 when T = 0.
/// </summary>
/// <param name="Name">The row's label; null when unnamed.</param>
/// <param name="Target">T.</param>
/// <param name="Realized">R.</param>
/// <param name="Capaian">The capaian in %, 0–100, full precision.</param>
/// <param name="Trace">How it was computed (rule <c>spm.capaian</c>; the trace's result is rounded to 2 decimals for display).</param>
public sealed record SpmCapaianResult(string? Name, decimal Target, decimal Realized, decimal Capaian, CalculationTrace Trace) : ITraceable
{
    /// <summary>The capaian rounded half away from zero to 2 decimals, as the report prints it.</summary>
    public decimal Rounded => ReportRounding.Round(Capaian, SpmIndex.PrintedDecimals);
}
