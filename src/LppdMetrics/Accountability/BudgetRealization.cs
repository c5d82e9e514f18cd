using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// Budget realisation (<i>realisasi anggaran</i>): realisasi / alokasi × 100, in percent, from rupiah amounts
/// (LPPD Tabel 1.12 and every Tabel 4.x.5; docs/methods.md#budget).
/// </summary>
/// <remarks>
/// Amounts are exact <see cref="decimal"/> rupiah with cents (2.090.349.863.831,55); sums of 10^5 rows of 10^13 stay
/// exact. The percentage is rounded half away from zero at 2 decimals by default. A total is Σ realisasi / Σ alokasi
/// × 100 — the percentage of the sums, never the mean of the row percentages. Edges: a negative amount is an error;
/// a realisation of 0 gives 0,00 % (line 3730); an allocation of 0 gives an undefined percentage (never ∞ or 0);
/// a realisation above the allocation is allowed and flagged (<see cref="BudgetRealizationResult.ExceedsAllocation"/>);
/// a missing amount gives an undefined percentage.
/// </remarks>
public static class BudgetRealization
{
    /// <summary>Rule id of a row percentage.</summary>
    public const string RowRule = "budget.realization";

    /// <summary>Rule id of a total percentage.</summary>
    public const string TotalRule = "budget.realization.total";

    private const string Source = "LPPD Tabel 1.12 and Tabel 4.x.5 'Realisasi anggaran': realisasi / alokasi × 100";

    /// <summary>The budget realisation of one row: <paramref name="realization"/> / <paramref name="allocation"/> × 100.</summary>
    /// <param name="allocation">The allocation (anggaran) in rupiah, ≥ 0; 0 gives an undefined percentage.</param>
    /// <param name="realization">The realisation in rupiah, ≥ 0.</param>
    /// <param name="options">Precision and rounding; <see cref="BudgetOptions.Default"/> when null.</param>
    /// <returns>The percentage with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative; the percentage exceeds the range of <see cref="decimal"/>; the options are invalid.</exception>
    public static BudgetRealizationResult Compute(decimal allocation, decimal realization, BudgetOptions? options = null) =>
        Compute((decimal?)allocation, realization, options);

    /// <summary>
    /// The budget realisation of one row whose amounts may be missing (null, a cell "Tidak ada data"): a missing amount
    /// gives an undefined percentage, never 0. Otherwise as <see cref="Compute(decimal, decimal, BudgetOptions?)"/>.
    /// </summary>
    /// <param name="allocation">The allocation in rupiah, ≥ 0; null when missing.</param>
    /// <param name="realization">The realisation in rupiah, ≥ 0; null when missing.</param>
    /// <param name="options">Precision and rounding; <see cref="BudgetOptions.Default"/> when null.</param>
    /// <returns>The percentage with its trace; undefined when an amount is missing or the allocation is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative; the percentage exceeds the range of <see cref="decimal"/>; the options are invalid.</exception>
    public static BudgetRealizationResult Compute(decimal? allocation, decimal? realization, BudgetOptions? options = null)
    {
        options ??= BudgetOptions.Default;
        options.Validate();
        if (allocation is { } a0) Guard.NonNegative(a0, nameof(allocation));
        if (realization is { } r0) Guard.NonNegative(r0, nameof(realization));
        var trace = new TraceBuilder(RowRule, "realisasi / alokasi × 100", Source);
        if (allocation is { } a1) trace.Input("alokasi", a1, "Rp");
        if (realization is { } r1) trace.Input("realisasi", r1, "Rp");
        string? missing = TracedRatio.Missing("allocation", allocation, "realisation", realization);
        return Finish(trace, allocation, realization, 1, missing, options);
    }

