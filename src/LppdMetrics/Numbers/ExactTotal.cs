using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    public static double Of(ReadOnlySpan<double> weights) =>
        OrNull(weights) ?? throw new ArgumentException("The weights sum to more than a double holds (about 1.8e308); divide them all by the same factor.", nameof(weights));

    /// <summary>Σ wᵢ as <see cref="Of"/>, or null when the total exceeds the largest double (bad weights still throw).</summary>
    internal static unsafe double? OrNull(ReadOnlySpan<double> weights)
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
        return double.IsFinite(total) ? total : null;
    }

    private const int ParallelThreshold = 1 << 16;

    /// <summary>
    /// 2⁵³: whole numbers whose plain sum stays below it sum exactly in doubles, in any order and any split (every
    /// partial sum is an integer below 2⁵³, and a rounded sum is never below 2⁵³ when the exact one is not).
    /// </summary>
    internal const double WholeLimit = 9007199254740992.0;

    /// <summary>
    /// One pass over weights: whether any is NaN, infinite or negative, whether any is not a whole number, and their
    /// plain sum in four lanes (the exact total when no weight has a fraction and the sum is below
    /// <see cref="WholeLimit"/>: whole numbers sum exactly in any order below 2⁵³, and in any order the rounded sum is
    /// below 2⁵³ only when the exact one is).
    /// </summary>
    internal static (bool Bad, bool Fraction, double Sum) Scan(ReadOnlySpan<double> weights)
    {
        // A weight w in [0, 2^52) is whole exactly when (w + 2^52) − 2^52 = w (the addition rounds w to an integer);
        // every double from 2^52 up is whole. SSE2 and Neon do this in 128-bit vectors, so the Native AOT build (for
        // any x64) is vectorised as well.
        Vector128<double> zero = Vector128<double>.Zero, infinity = Vector128.Create(double.PositiveInfinity), big = Vector128.Create(4503599627370496.0);
        Vector128<double> sumA = zero, sumB = zero, outside = zero, fractions = zero;
        ref double start = ref MemoryMarshal.GetReference(weights);
        int i = 0;
        for (; i <= weights.Length - 4; i += 4)
        {
            Vector128<double> a = Vector128.LoadUnsafe(ref start, (nuint)i), b = Vector128.LoadUnsafe(ref start, (nuint)(i + 2));
            outside |= ~(Vector128.GreaterThanOrEqual(a, zero) & Vector128.LessThan(a, infinity))
                | ~(Vector128.GreaterThanOrEqual(b, zero) & Vector128.LessThan(b, infinity));
            fractions |= (Vector128.LessThan(a, big) & ~Vector128.Equals(a + big - big, a))
                | (Vector128.LessThan(b, big) & ~Vector128.Equals(b + big - big, b));
            sumA += a;
            sumB += b;
        }
        bool bad = outside.ExtractMostSignificantBits() != 0, fraction = fractions.ExtractMostSignificantBits() != 0;
        Vector128<double> sum = sumA + sumB;
        double plain = sum.GetElement(0) + sum.GetElement(1);
        for (; i < weights.Length; i++)
        {
            double w = weights[i];
            bad |= !(w >= 0 && w <= double.MaxValue);
            fraction |= w < 4503599627370496.0 && w + 4503599627370496.0 - 4503599627370496.0 != w;
            plain += w;
        }
        return (bad, fraction, plain);
    }
}
