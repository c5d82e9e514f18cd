using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Poverty;

/// <summary>
/// Standard errors and confidence intervals of the Foster–Greer–Thorbecke poverty measures
/// P_α = Σ w_i (1 − y_i/z)^α 1[y_i &lt; z] / Σ w_i (BPS P0, P1, P2 for α = 0, 1, 2), under a survey design.
/// </summary>
/// <remarks>
/// The poor are those strictly below the line by default (BPS: "di bawah garis kemiskinan"; see
/// <see cref="PovertyLineRule"/>), and the point estimate is <see cref="Fgt.Index"/>'s. The line z is treated as fixed
/// (an absolute line such as BPS's GK), so its own sampling error is not included.
/// </remarks>
public static class FgtPrecision
{
    /// <summary>The stable rule id of the linearization trace.</summary>
    public const string LinearizationRule = "poverty.fgt.se.linearization";

    /// <summary>
    /// Taylor-linearization SE of P_α: P_α is a ratio of two totals, so its linearized variable is
    /// z_i = (g_i − P_α)/Σw with g_i = (1 − y_i/z)^α 1[y_i &lt; z]; the variance is the PSU-within-strata variance of
    /// the totals of w_i z_i (see <see cref="SurveyDesign"/>). Source: Binder (1983); R <c>convey::svyfgt</c>.
    /// </summary>
    /// <param name="welfare">Per-capita income/expenditure y_i, finite, ≥ 0.</param>
    /// <param name="weights">Survey weights, finite, ≥ 0, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite and &gt; 0, same unit as <paramref name="welfare"/>.</param>
    /// <param name="alpha">The FGT parameter α ≥ 0 (0 headcount, 1 poverty gap, 2 severity).</param>
    /// <param name="design">The design (one entry per observation).</param>
    /// <param name="level">The confidence level (default 0.95).</param>
    /// <param name="rule">Who counts as poor; strictly below the line by default (BPS), as in <see cref="Fgt"/>.</param>
    /// <returns>P_α with its SE and normal interval (<see cref="PrecisionMethod.Linearization"/>, 0 replicates). SE is 0 when nobody or everybody is poor with α = 0.</returns>
    /// <exception cref="ArgumentException">Empty or mismatched inputs, non-finite or negative values, weights summing to 0, α &lt; 0, z ≤ 0, level outside (0, 1).</exception>
    public static PrecisionEstimate Linearization(ReadOnlySpan<double> welfare, ReadOnlySpan<double> weights, double povertyLine, double alpha,
        SurveyDesign design, double level = 0.95, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        CheckData(welfare, weights, povertyLine, rule, design);
        Guard.FiniteNonNegative(alpha);
        double p = Fgt.IndexOfChecked(welfare, weights, povertyLine, alpha, rule);
        Guard.OpenInterval(level, 0, 1);
        // wᵢzᵢ = wᵢ(gᵢ − P)/Σw depends only on the ratios of the weights: they are multiplied by the power of two that
        // brings the largest near 1 (exact, so ordinary weights give the same bits), so that Σw cannot overflow (weights
        // of 1e308) nor 1/Σw (subnormal weights, whose Σw is below 1/1.8e308).
        double scale = Scaling.PowerOfTwo(Scaling.Max(weights));
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
            total += weights[i] * scale;
        // Each PSU's total of wᵢzᵢ, with no array per observation (on 10⁷ rows, 240 MB less for each α).
        double[] psuTotals = new double[design.PsuCount];
        int[] psuOf = design.PsuOf;
        for (int i = 0; i < weights.Length; i++)
            psuTotals[psuOf[i]] += weights[i] * scale * ((Gap(welfare[i], povertyLine, alpha, rule) - p) / total);
        double se = Statistics.Linearization.StandardError(psuTotals, design);
        return PrecisionEstimate.Create(LinearizationRule, "P_α = Σ w g / Σ w; z_i = (g_i − P_α)/Σw", "Binder (1983); convey svyfgt",
            p, se, level, PrecisionMethod.Linearization, 0,
            t => t.Input("z", povertyLine).Input("α", alpha).Input("strata", (decimal)design.StrataCount).Input("PSUs", (decimal)design.PsuCount));
    }

