using System.Numerics;
using LppdMetrics.Numbers;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The side of a half on which the IPM 100·∛(I_kesehatan · I_pendidikan · I_pengeluaran) lies, decided without the
/// rounding of double arithmetic where the double result is within 10⁻¹¹ of a half of the printed precision: the
/// double can land a few units in its last place on the wrong side (UHH 64,13, HLS 14,89, RLS 11,63, x 11.548 give
/// 74,01499999999999627… exactly, the double 74,015, printed 74,02 instead of 74,01).
/// </summary>
/// <remarks>
/// The inputs are taken as their shortest decimal digits (the printed figures, as <see cref="ReportRounding.ToDecimal"/>
/// reads every double); I_kesehatan and I_pendidikan are then exact rationals, I_pengeluaran = ln(x/min)/ln(max/min)
/// is computed in fixed point with 256 fraction bits (2·atanh series), and the product is compared with the cube of the
/// half, (h/100)³, in integers. A product within 2⁻²⁴⁰ of that cube is taken as the half itself (a dimension index of
/// exactly 0 or 1 makes the product rational and the comparison exact).
/// </remarks>
internal static class CubeRootRounding
{
    private const int Bits = 256;
    private const int Places = 25;
    private static readonly BigInteger One = BigInteger.One << Bits;
    private static readonly BigInteger Tolerance = BigInteger.One << 16;
    private static readonly BigInteger Ln2 = 2 * Atanh(One / 3);

    /// <summary>
    /// <paramref name="unrounded"/> (the double IPM's shortest digits) where it lies on the same side of the nearest
    /// half of the printed places as the exact IPM or is not within 10⁻¹¹ of one (every IPM but those
    /// a hair from a half keeps its bits); otherwise the exact IPM to 25 places, on the exact side of the half.
    /// </summary>
    /// <param name="unrounded">The IPM of double arithmetic, 0–100.</param>
    /// <param name="lifeExpectancy">UHH as used (capped).</param>
    /// <param name="expectedSchooling">HLS as used (capped).</param>
    /// <param name="meanSchooling">RLS as used (capped).</param>
    /// <param name="expenditure">x as used (capped), in the method's unit.</param>
    /// <param name="m">The goalposts and the printed precision.</param>
    public static decimal Decide(decimal unrounded, double lifeExpectancy, double expectedSchooling, double meanSchooling,
        double expenditure, HumanDevelopmentMethod m)
    {
        if (m.PrintedDecimals > 20 || unrounded <= 0m)
            return unrounded; // beyond the 25 places computed here; an IPM of 0 is exact
        decimal unit = ReportRounding.UnitInLastPlace(m.PrintedDecimals);
        decimal half = Math.Floor(unrounded / unit) * unit + unit / 2;
        if (Math.Abs(unrounded - half) >= 1e-11m)
            return unrounded;
        ExactRational health = (Exact(lifeExpectancy) - Exact(m.LifeExpectancyMin)) / (Exact(m.LifeExpectancyMax) - Exact(m.LifeExpectancyMin));
        ExactRational education = (Exact(expectedSchooling) / Exact(m.ExpectedSchoolingMax) + Exact(meanSchooling) / Exact(m.MeanSchoolingMax))
            / ExactRational.Of(2m);
        double minimum = m.ExpenditureMin, maximum = m.ExpenditureMax;
        // P = h·e·I with h·e = a/b exactly and I·2^256 ≈ index (exact for I = 1).
        ExactRational he = health * education;
        BigInteger a = he.Numerator, b = he.Denominator;
        bool exactIndex = expenditure == maximum;
        BigInteger index = exactIndex ? One : ExpenditureIndex(Exact(expenditure), Exact(minimum), Exact(maximum));
        ExactRational c = ExactRational.Of(half) * ExactRational.Of(0.01m);
        BigInteger cn = BigInteger.Pow(c.Numerator, 3), cd = BigInteger.Pow(c.Denominator, 3);
        // P ≥ c³ ⟺ a·I·cd ≥ cn·b·2^256, I within 2^16 units of its value (exactly its value when I = 1).
        BigInteger difference = a * index * cd - cn * b * One;
        bool exactUp = difference.Sign >= 0 || (!exactIndex && BigInteger.Abs(difference) <= a * Tolerance * cd);
        if (exactUp == (unrounded >= half))
            return unrounded;
        // IPM·10^25 = ∛(P·10^81): its floor, then the neighbour on the exact side of the half.
        BigInteger scaled = IntegerCubeRoot(a * index * BigInteger.Pow(10, 3 * Places + 6) / (b * One));
        decimal step = ReportRounding.UnitInLastPlace(Places);
        decimal value = Scaled(scaled);
        return exactUp ? Math.Max(value + step, half) : Math.Min(value, half - step);
    }

