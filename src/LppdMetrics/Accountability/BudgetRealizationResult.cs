using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// A budget realisation percentage (<i>realisasi anggaran</i>, %) of one row or of a total. Undefined (null
/// percentage, never 0) when an amount is missing or the allocation is 0.
/// </summary>
public sealed record BudgetRealizationResult : ITraceable
{
    /// <summary>The allocation in rupiah (the sum for a total); null when missing.</summary>
    public decimal? Allocation { get; init; }

    /// <summary>The realisation in rupiah (the sum for a total); null when missing ("Tidak ada data").</summary>
    public decimal? Realization { get; init; }

    /// <summary>The exact percentage realisasi / alokasi × 100; null when undefined.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The percentage as printed (2 decimals by default); null when undefined.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The number of decimals of <see cref="Percent"/>.</summary>
    public int Decimals { get; init; }

    /// <summary>The number of rows summed: 1 for a row, n for a total.</summary>
    public int Rows { get; init; } = 1;

    /// <summary>True when the realisation exceeds the allocation (over 100 %; Tabel 1.12 row 1 is such a row).</summary>
    public bool ExceedsAllocation { get; init; }

    /// <summary>True when the percentage is defined.</summary>
    public bool HasValue => Percent.HasValue;

    /// <summary>Why the percentage is undefined; null when it has a value.</summary>
    public string? MissingReason { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
