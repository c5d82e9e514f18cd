namespace LppdMetrics.Accountability;

/// <summary>One row of a budget table: allocation (<i>anggaran / alokasi</i>) and realisation (<i>realisasi</i>), in rupiah.</summary>
/// <param name="Allocation">The allocation in rupiah (≥ 0; cents allowed, up to 10^13 and beyond).</param>
/// <param name="Realization">The realisation in rupiah (≥ 0).</param>
public readonly record struct BudgetLine(decimal Allocation, decimal Realization);
