using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// A budget realisation percentage (<i>realisasi anggaran</i>, %) of one row or of a total, printed at 2 decimals by
/// default. Undefined (null value, never 0) when an amount is missing or the allocation is 0.
/// </summary>
public sealed record BudgetRealizationResult : TracedResult
{
    internal BudgetRealizationResult(CalculationTrace trace) : base(trace) { }

    /// <summary>The allocation in rupiah (the sum for a total); null when missing.</summary>
    public decimal? Allocation { get; internal init; }

    /// <summary>The realisation in rupiah (the sum for a total); null when missing ("Tidak ada data").</summary>
    public decimal? Realization { get; internal init; }

    /// <summary>The number of rows summed: 1 for a row, n for a total.</summary>
    public int Rows { get; internal init; } = 1;

    /// <summary>True when the realisation exceeds the allocation (over 100 %; Tabel 1.12 row 1 is such a row).</summary>
    public bool ExceedsAllocation { get; internal init; }
}
