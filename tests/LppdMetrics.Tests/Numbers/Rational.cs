using System.Numerics;

namespace LppdMetrics.Tests.Numbers;

/// <summary>An exact rational N/D (D &gt; 0) of BigIntegers, the test's independent arithmetic.</summary>
internal readonly record struct Rational(BigInteger N, BigInteger D)
{
    public static Rational One => new(1, 1);

    public static Rational OfInt(int n) => new(n, 1);

    public static Rational Of(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        int shift = exponent - 1075;
        return shift >= 0 ? new(new BigInteger(mantissa) << shift, 1) : new(mantissa, BigInteger.One << -shift);
    }

    public static Rational operator +(Rational a, Rational b) => new(a.N * b.D + b.N * a.D, a.D * b.D);
    public static Rational operator -(Rational a, Rational b) => new(a.N * b.D - b.N * a.D, a.D * b.D);
    public static Rational operator *(Rational a, Rational b) => new(a.N * b.N, a.D * b.D);
    public static Rational operator /(Rational a, Rational b) => b.N.Sign < 0 ? new(-a.N * b.D, a.D * -b.N) : new(a.N * b.D, a.D * b.N);

    public static Rational Sum(IEnumerable<Rational> values) => values.Aggregate(new Rational(0, 1), (s, v) => s + v);

    public static Rational Pow(Rational a, int k) =>
        k >= 0 ? new(BigInteger.Pow(a.N, k), BigInteger.Pow(a.D, k)) : One / new Rational(BigInteger.Pow(a.N, -k), BigInteger.Pow(a.D, -k));

    /// <summary>The nearest double to within 2^-60 relative (∞ beyond the range, 0 below it).</summary>
    public double ToDouble()
    {
        if (N.IsZero) return 0;
        BigInteger n = BigInteger.Abs(N);
        long k = (long)n.GetBitLength() - (long)D.GetBitLength() - 64;
        BigInteger q = k >= 0 ? n / (D << (int)k) : (n << (int)-k) / D;
        double v = Math.ScaleB((double)q, (int)Math.Clamp(k, -3000, 3000));
        return N.Sign < 0 ? -v : v;
    }

    /// <summary>ln(N/D) for N/D &gt; 0: from the leading 64 bits of N and D and the difference of their bit lengths, or
    /// for N/D within ½ of 1 as ln(1 + x), x = (N − D)/D exactly and ln(1 + x) = x·ln u/(u − 1), u = 1 + x rounded
    /// (Goldberg 1991, theorem 4): about 1e-16 relative either way, however near 1 the ratio is.</summary>
    public double Log()
    {
        if (2 * BigInteger.Abs(N - D) < D)
        {
            double x = new Rational(N - D, D).ToDouble(), u = 1 + x;
            return u == 1 ? x : x * Math.Log(u) / (u - 1);
        }
        long sn = Math.Max(0, (long)N.GetBitLength() - 64), sd = Math.Max(0, (long)D.GetBitLength() - 64);
        return Math.Log((double)(N >> (int)sn) / (double)(D >> (int)sd)) + (sn - sd) * Math.Log(2);
    }
}
