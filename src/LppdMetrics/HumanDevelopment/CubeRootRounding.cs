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
    /// <param name="components">The components as used (capped) and the goalposts, with the printed precision.</param>
    public static decimal Decide(decimal unrounded, Components components)
    {
        HumanDevelopmentMethod m = components.Method;
        if (m.PrintedDecimals > 20 || unrounded <= 0m)
            return unrounded; // beyond the 25 places computed here; an IPM of 0 is exact
        if (NearHalf(unrounded, m.PrintedDecimals) is not decimal half)
            return unrounded;
        Product p = Of(components);
        ExactRational c = ExactRational.Of(half) * ExactRational.Of(0.01m);
        BigInteger cn = BigInteger.Pow(c.Numerator, 3), cd = BigInteger.Pow(c.Denominator, 3);
        // P ≥ c³ ⟺ a·I·cd ≥ cn·b·2^256, I within 2^16 units of its value (exactly its value when I = 1).
        BigInteger difference = p.A * p.Index * cd - cn * p.B * One;
        bool exactUp = difference.Sign >= 0 || (!p.Exact && BigInteger.Abs(difference) <= p.A * Tolerance * cd);
        if (exactUp == (unrounded >= half))
            return unrounded;
        // IPM·10^25 = ∛(P·10^81).
        return OnSide(p.A * p.Index * BigInteger.Pow(10, 3 * Places + 6) / (p.B * One), half, exactUp);
    }

    /// <summary>
    /// The same decision for the IPG = 100·∛(P_f/P_m), the quotient of two IPMs: <paramref name="unrounded"/> (the
    /// decimal quotient of the two IPMs' digits) where it is not within 10⁻¹¹ of a half h of
    /// <paramref name="decimals"/> places or lies on the side of it the exact quotient does; otherwise the exact IPG to
    /// 25 places on its exact side, decided by P_f ≥ (h/100)³·P_m in integers (a difference within the error of the
    /// two logarithms, 2⁻²⁴⁰ relative, is taken as the half itself).
    /// </summary>
    /// <param name="unrounded">The IPG of the two IPMs' decimal digits, ≥ 0.</param>
    /// <param name="female">The female IPM's components.</param>
    /// <param name="male">The male IPM's components (an IPM &gt; 0).</param>
    /// <param name="decimals">The IPG's printed decimals.</param>
    public static decimal DecideQuotient(decimal unrounded, Components female, Components male, int decimals)
    {
        if (decimals is < 0 or > 20 || unrounded <= 0m || unrounded >= 7000m)
            return unrounded; // beyond the 25 places (and 28 digits) computed here; an IPG of 0 is exact
        if (NearHalf(unrounded, decimals) is not decimal half)
            return unrounded;
        Product f = Of(female), m = Of(male);
        ExactRational c = ExactRational.Of(half) * ExactRational.Of(0.01m);
        BigInteger cn = BigInteger.Pow(c.Numerator, 3), cd = BigInteger.Pow(c.Denominator, 3);
        // P_f ≥ c³·P_m ⟺ a_f·I_f·b_m·cd ≥ cn·a_m·I_m·b_f (the 2^256 of both indices cancels).
        BigInteger left = f.A * m.B * cd, right = cn * m.A * f.B;
        BigInteger difference = left * f.Index - right * m.Index;
        BigInteger tolerance = (f.Exact ? 0 : left * Tolerance) + (m.Exact ? 0 : right * Tolerance);
        bool exactUp = difference.Sign >= 0 || BigInteger.Abs(difference) <= tolerance;
        if (exactUp == (unrounded >= half))
            return unrounded;
        // IPG·10^25 = ∛(P_f/P_m·10^81).
        return OnSide(f.A * f.Index * m.B * BigInteger.Pow(10, 3 * Places + 6) / (f.B * m.A * m.Index), half, exactUp);
    }

    /// <summary>UHH, HLS, RLS and x as used (capped) and the goalposts of an IPM: what its exact product is computed from.</summary>
    internal readonly record struct Components(double LifeExpectancy, double ExpectedSchooling, double MeanSchooling,
        double Expenditure, HumanDevelopmentMethod Method);

    // P = A·Index/(B·2^256): A/B = I_kesehatan·I_pendidikan exactly, Index = I_pengeluaran·2^256 within 2^16 units,
    // exactly 2^256 when x is at the maximum (Exact).
    private readonly record struct Product(BigInteger A, BigInteger B, BigInteger Index, bool Exact);

    private static Product Of(Components c)
    {
        HumanDevelopmentMethod m = c.Method;
        ExactRational health = (Exact(c.LifeExpectancy) - Exact(m.LifeExpectancyMin)) / (Exact(m.LifeExpectancyMax) - Exact(m.LifeExpectancyMin));
        ExactRational education = (Exact(c.ExpectedSchooling) / Exact(m.ExpectedSchoolingMax) + Exact(c.MeanSchooling) / Exact(m.MeanSchoolingMax))
            / ExactRational.Of(2m);
        ExactRational he = health * education;
        bool exact = c.Expenditure == m.ExpenditureMax;
        BigInteger index = exact ? One : ExpenditureIndex(Exact(c.Expenditure), Exact(m.ExpenditureMin), Exact(m.ExpenditureMax));
        return new Product(he.Numerator, he.Denominator, index, exact);
    }

    // The half of the printed places nearest to value when value is within 10⁻¹¹ of it, else null.
    private static decimal? NearHalf(decimal value, int decimals)
    {
        decimal unit = ReportRounding.UnitInLastPlace(decimals);
        decimal half = Math.Floor(value / unit) * unit + unit / 2;
        return Math.Abs(value - half) < 1e-11m ? half : null;
    }

    // From the cube n of the value·10^25: its floor to 25 places, then the neighbour on the exact side of the half.
    private static decimal OnSide(BigInteger n, decimal half, bool up)
    {
        decimal value = Scaled(IntegerCubeRoot(n));
        decimal step = ReportRounding.UnitInLastPlace(Places);
        return up ? Math.Max(value + step, half) : Math.Min(value, half - step);
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
