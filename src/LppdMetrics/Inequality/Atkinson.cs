namespace LppdMetrics.Inequality;

/// <summary>The Atkinson index A(ε): the share of total income society would give up for equality (Atkinson 1970).</summary>
/// <remarks>
/// <para>With μ the weighted mean: A(ε) = 1 − [(1/W) Σ wᵢ (yᵢ/μ)^(1−ε)]^(1/(1−ε)) for ε ≠ 1, and
/// A(1) = 1 − exp((1/W) Σ wᵢ ln(yᵢ/μ)) (one minus the geometric over the arithmetic mean). As in convey
/// <c>svyatk</c> and ineq <c>Atkinson</c>. A fraction in [0, 1]; 0 at ε = 0 or for equal incomes.</para>
/// <para><b>Edges.</b> ε negative or not finite, and bad input as for <see cref="Gini"/>, throw. For ε ≥ 1 a zero income
/// (positive weight) has no logarithm or an infinite negative power: <see cref="ArgumentException"/> with its index.
/// Any other finite data and any finite ε give the right value: where a weight is subnormal relative to the largest,
/// yᵢ/μ overflows or underflows, or a power (yᵢ/μ)^(1−ε) passes 1.8e308 (ε &gt; 1 on a very poor income, or a large ε),
/// the equally distributed equivalent is taken as log₂(ede/μ) = log₂(y_p/μ) + log₂(T)/(1 − ε) with y_p the income of the
/// largest power and T ≤ 1 (within about 10⁻¹²): A(10⁸) of incomes 1 and 1.0001 is 5.0·10⁻⁵, near 1 − min y/μ, not 1.</para>
/// <para><b>ε near 1.</b> For |1 − ε| &lt; 1/16 the power mean is taken as M − 1 = (1/W) Σ wᵢ expm1((1 − ε) ln(yᵢ/μ))
/// and A = −expm1(log1p(M − 1)/(1 − ε)): the powers (yᵢ/μ)^(1−ε) round to 1 ± a few ulp there, and M^(1/(1−ε)) kept no
/// digit (A(0.9999999999999999) of incomes 1…6 was 0, not A(1) = 0.129).</para>
/// </remarks>
public static class Atkinson
{
    // Below this |1 − ε| the power mean is taken through expm1 and log1p (see the remarks).
    private const double NearOne = 1.0 / 16;

    /// <summary>Whether A(ε) takes its power mean through expm1 and log1p: ε ≠ 1 and |1 − ε| &lt; 1/16.</summary>
    internal static bool IsNearOne(double epsilon) => epsilon != 1 && Math.Abs(1.0 - epsilon) < NearOne;

    /// <summary>(y/c)^(1−ε) − 1 for ε near 1 (<see cref="IsNearOne"/>): −1 for y = 0 (then ε &lt; 1), else expm1((1 − ε) ln(y/c)).</summary>
    internal static double PowerMinusOne(double income, double scale, double epsilon) =>
        income == 0 ? -1.0 : Numbers.Scaling.ExpM1((1.0 - epsilon) * Numbers.Scaling.LogRatio(income, scale));

    /// <summary>The weighted Atkinson index.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0 (&gt; 0 when ε ≥ 1), not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="epsilon">Inequality aversion ε ≥ 0 (0.5, 1 and 2 are usual).</param>
    /// <returns>A(ε) in [0, 1].</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double epsilon)
    {
        Guard.FiniteNonNegative(epsilon);
        (double[]? lifted, var moments) = Moments.ScaledLifted(income, weights, nameof(income), nameof(weights));
        return OfMoments(lifted is null ? income : lifted, weights, epsilon, moments);
    }

    /// <summary>A(ε) of checked data whose scaled moments (<see cref="Moments.ScaledMean"/>) are known: the shared pass of <see cref="InequalityProfile"/>.</summary>
    internal static double OfMoments(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double epsilon,
        (double Weight, double WeightScale, double Mean, double ValueScale) moments)
    {
        (double w, double ws, double mean, _) = moments;
        if (epsilon == 0)
            return 0.0;
        var sum = new Numbers.SignedExactSum();
        var last = new RepeatedIncome();
        bool wide = false, nearOne = IsNearOne(epsilon);
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws, yi = income[i];
            if (weights[i] == 0)
                continue;
            if (yi == 0 && epsilon >= 1)
                Guard.ThrowElement(nameof(income), i, yi, "a number > 0 (ε ≥ 1 takes a logarithm or a negative power)");
            if (epsilon == 1)
            {
                sum.Add(wi * (last.Holds(yi) ? last.Value : last.Keep(yi, Numbers.Scaling.LogRatio(yi, mean))));
                continue;
            }
            if (nearOne)
            {
                // |(1 − ε) ln(yᵢ/μ)| < 1 455/16: the power cannot overflow.
                double power = last.Holds(yi) ? last.Value : last.Keep(yi, PowerMinusOne(yi, mean, epsilon));
                if (!double.IsNormal(wi))
                    wide = true;
                else
                    sum.Add(wi * power);
                continue;
            }
            double r = yi / mean, term = wi * (last.Holds(yi) ? last.Value : last.Keep(yi, Math.Pow(r, 1.0 - epsilon)));
            // A weight below the normal range, a ratio yᵢ/μ that overflowed or underflowed, or a power beyond a double
            // (ε > 1 and a poor income, or a large ε): the terms are taken from the binary exponents instead.
            if (!double.IsNormal(wi) || (yi > 0 && !double.IsNormal(r)) || !double.IsFinite(term))
                wide = true;
            else
                sum.Add(term);
        }
        double m = sum.ToDouble() / w;
        if (nearOne && !wide)
            return Math.Clamp(-Numbers.Scaling.ExpM1(Numbers.Scaling.LogP1(m) / (1.0 - epsilon)), 0.0, 1.0);
        double ede;
        if (!wide && double.IsFinite(m))
            ede = epsilon == 1 ? Math.Exp(m) : Math.Pow(m, 1.0 / (1.0 - epsilon));
        else
        {
            // ede/μ = M^(1/β), β = 1 − ε, with M = (y_p/μ)^β·T (Moments.WidePowerMean): log₂(ede/μ) = log₂(y_p/μ) + log₂(T)/β,
            // which no power of a ratio can overflow (ε = 1e8 on incomes 1 and 1.0001 gave 1 instead of 5e-5).
            double beta = 1.0 - epsilon;
            (long d, double l, double tm, long te) = Moments.WidePowerMean(income, weights, w, ws, mean, beta);
            // d + te/β, exponents of up to 2^11 each, taken as an integer plus a remainder (te − round(te/β)·β by one
            // fused multiply-add) so that the fractions are added before the integer: d + l + (log₂ tm + te)/β summed
            // as written kept about 42 bits (A(2) of y = (2^1000, 9·2^-1074), w = (2^1000, 2^-1074): 0.10000000000013942).
            double whole = Math.Round(te / beta);
            double rest = Math.FusedMultiplyAdd(-whole, beta, te) / beta;
            ede = double.Exp2((d + whole) + (l + (Math.Log2(tm) / beta + rest)));
        }
        return Math.Clamp(1.0 - ede, 0.0, 1.0);
    }
}