    // A double as the exact rational of its shortest digits (the printed figure: 64.13, not the binary 64.12999…), or of
    // its binary value where a decimal cannot hold those digits (beyond 10²⁰ or below 10⁻⁸).
    private static ExactRational Exact(double value) =>
        value == 0 || (Math.Abs(value) >= 1e-8 && Math.Abs(value) < 1e20)
            ? ExactRational.Of(ReportRounding.ToDecimal(value))
            : ExactRational.OfBinary(value);

    // I = ln(x/min)/ln(max/min) times 2^256, within a few hundred units.
    private static BigInteger ExpenditureIndex(ExactRational x, ExactRational min, ExactRational max)
    {
        BigInteger numerator = Log(x.Numerator * min.Denominator, x.Denominator * min.Numerator);
        BigInteger denominator = Log(max.Numerator * min.Denominator, max.Denominator * min.Numerator);
        return (numerator << Bits) / denominator;
    }

    // ln(p/q)·2^256 for p, q > 0: p/q = m·2^k with m in [½, 2), ln = k·ln 2 + 2·atanh((m − 1)/(m + 1)), |t| ≤ ⅓.
    private static BigInteger Log(BigInteger p, BigInteger q)
    {
        long k = (long)p.GetBitLength() - (long)q.GetBitLength();
        BigInteger mp = k >= 0 ? p : p << (int)-k, mq = k >= 0 ? q << (int)k : q;
        return k * Ln2 + 2 * Atanh(((mp - mq) << Bits) / (mp + mq));
    }

    // atanh(t) = Σ t^(2j+1)/(2j+1) for a fixed-point |t| ≤ ⅓ (each term a ninth of the last at most), odd in t: the
    // series of |t| (a negative term would shift toward −1 and never reach 0).
    private static BigInteger Atanh(BigInteger t)
    {
        if (t.Sign < 0)
            return -Atanh(-t);
        BigInteger square = t * t >> Bits, term = t, sum = BigInteger.Zero;
        for (int j = 0; !term.IsZero; j++)
        {
            sum += term / (2 * j + 1);
            term = term * square >> Bits;
        }
        return sum;
    }

    // ⌊∛n⌋ for n ≥ 0 (Newton from above, then exact).
    private static BigInteger IntegerCubeRoot(BigInteger n)
    {
        if (n.IsZero)
            return n;
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 2) / 3);
        while (true)
        {
            BigInteger next = (2 * x + n / (x * x)) / 3;
            if (next >= x)
                break;
            x = next;
        }
        while (x * x * x > n)
            x -= 1;
        while ((x + 1) * (x + 1) * (x + 1) <= n)
            x += 1;
        return x;
    }

    // n·10^-25 as a decimal (n < 10^28).
    private static decimal Scaled(BigInteger n)
    {
        BigInteger mask = uint.MaxValue;
        return new decimal((int)(uint)(n & mask), (int)(uint)((n >> 32) & mask), (int)(uint)(n >> 64), false, Places);
    }
}
