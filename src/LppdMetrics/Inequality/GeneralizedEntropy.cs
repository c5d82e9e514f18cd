using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>
/// The generalized-entropy family GE(α): Theil's index GE(1), the mean log deviation GE(0), and any α — the
/// decomposable inequality measures of convey (<c>svygei</c>) and ineq (<c>entropy</c>).
/// </summary>
/// <remarks>
/// <para>With μ = T/W the weighted mean: GE(α) = 1/(α(α−1)) · (1/W) Σ wᵢ[(yᵢ/μ)^α − 1]; GE(1) = (1/W) Σ wᵢ (yᵢ/μ) ln(yᵢ/μ)
/// (Theil T); GE(0) = (1/W) Σ wᵢ ln(μ/yᵢ) (Theil L, the mean log deviation). Shorrocks (1980); Cowell (2011).
/// Dimensionless, ≥ 0, 0 for equal incomes; unbounded above for α ≤ 1 except GE(1) ≤ ln W/min w.</para>
/// <para><b>Edges.</b> Bad input as for <see cref="Gini"/>; zero total income throws. A zero income (with positive
/// weight) contributes 0 to GE(1) (the limit of y ln y), but GE(0) and GE(α &lt; 0) take ln or a negative power of it
/// and throw an <see cref="ArgumentException"/> naming the index and value. Observations with weight 0 are ignored.
/// Sums are exact per sign and do not depend on row order; <see cref="Math.Log(double)"/> is correct to about 1 ulp.
/// Equal incomes give 0 exactly (their mean is taken as that income).</para>
/// <para><b>α near 0 or 1.</b> For 0 &lt; |α| &lt; 1/16 the terms are expm1(α ln(yᵢ/μ)), and for 0 &lt; |α − 1| &lt; 1/16
/// (yᵢ/μ)·expm1((α − 1) ln(yᵢ/μ)), since Σ wᵢ(yᵢ/μ − 1) = 0: (yᵢ/μ)^α − 1 keeps no digit of a tiny α ln(yᵢ/μ), and the
/// division by α(α − 1) then gave GE(0.9999999999999999) = 0.5 and GE(10⁻¹⁶) = 0 for incomes 1 and 2, whose GE(1) and
/// GE(0) are 0.0566 and 0.0589.</para>
/// <para><b>Range.</b> Any finite data give the right value wherever GE(α) is a finite double: where a weight is
/// subnormal relative to the largest, yᵢ/μ overflows or underflows, or (yᵢ/μ)^α or their sum passes 1.8e308 (an income
/// 2^600 on a weight 2^-600: GE(2) = 2^597), the powers are formed from the binary exponents of the data and summed
/// relative to the largest (within about 10⁻¹² relative, as the tests hold it against exact arithmetic). Only a GE(α) whose true value exceeds 1.8e308 throws an
/// <see cref="ArgumentException"/> naming <c>alpha</c>.</para>
/// </remarks>
public static class GeneralizedEntropy
{
    /// <summary>Theil's index T = GE(1).</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>GE(1) ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Theil(ReadOnlySpan<double> income, ReadOnlySpan<double> weights) => Compute(income, weights, 1.0);

    /// <summary>The mean log deviation (Theil L) = GE(0).</summary>
    /// <param name="income">Income yᵢ, finite, &gt; 0 wherever the weight is positive.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>GE(0) ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks (a zero income throws).</exception>
    public static double MeanLogDeviation(ReadOnlySpan<double> income, ReadOnlySpan<double> weights) => Compute(income, weights, 0.0);

    /// <summary>GE(α) for any finite α.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0 (&gt; 0 when α ≤ 0), not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="alpha">The sensitivity α: 0 is the MLD, 1 Theil, 2 half the squared coefficient of variation.</param>
    /// <returns>GE(α) ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks; α not finite, or GE(α) itself beyond 1.8e308 (naming <c>alpha</c>).</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double alpha)
    {
        Guard.Finite(alpha);
        (double[]? lifted, var moments) = Moments.ScaledLifted(income, weights, nameof(income), nameof(weights));
        return OfMoments(lifted is null ? income : lifted, weights, alpha, moments);
    }

