using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LppdMetrics.Numbers;

namespace LppdMetrics.Poverty;

/// <summary>
/// Foster–Greer–Thorbecke poverty indices from household microdata (Susenas-style consumption per capita with
/// expansion weights): P0, P1, P2 in one pass, and FGT(α) for any α ≥ 0.
/// </summary>
/// <remarks>
/// <para>Pα = (1/W) Σ_{yᵢ &lt; z} wᵢ ((z − yᵢ)/z)^α with W = Σ wᵢ (BPS: "penduduk miskin adalah penduduk dengan
/// rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan"; Foster, Greer and Thorbecke 1984).
/// A person is poor when consumption is <i>strictly below</i> the line, as BPS, the World Bank PIP and laeken
/// count; <see cref="PovertyLineRule.AtOrBelow"/> (convey) is an explicit option.</para>
/// <para><b>Edges.</b> Empty input, a length mismatch, NaN or ±∞ anywhere, negative consumption, negative
/// weights, weights summing to 0, or a poverty line that is ≤ 0 or not finite: <see cref="ArgumentException"/>
/// naming the parameter (and for spans the index and value of the first bad element). Zero weights are allowed
/// (the observation counts for nothing). Zero consumption is allowed (its gap is 1). Inputs are never mutated.</para>
/// <para><b>Speed and determinism.</b> <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/>
/// reads the two arrays once, validating in the same pass, and allocates nothing; it sums in eight lanes (two
/// 4-lane vector accumulators, or the same steps in scalars where the hardware lacks 256-bit vectors) combined in a
/// fixed order, so the result is the same bits everywhere. <see cref="FgtAccumulator"/> sums exactly instead
/// (order- and split-independent, about 5× slower); the two agree to within a few units in the last place.</para>
/// </remarks>
public static class Fgt
{
    /// <summary>Weighted P0, P1, P2 at <paramref name="povertyLine"/>, counting as poor y &lt; z (BPS).</summary>
    /// <param name="consumption">Consumption (or income) per capita yᵢ, finite, ≥ 0, in the unit of the line.</param>
    /// <param name="weights">Expansion weights wᵢ (people represented), finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z (garis kemiskinan), finite, ≥ 2^-1022 (the smallest normal double; in practice any positive line).</param>
    /// <returns>P0, P1, P2 (fractions), the weighted poor and the weighted population.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static FgtResult Compute(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine) =>
        Compute(consumption, weights, povertyLine, PovertyLineRule.StrictlyBelow);

    /// <summary>Weighted P0, P1, P2 at <paramref name="povertyLine"/> with an explicit comparison rule.</summary>
    /// <param name="consumption">Consumption per capita yᵢ, finite, ≥ 0.</param>
    /// <param name="weights">Expansion weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double).</param>
    /// <param name="rule">Who counts as poor; <see cref="PovertyLineRule.StrictlyBelow"/> is the BPS convention.</param>
    /// <returns>P0, P1, P2 (fractions), the weighted poor and the weighted population.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static FgtResult Compute(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine, PovertyLineRule rule)
    {
        CheckLine(povertyLine);
        Guard.NotEmpty(consumption);
        Guard.SameLength(consumption.Length, weights.Length, nameof(consumption), nameof(weights));
        CheckRule(rule);
        bool atOrBelow = rule == PovertyLineRule.AtOrBelow;
        Sums s = Kernel(consumption, weights, povertyLine, atOrBelow, 1.0);
        if (s.Bad)
        {
            Guard.AllFiniteNonNegative(consumption);
            Guard.AllFiniteNonNegative(weights);
        }
        if (s.Weight > 0 && !(s.Weight >= SmallestUnscaledTotal && s.Weight <= double.MaxValue))
        {
            // Tiny weights (w·g would underflow) or a total beyond a double: run again with the weights scaled by a
            // power of two (exact), so the largest is near 1; the indices are ratios, unchanged by the scale.
            double scale = Scaling.PowerOfTwo(Scaling.Max(weights));
            Sums scaled = Kernel(consumption, weights, povertyLine, atOrBelow, scale);
            double population = scaled.Weight / scale;
            if (!double.IsFinite(population))
                throw new ArgumentException("The weights sum to more than a double holds (about 1.8e308); divide them all by the same factor, which leaves every index unchanged.", nameof(weights));
            double w = scaled.Weight;
            return new FgtResult(scaled.Poor / w, scaled.Gap / w, scaled.Squared / w, scaled.Poor / scale, population, povertyLine, rule);
        }
        return Finish(s, povertyLine, rule, nameof(weights));
    }

