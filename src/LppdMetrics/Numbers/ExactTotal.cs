namespace LppdMetrics.Numbers;

/// <summary>The total of non-negative weights (a weighted population), summed exactly and rounded once.</summary>
/// <remarks>
/// The sum is kept without rounding (a superaccumulator) and rounded to nearest at the end, so the total is the same
/// bits under any order of the rows, and the same in every command that prints a weighted population.
/// </remarks>
public static class ExactTotal
{
    /// <summary>Σ wᵢ, exact, rounded once to the nearest double.</summary>
    /// <param name="weights">The weights: finite, ≥ 0 (the error names the first bad index and value).</param>
    /// <returns>The total, finite and ≥ 0.</returns>
    /// <exception cref="ArgumentException">A weight is NaN, infinite or negative, or the total exceeds the largest double (about 1.8e308).</exception>
    public static double Of(ReadOnlySpan<double> weights)
    {
        // Whole numbers totalling below 2^53 sum exactly in doubles, in any order (every partial sum is an integer
        // below 2^53): then the plain sum is the exact total. Any other weights go to the exact accumulator.
        double plain = 0;
        bool bad = false, fraction = false;
        foreach (double w in weights)
        {
            bad |= !(w >= 0 && w <= double.MaxValue);
            fraction |= (double)(long)w != w; // not Math.Floor: a call on x64 without SSE4.1; safe as "fraction" above 2^63
            plain += w;
        }
        if (bad)
            Guard.AllFiniteNonNegative(weights);
        if (!fraction && plain < 9007199254740992.0)
            return plain;
        var sum = new ExactSum();
        foreach (double w in weights)
            sum.Add(w);
        double total = sum.ToDouble();
        if (!double.IsFinite(total))
            throw new ArgumentException("The weights sum to more than a double holds (about 1.8e308); divide them all by the same factor.", nameof(weights));
        return total;
    }
}
