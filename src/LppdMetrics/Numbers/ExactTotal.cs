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
    public static unsafe double Of(ReadOnlySpan<double> weights)
    {
        // Whole numbers totalling below 2^53 sum exactly in doubles, in any order and any split (every partial sum is
        // an integer below 2^53): then the plain sum is the exact total, taken by two threads for long inputs. Any
        // other weights go to the exact accumulator.
        (bool Bad, bool Fraction, double Sum) first, second = default;
        int n = weights.Length;
        if (n < ParallelThreshold || Environment.ProcessorCount < 2)
            first = Scan(weights);
        else
        {
            int half = n / 2;
            first = default;
            fixed (double* start = weights)
            {
                double* p = start;
                Parallel.Invoke(
                    () => first = Scan(new ReadOnlySpan<double>(p, half)),
                    () => second = Scan(new ReadOnlySpan<double>(p + half, n - half)));
            }
        }
        if (first.Bad | second.Bad)
            Guard.AllFiniteNonNegative(weights);
        double plain = first.Sum + second.Sum;
        if (!(first.Fraction | second.Fraction) && plain < WholeLimit)
            return plain;
        var sum = new ExactSum();
        sum.Add(weights);
        double total = sum.ToDouble();
        if (!double.IsFinite(total))
            throw new ArgumentException("The weights sum to more than a double holds (about 1.8e308); divide them all by the same factor.", nameof(weights));
        return total;
    }

    private const int ParallelThreshold = 1 << 16;

    /// <summary>
    /// 2⁵³: whole numbers whose plain sum stays below it sum exactly in doubles, in any order and any split (every
    /// partial sum is an integer below 2⁵³, and a rounded sum is never below 2⁵³ when the exact one is not).
    /// </summary>
    internal const double WholeLimit = 9007199254740992.0;

    /// <summary>
    /// One pass over weights: whether any is NaN, infinite or negative, whether any is not a whole number, and their
    /// plain left-to-right sum (the exact total when no weight has a fraction and the sum is below <see cref="WholeLimit"/>).
    /// </summary>
    internal static (bool Bad, bool Fraction, double Sum) Scan(ReadOnlySpan<double> weights)
    {
        double plain = 0;
        bool bad = false, fraction = false;
        foreach (double w in weights)
        {
            bad |= !(w >= 0 && w <= double.MaxValue);
            fraction |= (double)(long)w != w; // not Math.Floor: a call on x64 without SSE4.1; safe as "fraction" above 2^63
            plain += w;
        }
        return (bad, fraction, plain);
    }
}