    /// <summary>Unweighted P0, P1, P2 (every household or person weight 1), counting as poor y &lt; z.</summary>
    /// <param name="consumption">Consumption per capita yᵢ, finite, ≥ 0, at least one.</param>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double).</param>
    /// <returns>P0, P1, P2 (fractions); the populations are counts.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static FgtResult Compute(ReadOnlySpan<double> consumption, double povertyLine) =>
        Compute(consumption, povertyLine, PovertyLineRule.StrictlyBelow);

    /// <summary>Unweighted P0, P1, P2 with an explicit comparison rule.</summary>
    /// <param name="consumption">Consumption per capita yᵢ, finite, ≥ 0, at least one.</param>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double).</param>
    /// <param name="rule">Who counts as poor.</param>
    /// <returns>P0, P1, P2 (fractions); the populations are counts.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static FgtResult Compute(ReadOnlySpan<double> consumption, double povertyLine, PovertyLineRule rule)
    {
        CheckLine(povertyLine);
        Guard.NotEmpty(consumption);
        CheckRule(rule);
        Sums s = Kernel(consumption, default, povertyLine, rule == PovertyLineRule.AtOrBelow, 1.0);
        if (s.Bad)
            Guard.AllFiniteNonNegative(consumption);
        return Finish(s, povertyLine, rule, nameof(consumption));
    }

    /// <summary>
    /// FGT(α) for any α ≥ 0: (1/W) Σ_{poor} wᵢ ((z − yᵢ)/z)^α. α = 0 is the headcount, 1 the gap, 2 the severity;
    /// larger α weighs the poorest more.
    /// </summary>
    /// <param name="consumption">Consumption per capita yᵢ, finite, ≥ 0.</param>
    /// <param name="weights">Expansion weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double).</param>
    /// <param name="alpha">The poverty-aversion parameter α, finite, ≥ 0.</param>
    /// <param name="rule">Who counts as poor; strictly below by default (BPS).</param>
    /// <returns>FGT(α), a fraction in [0, 1]. The sums are exact (order-independent), rounded once.</returns>
    /// <exception cref="ArgumentException">See the type's remarks, and α negative or not finite.</exception>
    public static double Index(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine, double alpha,
        PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        Guard.FiniteNonNegative(alpha);
        CheckMicrodata(consumption, weights, povertyLine, rule);
        return IndexOfChecked(consumption, weights, povertyLine, alpha, rule);
    }

    /// <summary><see cref="Index"/> on input its caller has checked (as <see cref="CheckMicrodata"/> and a finite α ≥ 0 do).</summary>
    internal static double IndexOfChecked(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine, double alpha,
        PovertyLineRule rule)
    {
        // The weights are multiplied by the power of two that brings the largest near 1 (exact; the index is a ratio of
        // two weighted sums, unchanged by it): weights of 1e308 cannot make the totals overflow (∞/∞), and subnormal
        // weights do not lose their products w·g to underflow (5e-324 × 0.3 was 0). Ordinary weights keep their bits.
        double max = Scaling.Max(weights);
        if (!(max > 0))
            Guard.ThrowZeroTotal(nameof(weights));
        double scale = Scaling.PowerOfTwo(max);
        var total = new ExactSum();
        var poor = new ExactSum();
        for (int i = 0; i < consumption.Length; i++)
        {
            double y = consumption[i], w = weights[i] * scale;
            total.Add(w);
            if (IsPoor(y, povertyLine, rule))
            {
                double g = Gap(y, povertyLine);
                poor.Add(alpha switch
                {
                    0 => w,
                    1 => w * g,
                    2 => w * g * g,
                    _ => w * Math.Pow(g, alpha),
                });
            }
        }
        return Math.Min(1.0, poor.ToDouble() / total.ToDouble());
    }

