using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The capaian of one quality sub-group: the mean of its item capaian (printed for SD/SMP of Pendidikan Dasar).</summary>
/// <param name="Name">The sub-group's name; null for the single unnamed group.</param>
/// <param name="Items">The item results, in input order.</param>
/// <param name="Capaian">The mean item capaian in %, full precision; null when the group has no items.</param>
/// <param name="Trace">How it was computed (rule <c>spm.quality-group</c>).</param>
public sealed record SpmQualityGroupResult(string? Name, IReadOnlyList<SpmCapaianResult> Items, decimal? Capaian, CalculationTrace Trace) : ITraceable
{
    /// <summary>The capaian rounded half away from zero to 2 decimals; null when the group has no items.</summary>
    public decimal? Rounded => Capaian is decimal c ? ReportRounding.Round(c, SpmIndex.PrintedDecimals) : null;
}
