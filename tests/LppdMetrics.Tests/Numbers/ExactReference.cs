using System.Numerics;

namespace LppdMetrics.Tests.Numbers;

/// <summary>An independent reference for exact sums of doubles: <see cref="BigInteger"/> units, and the test of
/// rounding to nearest (ties to even).</summary>
internal static class ExactReference
{
    /// <summary>The value in units of 2⁻¹⁰⁷⁵ (so that midpoints between doubles are integers).</summary>
    public static BigInteger HalfUnits(double v)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(v) & 0x7FFF_FFFF_FFFF_FFFF;
        int exponent = (int)(bits >> 52);
        ulong mantissa = bits & 0x000F_FFFF_FFFF_FFFF;
        return exponent == 0 ? new BigInteger(mantissa) << 1 : new BigInteger(mantissa | (1UL << 52)) << exponent;
    }

    /// <summary>Whether <paramref name="rounded"/> is the exact sum <paramref name="exact"/> (half units) rounded to
    /// nearest, ties to even.</summary>
    public static bool IsNearest(BigInteger exact, double rounded)
    {
        BigInteger r = HalfUnits(rounded);
        if (exact == r)
            return true;
        bool even = (BitConverter.DoubleToUInt64Bits(rounded) & 1) == 0;
        double other = exact > r ? Math.BitIncrement(rounded) : Math.BitDecrement(rounded);
        BigInteger twice = 2 * exact, bound = r + HalfUnits(other);
        return exact > r ? twice < bound || (twice == bound && even) : twice > bound || (twice == bound && even);
    }

    /// <summary>Whether <paramref name="total"/> is the exact sum of <paramref name="values"/> rounded to nearest.</summary>
    public static bool IsNearestSum(IEnumerable<double> values, double total) =>
        IsNearest(values.Aggregate(BigInteger.Zero, (s, v) => s + HalfUnits(v)), total);
}