    // Below this total weight the products w·g may lose bits to underflow: the kernel runs again on scaled weights.
    private static readonly double SmallestUnscaledTotal = Math.ScaleB(1.0, -600);

    /// <summary>
    /// Who is poor, the one definition every FGT path uses (<see cref="Index"/>, <see cref="FgtAccumulator"/> and so
    /// <see cref="FgtDecomposition"/>, <see cref="FgtPrecision"/>, <see cref="Watts"/>): y &lt; z under
    /// <see cref="PovertyLineRule.StrictlyBelow"/> (BPS), y ≤ z under <see cref="PovertyLineRule.AtOrBelow"/>. The
    /// vectorised kernel of <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double, PovertyLineRule)"/>
    /// compares lanes with the same operators; a test holds it to this definition at the line and just below it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPoor(double y, double z, PovertyLineRule rule) =>
        rule == PovertyLineRule.AtOrBelow ? y <= z : y < z;

    /// <summary>The normalised gap g = min((z − y)·(1/z), 1) of a poor person (<see cref="IsPoor"/>), computed the same way by every FGT path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Gap(double y, double z) => Math.Min((z - y) * (1.0 / z), 1.0);

    /// <summary>
    /// The checks of a microdata index over every observation: the poverty line finite and &gt; 0, at least one
    /// observation, as many weights as consumptions, a defined <paramref name="rule"/>, and every consumption and weight
    /// finite and ≥ 0 (the error names the parameter and index).
    /// </summary>
    internal static void CheckMicrodata(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine,
        PovertyLineRule rule)
    {
        CheckLine(povertyLine);
        Guard.NotEmpty(consumption);
        Guard.SameLength(consumption.Length, weights.Length, nameof(consumption), nameof(weights));
        CheckRule(rule);
        Guard.AllFiniteNonNegative(consumption);
        Guard.AllFiniteNonNegative(weights);
    }

    /// <summary>The smallest poverty line taken: 2^-1022 (2.2e-308, the smallest normal double), so that 1/z is finite.</summary>
    internal static readonly double SmallestLine = Math.ScaleB(1.0, -1022);

    /// <summary>A poverty line z is finite and at least <see cref="SmallestLine"/>: the normalised gap multiplies by 1/z,
    /// which overflows below it (a line of 5e-324 gave NaN gaps).</summary>
    internal static void CheckLine(double povertyLine, [CallerArgumentExpression(nameof(povertyLine))] string? paramName = null)
    {
        if (!double.IsFinite(povertyLine) || povertyLine < SmallestLine)
            Guard.ThrowOutOfRange(paramName, povertyLine, "a finite number ≥ 2.2250738585072014E-308 (the smallest normal double: the normalised gap divides by the line)");
    }

    internal static void CheckRule(PovertyLineRule rule)
    {
        if (rule is not (PovertyLineRule.StrictlyBelow or PovertyLineRule.AtOrBelow))
            throw new ArgumentOutOfRangeException(nameof(rule), rule, string.Create(CultureInfo.InvariantCulture, $"rule is {rule}; expected StrictlyBelow or AtOrBelow."));
    }

    private static FgtResult Finish(in Sums s, double z, PovertyLineRule rule, string weightsName)
    {
        if (!(s.Weight > 0))
            Guard.ThrowZeroTotal(weightsName);
        if (!double.IsFinite(s.Weight))
            throw new ArgumentException("The weights sum to more than a double can hold; rescale them.", weightsName);
        double w = s.Weight;
        return new FgtResult(s.Poor / w, s.Gap / w, s.Squared / w, s.Poor, w, z, rule);
    }

