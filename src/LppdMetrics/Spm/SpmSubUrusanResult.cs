using LppdMetrics.Bands;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The index of a sub-urusan (Trantibumlinmas: TRANTIBUM, KEBENCANAAN, DAMKAR): the mean of its service indices.</summary>
/// <param name="Name">The sub-urusan.</param>
/// <param name="Services">Its services.</param>
/// <param name="Index">The index in %, full precision.</param>
/// <param name="Category">Its category from the options' table (unrounded index).</param>
/// <param name="Trace">How it was computed (rule <c>spm.sub-urusan</c>).</param>
public sealed record SpmSubUrusanResult(string Name, IReadOnlyList<SpmServiceResult> Services, decimal Index, Band<string> Category, CalculationTrace Trace) : ITraceable
{
    /// <summary>The index rounded half away from zero to 2 decimals.</summary>
    public decimal Rounded => ReportRounding.Round(Index, SpmIndex.PrintedDecimals);
}
