using System.Globalization;
using System.Numerics;

namespace LppdMetrics.Numbers;

/// <summary>
/// An exact rational number (numerator / denominator, denominator &gt; 0) for report arithmetic that must be rounded
/// once: quotients and means of quotients (SPM indices, ratios) carried exactly and brought to a
/// <see cref="decimal"/> only when printed, so that a value a hair from a half or a band bound is never moved across
/// it by the 28-place rounding of each intermediate.
/// </summary>
internal readonly record struct ExactRational
{
    private static readonly BigInteger DecimalLimit = new(decimal.MaxValue);
    private static readonly BigInteger Mask = new(uint.MaxValue);

    private ExactRational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, &gt; 0.</summary>
    public BigInteger Denominator { get; }

    /// <summary>The exact value of <paramref name="value"/>.</summary>
    public static ExactRational Of(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        return new(value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, value.Scale));
    }

    /// <summary>The exact binary value of the finite double <paramref name="value"/> (0,1 is 3602879701896397 / 2⁵⁵).</summary>
    public static ExactRational OfBinary(double value)
    {
        if (value == 0)
            return new(BigInteger.Zero, BigInteger.One);
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int exponent = (int)(bits >> 52);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        int shift = exponent - 1075;
        BigInteger n = value < 0 ? -new BigInteger(mantissa) : new BigInteger(mantissa);
        return shift >= 0 ? new(n << shift, BigInteger.One) : new(n, BigInteger.One << -shift);
    }

    /// <summary>numerator / denominator × scale, exactly.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is 0.</exception>
    public static ExactRational Quotient(decimal numerator, decimal denominator, decimal scale)
    {
        if (denominator == 0m)
            throw new DivideByZeroException();
        ExactRational n = Of(numerator), d = Of(denominator), s = Of(scale);
        return new(n.Numerator * s.Numerator * d.Denominator, n.Denominator * s.Denominator * d.Numerator);
    }

    /// <summary>The sum.</summary>
    public static ExactRational operator +(ExactRational a, ExactRational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The difference.</summary>
    public static ExactRational operator -(ExactRational a, ExactRational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The product.</summary>
    public static ExactRational operator *(ExactRational a, ExactRational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>The quotient; <paramref name="b"/> must not be 0.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is 0.</exception>
    public static ExactRational operator /(ExactRational a, ExactRational b) =>
        b.Numerator.IsZero ? throw new DivideByZeroException() : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The value divided by the count <paramref name="n"/> &gt; 0.</summary>
    public ExactRational DividedBy(int n) => new(Numerator, Denominator * n);

    /// <summary>The mean of <paramref name="values"/> (at least one).</summary>
    public static ExactRational Mean(IReadOnlyCollection<ExactRational> values)
    {
        var sum = new ExactRational(BigInteger.Zero, BigInteger.One);
        foreach (ExactRational v in values)
            sum += v;
        return sum.DividedBy(values.Count);
    }

    /// <summary>
    /// The value rounded once by <paramref name="rule"/> to <paramref name="decimals"/> places (0–28); when a decimal
    /// cannot carry that many places at this magnitude, to the most it can carry.
    /// </summary>
    /// <exception cref="OverflowException">The value exceeds the range of <see cref="decimal"/>.</exception>
    public decimal Round(int decimals, RoundingRule rule) => Round(decimals, rule, trimZeros: false);

    /// <summary>
    /// The value as a decimal with the most places a decimal carries, without trailing zeros: exact when it
    /// terminates there, otherwise the nearest decimal on that grid unless that one ends in 0, then the neighbour on
    /// the value's other side (ending in 1 or 9). An inexact value is thus never held as a number with fewer places,
    /// so every later comparison with a band bound, and every rounding to fewer places, decides as the exact value
    /// would (a value a hair below 91 is never 91,000…0); it differs from the value by less than one unit in its last
    /// place.
    /// </summary>
    /// <exception cref="OverflowException">The value exceeds the range of <see cref="decimal"/>.</exception>
    public decimal ToDecimal() => Round(ReportRounding.MaxDecimals, null, trimZeros: true);

    private decimal Round(int decimals, RoundingRule? rule, bool trimZeros)
    {
        BigInteger top = BigInteger.Abs(Numerator);
        bool negative = Numerator.Sign < 0;
        for (int places = decimals; places >= 0; places--)
        {
            BigInteger q = BigInteger.DivRem(top * BigInteger.Pow(10, places), Denominator, out BigInteger r);
            int half = (2 * r).CompareTo(Denominator);
            bool up = rule switch
            {
                // nearest, but an inexact value never ends in 0 (see ToDecimal)
                null => !r.IsZero && (half >= 0 ? !((q + 1) % 10).IsZero : (q % 10).IsZero),
                RoundingRule.HalfAwayFromZero => half >= 0,
                RoundingRule.HalfToEven => half > 0 || (half == 0 && !q.IsEven),
                RoundingRule.Truncate => false,
                _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, string.Create(CultureInfo.InvariantCulture, $"rule is {rule}; expected a defined RoundingRule.")),
            };
            if (up)
                q += 1;
            if (q > DecimalLimit)
                continue;
            int scale = places;
            while (trimZeros && scale > 0 && !q.IsZero && (q % 10).IsZero)
            {
                q /= 10;
                scale--;
            }
            if (trimZeros && q.IsZero)
                scale = 0;
            return new decimal((int)(uint)(q & Mask), (int)(uint)((q >> 32) & Mask), (int)(uint)(q >> 64), negative && !q.IsZero, (byte)scale);
        }
        throw new OverflowException("Value was either too large or too small for a Decimal.");
    }
}