    /// <summary>
    /// The total of a budget table: Σ alokasi, Σ realisasi and Σ realisasi / Σ alokasi × 100 (the percentage of the
    /// sums, not the mean of the row percentages).
    /// </summary>
    /// <param name="rows">The rows; at least one; every amount ≥ 0.</param>
    /// <param name="options">Precision and rounding; <see cref="BudgetOptions.Default"/> when null.</param>
    /// <returns>The sums and the percentage with its trace; undefined when Σ alokasi is 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty or has a negative amount (named with its index).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sum or the percentage exceeds the range of <see cref="decimal"/> (7,9·10^28).</exception>
    public static BudgetRealizationResult Total(ReadOnlySpan<BudgetLine> rows, BudgetOptions? options = null)
    {
        Guard.NotEmpty(rows);
        options ??= BudgetOptions.Default;
        options.Validate();
        decimal allocation = 0m, realization = 0m;
        ExactRational exactAllocation = ExactRational.Of(0m), exactRealization = ExactRational.Of(0m);
        for (int i = 0; i < rows.Length; i++)
        {
            BudgetLine row = rows[i];
            if (row.Allocation < 0 || row.Realization < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"rows[{i}] is ({row.Allocation}, {row.Realization}); expected amounts ≥ 0."), nameof(rows));
            try
            {
                allocation += row.Allocation;
                realization += row.Realization;
                exactAllocation += ExactRational.Of(row.Allocation);
                exactRealization += ExactRational.Of(row.Realization);
            }
            catch (OverflowException)
            {
                throw Guard.Overflow(nameof(rows), i, "the sum of the amounts up to this row");
            }
        }
        var trace = new TraceBuilder(TotalRule, "Σ realisasi / Σ alokasi × 100", Source)
            .Input("n", (decimal)rows.Length, "rows")
            .Step("Σ alokasi", string.Create(CultureInfo.InvariantCulture, $"sum of {rows.Length} allocations"), allocation)
            .Step("Σ realisasi", string.Create(CultureInfo.InvariantCulture, $"sum of {rows.Length} realisations"), realization)
            .Note("the percentage of the sums, not the mean of the row percentages");
        if (ExactRational.Of(allocation) == exactAllocation && ExactRational.Of(realization) == exactRealization)
            return Finish(trace, allocation, realization, rows.Length, null, options);
        // A decimal sum keeps 28–29 significant digits: 7·10²⁸ + 0,5 is 7·10²⁸. The percentage is then that of the exact
        // sums, rounded once (3,50035·10²⁸ / (7·10²⁸ + 0,5) × 100 = 50,005 − 3,6·10⁻²⁸ prints 50,00, not 50,01).
        trace.Note("a sum has more digits than a decimal holds: the percentage is that of the exact sums");
        ExactRational percent = exactRealization / exactAllocation * ExactRational.Of(100m);
        bool exceeds = exactRealization.Numerator * exactAllocation.Denominator > exactAllocation.Numerator * exactRealization.Denominator;
        decimal unrounded, rounded;
        try
        {
            unrounded = percent.ToDecimal();
            rounded = percent.Round(options.Decimals, options.Rounding);
        }
        catch (OverflowException)
        {
            throw Guard.Overflow("realization", realization, string.Create(CultureInfo.InvariantCulture, $"the percentage of allocation {allocation}"));
        }
        trace.Step("realisasi / alokasi × 100", "Σ realisasi / Σ alokasi × 100 (exact sums)", unrounded);
        if (exceeds)
            trace.Note("the realisation exceeds the allocation");
        return new BudgetRealizationResult(trace.Rounded(unrounded, options.Decimals, options.Rounding, rounded))
        {
            Allocation = allocation,
            Realization = realization,
            Rows = rows.Length,
            ExceedsAllocation = exceeds,
        };
    }

    private static BudgetRealizationResult Finish(TraceBuilder trace, decimal? allocation, decimal? realization, int rows,
        string? missing, BudgetOptions options)
    {
        if (missing is null && allocation == 0m)
            missing = "allocation is 0: the percentage is undefined, not infinite and not 0";
        bool exceeds = false;
        CalculationTrace finished;
        if (missing is null)
        {
            decimal a = allocation!.Value, r = realization!.Value;
            decimal percent = TracedRatio.Divide(r, a, 100m, "realization", r, static a => string.Create(CultureInfo.InvariantCulture, $"the percentage of allocation {a}"));
            trace.Step("realisasi / alokasi × 100", string.Create(CultureInfo.InvariantCulture, $"{r} / {a} × 100"), percent);
            exceeds = r > a;
            if (exceeds)
                trace.Note("the realisation exceeds the allocation");
            finished = TracedRatio.FinishQuotient(trace, percent, r, a, 100m, options.Decimals, options.Rounding);
        }
        else
            finished = TracedRatio.Finish(trace, null, missing, options.Decimals, options.Rounding);
        return new BudgetRealizationResult(finished)
        {
            Allocation = allocation,
            Realization = realization,
            Rows = rows,
            ExceedsAllocation = exceeds,
        };
    }
}
