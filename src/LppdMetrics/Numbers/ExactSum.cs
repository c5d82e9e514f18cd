using System.Runtime.CompilerServices;

namespace LppdMetrics.Numbers;

/// <summary>
/// An exact accumulator of non-negative finite doubles (a small superaccumulator): the sum is kept without any
/// rounding and rounded once, to nearest, when read.
/// </summary>
/// <remarks>
/// Every double is an integer multiple of 2⁻¹⁰⁷⁴, so the sum is an integer held here in 67 digits of 32 bits,
/// each digit in a 64-bit signed slot with room for 2³¹ carries (carries are propagated every 2³⁰ additions).
/// Because integer addition is associative, the result does not depend on the order of the additions nor on how
/// they were split between accumulators that were then merged with <see cref="Add(in ExactSum)"/>: this is what
/// makes the FGT accumulator's merge exact. A value costs about ten integer operations.
/// </remarks>
internal struct ExactSum
{
    private const int DigitCount = 67;
    private const long DigitMask = 0xFFFF_FFFF;
    private const int CarryInterval = 1 << 30;

    private Digits _digits;
    private int _pending;

    [InlineArray(DigitCount)]
    private struct Digits
    {
        private long _element0;
    }

    /// <summary>Adds <paramref name="value"/>, which the caller guarantees is finite and ≥ 0 (−0 is fine).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value) & 0x7FFF_FFFF_FFFF_FFFF;
        if (bits == 0)
            return;
        int exponent = (int)(bits >> 52);
        ulong mantissa = bits & 0x000F_FFFF_FFFF_FFFF;
        if (exponent == 0)
            exponent = 1;                  // subnormal: same scale as the smallest normal, no hidden bit
        else
            mantissa |= 1UL << 52;
        int position = exponent - 1;       // value = mantissa × 2^(position − 1074)
        int index = position >> 5;
        int shift = position & 31;
        ulong low = mantissa << shift;
        ulong high = (mantissa >> 1) >> (63 - shift);
        _digits[index] += (long)(low & DigitMask);
        _digits[index + 1] += (long)(low >> 32);
        _digits[index + 2] += (long)high;
        if (++_pending == CarryInterval)
            Normalize();
    }

    /// <summary>Adds another exact sum (exactly).</summary>
    public void Add(in ExactSum other)
    {
        Normalize();
        ExactSum copy = other;
        copy.Normalize();
        for (int i = 0; i < DigitCount; i++)
            _digits[i] += copy._digits[i];
        _pending = 1;
    }

    /// <summary>True when nothing but zeros was added.</summary>
    public readonly bool IsZero
    {
        get
        {
            for (int i = 0; i < DigitCount; i++)
                if (_digits[i] != 0)
                    return false;
            return true;
        }
    }

    /// <summary>The sum rounded to the nearest double (ties to even).</summary>
    public readonly double ToDouble()
    {
        ExactSum copy = this;
        copy.Normalize();
        int top = DigitCount - 1;
        while (top >= 0 && copy._digits[top] == 0)
            top--;
        if (top < 0)
            return 0.0;
        if (top < 2)
            top = 2;
        UInt128 x = ((UInt128)(ulong)copy._digits[top] << 64) | ((UInt128)(ulong)copy._digits[top - 1] << 32) | (ulong)copy._digits[top - 2];
        bool sticky = false;
        for (int i = 0; i < top - 2; i++)
            sticky |= copy._digits[i] != 0;
        int leadingZeros = (int)UInt128.LeadingZeroCount(x);
        x <<= leadingZeros;
        ulong m = (ulong)(x >> 64);
        sticky |= (ulong)x != 0;
        // value ≈ m × 2^(64 − lz + 32·(top − 2) − 1074); round m (64 bits, top bit set) to 53 bits.
        int exponent = 64 - leadingZeros + 32 * (top - 2) - 1074 + 11;
        ulong r = m >> 11;
        ulong rest = m & 0x7FF;
        if (rest > 0x400 || (rest == 0x400 && (sticky || (r & 1) == 1)))
        {
            r++;
            if (r == 1UL << 53)
            {
                r >>= 1;
                exponent++;
            }
        }
        return Math.ScaleB(r, exponent);
    }

    private void Normalize()
    {
        long carry = 0;
        for (int i = 0; i < DigitCount; i++)
        {
            long d = _digits[i] + carry;
            _digits[i] = d & DigitMask;
            carry = d >> 32;
        }
        _pending = 0;
    }
}
