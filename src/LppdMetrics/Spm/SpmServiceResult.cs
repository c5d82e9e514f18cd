using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The index of one basic service: 0,8 × A + 0,2 × B.</summary>
/// <param name="Name">The service's name.</param>
/// <param name="SubUrusan">Its sub-urusan, or null.</param>
/// <param name="Recipients">A: the recipients capaian.</param>
/// <param name="Quality">B: the quality capaian.</param>
/// <param name="Index">The service index in %, 0–100, full precision.</param>
/// <param name="Trace">How it was computed (rule <c>spm.service</c>).</param>
public sealed record SpmServiceResult(string Name, string? SubUrusan, SpmCapaianResult Recipients, SpmQualityResult Quality, decimal Index, CalculationTrace Trace) : ITraceable
{
    /// <summary>The index rounded half away from zero to 2 decimals.</summary>
    public decimal Rounded => ReportRounding.Round(Index, SpmIndex.PrintedDecimals);
}
