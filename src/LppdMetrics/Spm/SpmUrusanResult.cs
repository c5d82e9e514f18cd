using LppdMetrics.Bands;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The SPM achievement index (<i>indeks pencapaian SPM</i>) of an urusan, with every level below it.</summary>
/// <param name="Name">The urusan.</param>
/// <param name="Services">All service results, in input order.</param>
/// <param name="SubUrusan">The sub-urusan results in order; empty when the urusan has none.</param>
/// <param name="Index">The urusan index in %, 0–100, full precision: the mean of the service indices (or of the sub-urusan indices, by option).</param>
/// <param name="Category">Its category from the options' table (unrounded index).</param>
/// <param name="Trace">How it was computed (rule <c>spm.urusan</c>), with the traces of all parts.</param>
public sealed record SpmUrusanResult(string Name, IReadOnlyList<SpmServiceResult> Services, IReadOnlyList<SpmSubUrusanResult> SubUrusan, decimal Index, Band<string> Category, CalculationTrace Trace) : ITraceable
{
    /// <summary>The index rounded half away from zero to 2 decimals.</summary>
    public decimal Rounded => ReportRounding.Round(Index, SpmIndex.PrintedDecimals);
}
