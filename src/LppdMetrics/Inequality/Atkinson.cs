namespace LppdMetrics.Inequality;

/// <summary>The Atkinson index A(ε): the share of total income society would give up for equality (Atkinson 1970).</summary>
/// <remarks>
/// <para>With μ the weighted mean: A(ε) = 1 − [(1/W) Σ wᵢ (yᵢ/μ)^(1−ε)]^(1/(1−ε)) for ε ≠ 1, and
/// A(1) = 1 − exp((1/W) Σ wᵢ ln(yᵢ/μ)) (one minus the geometric over the arithmetic mean). As in convey
/// <c>svyatk</c> and ineq <c>Atkinson</c>. A fraction in [0, 1]; 0 at ε = 0 or for equal incomes.</para>
/// <para><b>Edges.</b> ε negative or not finite, and bad input as for <see cref="Gini"/>, throw. For ε ≥ 1 a zero income
/// (positive weight) has no logarithm or an infinite negative power: <see cref="ArgumentException"/> with its index.</para>
/// </remarks>
public static class Atkinson
{
    /// <summary>The weighted Atkinson index.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0 (&gt; 0 when ε ≥ 1), not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="epsilon">Inequality aversion ε ≥ 0 (0.5, 1 and 2 are usual).</param>
    /// <returns>A(ε) in [0, 1].</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double epsilon)
    {
        Guard.FiniteNonNegative(epsilon);
        return OfMoments(income, weights, epsilon, Moments.ScaledMean(income, weights, nameof(income), nameof(weights)));
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
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws, yi = income[i];
            if (wi == 0)
                continue;
            if (yi == 0 && epsilon >= 1)
                Guard.ThrowElement(nameof(income), i, yi, "a number > 0 (ε ≥ 1 takes a logarithm or a negative power)");
            double r = yi / mean;
            double term = wi * (last.Holds(yi) ? last.Value
                : last.Keep(yi, epsilon == 1 ? Numbers.Scaling.LogRatio(yi, mean) : Math.Pow(r, 1.0 - epsilon)));
            if (double.IsPositiveInfinity(term))
                return 1.0; // ε > 1 and y/μ below 1e-308: the equally distributed equivalent is 0 relative to μ at double precision
            sum.Add(term);
        }
        double m = sum.ToDouble() / w;
        double ede = epsilon == 1 ? Math.Exp(m) : Math.Pow(m, 1.0 / (1.0 - epsilon));
        return Math.Clamp(1.0 - ede, 0.0, 1.0);
    }
}