    internal struct Sums
    {
        public double Weight, Poor, Gap, Squared;
        public bool Bad;
    }

    // A finite double ≥ 0 has bits ≤ those of double.MaxValue as an unsigned integer (−0 is flagged too and let
    // through by the guard that rechecks flagged input).
    private const ulong FiniteNonNegativeLimit = 0x7FEF_FFFF_FFFF_FFFFUL;

    /// <summary>
    /// One pass: W = Σw, Wp = Σ w·[poor], G = Σ w·g, G2 = Σ w·g·g with g = min((z − y)·(1/z), 1) for the poor and 0
    /// otherwise. The summation order is fixed, whatever the hardware: eight lanes, lane k taking the elements
    /// i ≡ k (mod 8) of the leading blocks of eight (then one block of four, if left, into lanes 0–3), combined as
    /// ((l0 + l4) + (l1 + l5)) + ((l2 + l6) + (l3 + l7)), then the last 0–3 elements left to right. With 256-bit
    /// vector hardware the lanes are two vector accumulators; without it <see cref="ScalarKernel"/> takes the same
    /// steps in scalars, so the result is the same bits on every machine. With an empty <paramref name="weights"/>
    /// every weight is 1.
    /// </summary>
    internal static Sums Kernel(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double z, bool atOrBelow, double weightScale) =>
        Vector256.IsHardwareAccelerated
            ? VectorKernel(consumption, weights, z, atOrBelow, weightScale)
            : ScalarKernel(consumption, weights, z, atOrBelow, weightScale);

    /// <summary><see cref="Kernel"/> with two 4-lane vector accumulators per sum.</summary>
    [SkipLocalsInit]
    internal static Sums VectorKernel(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double z, bool atOrBelow, double weightScale)
    {
        bool unit = weights.IsEmpty;
        ref double y0 = ref MemoryMarshal.GetReference(consumption);
        ref double w0 = ref MemoryMarshal.GetReference(weights);
        nint n = consumption.Length;
        nint i = 0;
        var sums = new Sums();
        double invZ = 1.0 / z;
        Vector256<double> aW = Vector256<double>.Zero, aP = aW, aG = aW, aG2 = aW, bW = aW, bP = aW, bG = aW, bG2 = aW;
        if (n >= 4)
        {
            Vector256<double> vz = Vector256.Create(z), vInvZ = Vector256.Create(invZ), one = Vector256.Create(1.0), vScale = Vector256.Create(weightScale);
            Vector256<ulong> limit = Vector256.Create(FiniteNonNegativeLimit), bad = Vector256<ulong>.Zero;
            for (; i <= n - 8; i += 8)
            {
                // Lanes 0–3 (a) take elements i … i + 3, lanes 4–7 (b) elements i + 4 … i + 7.
                Vector256<double> ya = Vector256.LoadUnsafe(ref y0, (nuint)i), yb = Vector256.LoadUnsafe(ref y0, (nuint)(i + 4));
                Vector256<double> wa = unit ? one : Vector256.LoadUnsafe(ref w0, (nuint)i) * vScale;
                Vector256<double> wb = unit ? one : Vector256.LoadUnsafe(ref w0, (nuint)(i + 4)) * vScale;
                bad |= (Vector256.GreaterThan(ya.AsUInt64(), limit) | Vector256.GreaterThan(wa.AsUInt64(), limit))
                    | (Vector256.GreaterThan(yb.AsUInt64(), limit) | Vector256.GreaterThan(wb.AsUInt64(), limit));
                Vector256<double> pa = atOrBelow ? Vector256.LessThanOrEqual(ya, vz) : Vector256.LessThan(ya, vz);
                Vector256<double> pb = atOrBelow ? Vector256.LessThanOrEqual(yb, vz) : Vector256.LessThan(yb, vz);
                Vector256<double> ga = Vector256.Min((vz - ya) * vInvZ, one) & pa, gb = Vector256.Min((vz - yb) * vInvZ, one) & pb;
                Vector256<double> wga = wa * ga, wgb = wb * gb;
                aW += wa;
                bW += wb;
                aP += wa & pa;
                bP += wb & pb;
                aG += wga;
                bG += wgb;
                aG2 += wga * ga;
                bG2 += wgb * gb;
            }
            if (i <= n - 4)
            {
                Vector256<double> ya = Vector256.LoadUnsafe(ref y0, (nuint)i);
                Vector256<double> wa = unit ? one : Vector256.LoadUnsafe(ref w0, (nuint)i) * vScale;
                bad |= Vector256.GreaterThan(ya.AsUInt64(), limit) | Vector256.GreaterThan(wa.AsUInt64(), limit);
                Vector256<double> pa = atOrBelow ? Vector256.LessThanOrEqual(ya, vz) : Vector256.LessThan(ya, vz);
                Vector256<double> ga = Vector256.Min((vz - ya) * vInvZ, one) & pa;
                Vector256<double> wga = wa * ga;
                aW += wa;
                aP += wa & pa;
                aG += wga;
                aG2 += wga * ga;
                i += 4;
            }
            sums.Bad = bad != Vector256<ulong>.Zero;
        }
        sums.Weight = Combine(aW + bW);
        sums.Poor = Combine(aP + bP);
        sums.Gap = Combine(aG + bG);
        sums.Squared = Combine(aG2 + bG2);
        for (; i < n; i++)
            AddScalar(ref sums, Unsafe.Add(ref y0, i), unit ? 1.0 : Unsafe.Add(ref w0, i) * weightScale, z, invZ, atOrBelow);
        return sums;
    }

