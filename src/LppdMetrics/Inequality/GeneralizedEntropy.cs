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
/// Sums are exact per sign and do not depend on row order; <see cref="Math.Log(double)"/> is correct to about 1 ulp.</para>
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
    /// <exception cref="ArgumentException">See the type's remarks; α not finite.</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double alpha)
    {
        Guard.Finite(alpha);
        return OfMoments(income, weights, alpha, Moments.ScaledMean(income, weights, nameof(income), nameof(weights)));
    }

    /// <summary>GE(α) of checked data whose scaled moments (<see cref="Moments.ScaledMean"/>) are known: the shared pass of <see cref="InequalityProfile"/>.</summary>
    internal static double OfMoments(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double alpha,
        (double Weight, double WeightScale, double Mean, double ValueScale) moments)
    {
        (double w, double ws, double mean, double vs) = moments;
        var sum = new SignedExactSum();
        var last = new RepeatedIncome();
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws, yi = income[i];
            if (wi == 0)
                continue;
            double r = yi / mean;
            // Theil's wᵢ·rᵢ·ln rᵢ as (wᵢ·yᵢv)/(μv)·ln rᵢ, v the power of two that brings the largest income near 1:
            // wᵢyᵢ/μ ≤ W, so the factor cannot overflow where rᵢ alone would (an income 1e308 times the mean, from
            // weights of 1e308 on the poorest), and wᵢ·yᵢv ≤ 4 cannot either.
            if (alpha == 1)
                sum.Add(r > 0 ? wi * (yi * vs) / (mean * vs) * (last.Holds(yi) ? last.Value : last.Keep(yi, Scaling.LogRatio(yi, mean))) : 0.0);
            else
            {
                if (yi == 0 && alpha <= 0)
                    Guard.ThrowElement(nameof(income), i, yi, "a number > 0 (a zero income has no logarithm or negative power)");
                double f = last.Holds(yi) ? last.Value : last.Keep(yi, alpha == 0 ? Scaling.LogRatio(yi, mean) : Math.Pow(r, alpha));
                double term = alpha == 0 ? -wi * f : wi * (f - 1.0);
                if (!double.IsFinite(term))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GE({alpha}) of these incomes exceeds the range of a double: (y/μ)^α overflows at income[{i}] = {Guard.Show(yi)}; use α in [0, 1] or the mean log deviation."), nameof(alpha));
                sum.Add(term);
            }
        }
        double mass = sum.ToDouble() / w;
        double ge = alpha is 0 or 1 ? mass : mass / (alpha * (alpha - 1.0));
        if (!double.IsFinite(ge))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GE({alpha}) of these incomes exceeds the range of a double; use α in [0, 1] or the mean log deviation."), nameof(alpha));
        return Math.Max(0.0, ge); // only removes a rounding residue of −1e-17 for equal incomes; GE ≥ 0 by Jensen
    }
}
