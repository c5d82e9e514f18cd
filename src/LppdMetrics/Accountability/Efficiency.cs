using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The efficiency ratio (<i>tingkat efisiensi</i>) of a goal: its capaian kinerja (%) divided by its budget
/// realisation (%), both as displayed (docs/methods.md#efficiency: all 13 ratios of LPPD Kabupaten Blitar 2024
/// reproduce this way; 100,37 / 97,35 = 1,0310… → 1,03).
/// </summary>
/// <remarks>
/// No regulation defines it (docs/methods.md#efficiency); this is the report's reading. Pass the displayed values
/// (the capaian's and the budget result's printed values): the report divides those. The result is a ratio, rounded
/// half away from zero at 2 decimals by default. Edges: a budget realisation of 0 % gives an undefined ratio (never
/// ∞); a negative budget realisation is an error; a negative capaian gives a negative ratio; a missing input gives an
/// undefined ratio. For a fixed budget realisation the ratio is non-decreasing in the capaian. The report gives no
/// interpretation bands (the common LKjIP reading is &gt; 1 efficient, 1 as planned, &lt; 1 inefficient).
/// </remarks>
public static class Efficiency
{
    /// <summary>Rule id of the efficiency ratio.</summary>
    public const string Rule = "efficiency.ratio";

    private const string Source = "LPPD Tabel 4.x.5 'Tingkat efisiensi' (capaian % / realisasi anggaran %); no regulation defines it";

    /// <summary>The efficiency ratio <paramref name="achievementPercent"/> / <paramref name="budgetRealizationPercent"/>.</summary>
    /// <param name="achievementPercent">The capaian (%) as displayed (100,37; a mean may carry 3 decimals: 112,278).</param>
    /// <param name="budgetRealizationPercent">The budget realisation (%) as displayed (97,35), ≥ 0; 0 gives an undefined ratio.</param>
    /// <param name="options">Precision and rounding; <see cref="EfficiencyOptions.Default"/> when null.</param>
    /// <returns>The ratio with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The budget realisation is negative; the ratio exceeds the range of <see cref="decimal"/>; the options are invalid.</exception>
    public static EfficiencyResult Compute(decimal achievementPercent, decimal budgetRealizationPercent, EfficiencyOptions? options = null) =>
        Compute((decimal?)achievementPercent, budgetRealizationPercent, options);

    /// <summary>
    /// The efficiency ratio when an input may be missing (null): then the ratio is undefined, never 0.
    /// Otherwise as <see cref="Compute(decimal, decimal, EfficiencyOptions?)"/>.
    /// </summary>
    /// <param name="achievementPercent">The capaian (%) as displayed; null when missing.</param>
    /// <param name="budgetRealizationPercent">The budget realisation (%) as displayed, ≥ 0; null when missing.</param>
    /// <param name="options">Precision and rounding; <see cref="EfficiencyOptions.Default"/> when null.</param>
    /// <returns>The ratio with its trace; undefined when an input is missing or the budget realisation is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The budget realisation is negative; the ratio exceeds the range of <see cref="decimal"/>; the options are invalid.</exception>
    public static EfficiencyResult Compute(decimal? achievementPercent, decimal? budgetRealizationPercent, EfficiencyOptions? options = null)
    {
        options ??= EfficiencyOptions.Default;
        options.Validate();
        if (budgetRealizationPercent is { } b0) Guard.NonNegative(b0, nameof(budgetRealizationPercent));
        var trace = new TraceBuilder(Rule, "capaian % / realisasi anggaran %", Source);
        if (achievementPercent is { } c1) trace.Input("capaian", c1, "%, as displayed");
        if (budgetRealizationPercent is { } b1) trace.Input("realisasi anggaran", b1, "%, as displayed");
        string? missing = TracedRatio.Missing("capaian", achievementPercent, "budget realisation", budgetRealizationPercent)
            ?? (budgetRealizationPercent == 0m ? "budget realisation is 0 %: the ratio is undefined, not infinite" : null);
        CalculationTrace finished;
        if (missing is null)
        {
            decimal c = achievementPercent!.Value, b = budgetRealizationPercent!.Value;
            decimal ratio = TracedRatio.Divide(c, b, 1m, nameof(achievementPercent), c, static b => string.Create(CultureInfo.InvariantCulture, $"the ratio to {b}"));
            trace.Step("capaian / realisasi anggaran", string.Create(CultureInfo.InvariantCulture, $"{c} / {b}"), ratio);
            finished = TracedRatio.FinishQuotient(trace, ratio, c, b, 1m, options.Decimals, options.Rounding);
        }
        else
            finished = TracedRatio.Finish(trace, null, missing, options.Decimals, options.Rounding);
        return new EfficiencyResult(finished)
        {
            AchievementPercent = achievementPercent,
            BudgetRealizationPercent = budgetRealizationPercent,
        };
    }
}