    /// <summary>
    /// Rao–Wu bootstrap SE of P_α (see <see cref="Statistics.Bootstrap"/>); the measure as in <see cref="Linearization"/>.
    /// A replicate multiplies the weights of PSU j by m_j, so P_α(b) = Σ_j m_j A_j / Σ_j m_j W_j with the PSU totals
    /// A_j = Σ_{i∈j} w_i g_i and W_j = Σ_{i∈j} w_i taken once (in input order): each replicate costs O(PSUs), not O(n).
    /// </summary>
    /// <param name="welfare">Per-capita income/expenditure y_i, finite, ≥ 0.</param>
    /// <param name="weights">Survey weights, finite, ≥ 0, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite and &gt; 0.</param>
    /// <param name="alpha">The FGT parameter α ≥ 0.</param>
    /// <param name="design">The design.</param>
    /// <param name="options">Replicates, seed, level, threads, progress; null for the defaults (200, 1, 0.95).</param>
    /// <param name="rule">Who counts as poor; strictly below the line by default (BPS).</param>
    /// <returns>P_α (<see cref="Fgt.Index"/>'s estimate) with its bootstrap SE and normal interval.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Linearization"/>, or bad options.</exception>
    public static PrecisionEstimate Bootstrap(ReadOnlySpan<double> welfare, ReadOnlySpan<double> weights, double povertyLine, double alpha,
        SurveyDesign design, BootstrapOptions? options = null, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        Guard.FiniteNonNegative(alpha);
        return Bootstrap(welfare, weights, povertyLine, [alpha], design, options, rule)[0];
    }