    /// <summary><see cref="Kernel"/> in scalars: the same eight lanes, the same combination, the same bits.</summary>
    internal static Sums ScalarKernel(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double z, bool atOrBelow, double weightScale)
    {
        bool unit = weights.IsEmpty;
        int n = consumption.Length, i = 0;
        double invZ = 1.0 / z;
        Span<Sums> lanes = stackalloc Sums[8];
        lanes.Clear();
        for (; i <= n - 8; i += 8)
            for (int k = 0; k < 8; k++)
                AddScalar(ref lanes[k], consumption[i + k], unit ? 1.0 : weights[i + k] * weightScale, z, invZ, atOrBelow);
        if (i <= n - 4)
        {
            for (int k = 0; k < 4; k++)
                AddScalar(ref lanes[k], consumption[i + k], unit ? 1.0 : weights[i + k] * weightScale, z, invZ, atOrBelow);
            i += 4;
        }
        var sums = new Sums
        {
            Weight = Combine(lanes, static l => l.Weight),
            Poor = Combine(lanes, static l => l.Poor),
            Gap = Combine(lanes, static l => l.Gap),
            Squared = Combine(lanes, static l => l.Squared),
        };
        foreach (Sums l in lanes)
            sums.Bad |= l.Bad;
        for (; i < n; i++)
            AddScalar(ref sums, consumption[i], unit ? 1.0 : weights[i] * weightScale, z, invZ, atOrBelow);
        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScalar(ref Sums sums, double y, double w, double z, double invZ, bool atOrBelow)
    {
        sums.Bad |= BitConverter.DoubleToUInt64Bits(y) > FiniteNonNegativeLimit || BitConverter.DoubleToUInt64Bits(w) > FiniteNonNegativeLimit;
        bool poor = atOrBelow ? y <= z : y < z;
        double g = poor ? Math.Min((z - y) * invZ, 1.0) : 0.0;
        double wg = w * g;
        sums.Weight += w;
        sums.Poor += poor ? w : 0.0;
        sums.Gap += wg;
        sums.Squared += wg * g;
    }

    private static double Combine(ReadOnlySpan<Sums> lanes, Func<Sums, double> field) =>
        ((field(lanes[0]) + field(lanes[4])) + (field(lanes[1]) + field(lanes[5]))) + ((field(lanes[2]) + field(lanes[6])) + (field(lanes[3]) + field(lanes[7])));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Combine(Vector256<double> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));
}