    /// <summary>GE(α) of checked data whose scaled moments (<see cref="Moments.ScaledMean"/>) are known: the shared pass of <see cref="InequalityProfile"/>.</summary>
    internal static double OfMoments(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double alpha,
        (double Weight, double WeightScale, double Mean, double ValueScale) moments)
    {
        (double w, double ws, double mean, double vs) = moments;
        var sum = new SignedExactSum();
        var last = new RepeatedIncome();
        bool wide = false;
        // α near 1 or 0 (|α − 1| or |α| below 1/16): the terms through expm1, whose digits (yᵢ/μ)^α − 1 would lose there.
        bool nearOne = Atkinson.IsNearOne(alpha), nearZero = alpha != 0 && Math.Abs(alpha) < 1.0 / 16;
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws, yi = income[i];
            if (weights[i] == 0)
                continue;
            double r = yi / mean;
            // Theil's wᵢ·rᵢ·ln rᵢ as (wᵢ·yᵢv)/(μv)·ln rᵢ, v the power of two that brings the largest income near 1:
            // wᵢyᵢ/μ ≤ W, so the factor cannot overflow where rᵢ alone would (an income 1e308 times the mean, from
            // weights of 1e308 on the poorest), and wᵢ·yᵢv ≤ 4 cannot either.
            if (alpha == 1)
                sum.Add(r > 0 ? TheilFactor(wi, yi, weights[i], ws, mean, vs) * (last.Holds(yi) ? last.Value : last.Keep(yi, Scaling.LogRatio(yi, mean))) : 0.0);
            else
            {
                if (yi == 0 && alpha <= 0)
                    Guard.ThrowElement(nameof(income), i, yi, "a number > 0 (a zero income has no logarithm or negative power)");
                if (alpha == 0)
                {
                    sum.Add(-wi * (last.Holds(yi) ? last.Value : last.Keep(yi, Scaling.LogRatio(yi, mean))));
                    continue;
                }
                if (nearOne)
                {
                    // (yᵢ/μ)^α − 1 summed as (yᵢ/μ)((yᵢ/μ)^(α−1) − 1): the rest, Σ wᵢ(yᵢ/μ − 1), is 0, but only its rounding
                    // would be left to divide by α − 1. A zero income gives 0^α − 0 = 0.
                    sum.Add(r > 0 ? TheilFactor(wi, yi, weights[i], ws, mean, vs) * (last.Holds(yi) ? last.Value : last.Keep(yi, Scaling.ExpM1((alpha - 1.0) * Scaling.LogRatio(yi, mean)))) : 0.0);
                    continue;
                }
                if (nearZero)
                {
                    // (yᵢ/μ)^α − 1 = expm1(α ln(yᵢ/μ)), −1 for a zero income (α > 0 here).
                    double power = last.Holds(yi) ? last.Value : last.Keep(yi, yi == 0 ? -1.0 : Scaling.ExpM1(alpha * Scaling.LogRatio(yi, mean)));
                    if (!double.IsNormal(wi))
                        wide = true;
                    else
                        sum.Add(wi * power);
                    continue;
                }
                double term = wi * ((last.Holds(yi) ? last.Value : last.Keep(yi, Math.Pow(r, alpha))) - 1.0);
                // A weight below the normal range, a ratio yᵢ/μ that overflowed or underflowed, or a power beyond a
                // double: the terms are taken from the binary exponents instead (never on ordinary data).
                if (!double.IsNormal(wi) || (yi > 0 && !double.IsNormal(r)) || !double.IsFinite(term))
                    wide = true;
                else
                    sum.Add(term);
            }
        }
        double ge = double.NaN;
        if (!wide)
        {
            double mass = sum.ToDouble() / w;
            ge = alpha is 0 or 1 ? mass : mass / (alpha * (alpha - 1.0));
        }
        if (!double.IsFinite(ge))
            ge = Wide(income, weights, w, ws, mean, alpha);
        return Math.Max(0.0, ge); // only removes a rounding residue of −1e-17 for equal incomes; GE ≥ 0 by Jensen
    }

    /// <summary>
    /// Theil's factor wᵢyᵢ/μ in the unit of the scaled weights: (wᵢv)(yᵢu)/(μu), u the power of two that brings the
    /// largest income near 1, wherever the scaled weight, income, product and mean are normal doubles (every row of
    /// ordinary data); otherwise from the mantissas and binary exponents of wᵢ, yᵢ and μ, since a scaled weight or
    /// product below 2^-1022 keeps only the bits above 2^-1074 (a weight 2^-1060 of the largest kept 14, and its row's
    /// share of T, wᵢyᵢ/T, can be most of it) and a scaled mean below it loses the same.
    /// </summary>
    /// <param name="scaledWeight">wᵢv.</param>
    /// <param name="income">yᵢ &gt; 0.</param>
    /// <param name="weight">wᵢ &gt; 0.</param>
    /// <param name="weightScale">v.</param>
    /// <param name="mean">μ &gt; 0.</param>
    /// <param name="valueScale">u.</param>
    private static double TheilFactor(double scaledWeight, double income, double weight, double weightScale, double mean, double valueScale)
    {
        double y = income * valueScale, m = mean * valueScale, product = scaledWeight * y;
        if (double.IsNormal(scaledWeight) && double.IsNormal(y) && double.IsNormal(m) && double.IsNormal(product))
            return product / m;
        (double wm, int we) = Moments.Split(weight);
        (double ym, int ye) = Moments.Split(income);
        (double mm, int me) = Moments.Split(mean);
        return Math.ScaleB(wm * ym / mm, (int)Math.Clamp((long)we + ye - me + Math.ILogB(weightScale), -2200, 2200));
    }

    /// <summary>
    /// GE(α), α ∉ {0, 1}, from the power mean M_α = (1/W) Σ wᵢ(yᵢ/μ)^α held as a mantissa and a binary exponent
    /// (<see cref="Moments.WidePowerMean"/>): GE = (M_α − 1)/(α(α − 1)), which is finite whenever the true value is,
    /// though M_α or a term alone may pass 1.8e308 (an income 1e200 on a weight 1e-200) or yᵢ/μ underflow (1e-310).
    /// </summary>
    private static double Wide(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double w, double ws, double mean, double alpha)
    {
        (long d, double l, double tm, long te) = Moments.WidePowerMean(income, weights, w, ws, mean, alpha);
        double ge = double.PositiveInfinity; // M_α beyond 2^(2^62): only for α outside [0, 1], where M_α ≥ 1
        if (Moments.PowerOfTwo(alpha, d, l, tm, te) is (double m, long e))
        {
            ge = e < 64
                ? (Math.ScaleB(m, (int)Math.Max(e, -2000)) - 1.0) / alpha / (alpha - 1.0)
                : Math.ScaleB(m / alpha / (alpha - 1.0), (int)Math.Min(e, 2000)); // the −1 is below the rounding
        }
        if (!double.IsFinite(ge))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GE({alpha}) of these incomes is {(ge > 0 ? "beyond" : "outside")} the range of a double (about 1.8e308): (1/W) Σ w (y/μ)^α is too large; use α in [0, 1] or the mean log deviation."), nameof(alpha));
        return ge;
    }
}