    /// <summary>Rao–Wu bootstrap SEs of several P_α on the same replicates, each as in the one-α overload.</summary>
    /// <param name="welfare">Per-capita income/expenditure y_i, finite, ≥ 0.</param>
    /// <param name="weights">Survey weights, finite, ≥ 0, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite and &gt; 0.</param>
    /// <param name="alphas">The FGT parameters, each ≥ 0 (e.g. 0, 1, 2 for P0, P1, P2); at least one.</param>
    /// <param name="design">The design.</param>
    /// <param name="options">Replicates, seed, level, threads, progress; null for the defaults (200, 1, 0.95).</param>
    /// <param name="rule">Who counts as poor; strictly below the line by default (BPS).</param>
    /// <returns>One estimate per α, in order.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Linearization"/>, no α, or bad options.</exception>
    public static IReadOnlyList<PrecisionEstimate> Bootstrap(ReadOnlySpan<double> welfare, ReadOnlySpan<double> weights, double povertyLine,
        IReadOnlyList<double> alphas, SurveyDesign design, BootstrapOptions? options = null, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        ArgumentNullException.ThrowIfNull(alphas);
        Guard.AtLeast(alphas.Count, 1, nameof(alphas) + ".Count");
        CheckData(welfare, weights, povertyLine, rule, design);
        int k = alphas.Count, psus = design.PsuCount;
        double[] estimates = new double[k];
        // PSU totals: W_j at [j·(k + 1)], A_j for α_s at [j·(k + 1) + 1 + s], one pass over the data per α, of the
        // weights multiplied by the power of two that brings the largest near 1 (exact; every P_α(b) is a ratio of
        // them): weights of 1e308 cannot overflow a total, nor subnormal ones lose w·g to underflow.
        // Weights spanning more than 2^900 (1e-300 beside 1e300) would leave the smallest below the normal range after
        // the scaling, and a replicate drawing only their PSUs would be 0/0: their totals are kept as WideDouble
        // (double mantissa, 64-bit exponent), the same arithmetic in the same order otherwise.
        double scale = Scaling.PowerOfTwo(Scaling.Max(weights));
        bool wide = Scaling.MinPositive(weights) * scale < WideLimit;
        double[] totals = new double[wide ? 0 : psus * (k + 1)];
        WideDouble[] wideTotals = new WideDouble[wide ? psus * (k + 1) : 0];
        for (int s = 0; s < k; s++)
        {
            Guard.FiniteNonNegative(alphas[s], string.Create(CultureInfo.InvariantCulture, $"alphas[{s}]"));
            estimates[s] = Fgt.IndexOfChecked(welfare, weights, povertyLine, alphas[s], rule);
            int[] psuOf = design.PsuOf;
            for (int i = 0; i < welfare.Length; i++)
            {
                int at = psuOf[i] * (k + 1);
                double gap = Gap(welfare[i], povertyLine, alphas[s], rule);
                if (wide)
                {
                    WideDouble wi = WideDouble.Of(weights[i]);
                    if (s == 0)
                        wideTotals[at] += wi;
                    wideTotals[at + 1 + s] += wi * WideDouble.Of(gap);
                    continue;
                }
                double w = weights[i] * scale;
                if (s == 0)
                    totals[at] += w;
                totals[at + 1 + s] += w * gap;
            }
        }
        // Bootstrap the PSU-level statistic: its "weights" are all 1, so each replicate receives the multipliers m_j.
        double[] ones = new double[psus];
        Array.Fill(ones, 1.0);
        int[]? strata = design.IsSimple ? null : Enumerable.Range(0, psus).ToArray();
        const string Formula = "P_α = Σ_j m_j A_j / Σ_j m_j W_j over PSUs j";
        if (wide)
        {
            return Statistics.Bootstrap.RunAll(ones, strata, design, m =>
            {
                WideDouble total = default;
                var sums = new WideDouble[k];
                for (int j = 0; j < m.Length; j++)
                {
                    if (m[j] == 0)
                        continue;
                    WideDouble mj = WideDouble.Of(m[j]);
                    int at = j * (k + 1);
                    total += mj * wideTotals[at];
                    for (int s = 0; s < k; s++)
                        sums[s] += mj * wideTotals[at + 1 + s];
                }
                return sums.Select(a => total.IsZero ? double.NaN : (a / total).ToDouble()).ToArray();
            }, options ?? new BootstrapOptions(), Formula, estimates);
        }
        return Statistics.Bootstrap.RunAll(ones, strata, design, m =>
        {
            double total = 0;
            double[] sums = new double[k];
            for (int j = 0; j < m.Length; j++)
            {
                double mj = m[j];
                if (mj == 0)
                    continue;
                int at = j * (k + 1);
                total += mj * totals[at];
                for (int s = 0; s < k; s++)
                    sums[s] += mj * totals[at + 1 + s];
            }
            for (int s = 0; s < k; s++)
                sums[s] /= total;
            return sums;
        }, options ?? new BootstrapOptions(), Formula, estimates);
    }

    private static readonly double WideLimit = Math.ScaleB(1.0, -900);

    /// <summary>
    /// g_i^α for the poor (<see cref="Fgt.IsPoor"/> by <paramref name="rule"/>), else 0, with g_i = <see cref="Fgt.Gap"/>
    /// — the summand of <see cref="Fgt.Index"/>, written the same way (g·g for α = 2).
    /// </summary>
    private static double Gap(double y, double z, double alpha, PovertyLineRule rule)
    {
        if (!Fgt.IsPoor(y, z, rule))
            return 0;
        double gap = Fgt.Gap(y, z);
        return alpha switch
        {
            0 => 1,
            1 => gap,
            2 => gap * gap,
            _ => Math.Pow(gap, alpha),
        };
    }

    /// <summary>Validates through <see cref="Fgt.Index"/> (same rules and messages) and returns the point estimate.</summary>
    // The checks of the data under this class's parameter names (welfare, weights, povertyLine, rule, design).
    private static void CheckData(ReadOnlySpan<double> welfare, ReadOnlySpan<double> weights, double povertyLine, PovertyLineRule rule, SurveyDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        Guard.NotEmpty(welfare);
        Guard.SameLength(welfare.Length, weights.Length, nameof(welfare), nameof(weights));
        Guard.AllFiniteNonNegative(welfare);
        Guard.AllFiniteNonNegative(weights);
        Fgt.CheckLine(povertyLine);
        Fgt.CheckRule(rule);
        Guard.SameLength(design.Count, welfare.Length, nameof(design), nameof(welfare));
    }
}
