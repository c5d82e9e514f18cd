using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Cli;

/// <summary>
/// The hot path of a numeric CSV cell: an unsigned decimal of at most 15 significant digits with an optional
/// fraction (<c>digits</c> or <c>digits.digits</c>), read in one pass over its bytes to the correctly rounded double.
/// </summary>
/// <remarks>
/// <para>Up to 15 digits the significand m is below 10¹⁵ &lt; 2⁵³, exact in a double, and so is 10ᶠ for a fraction
/// of f ≤ 15 digits: m / 10ᶠ is one correctly rounded division (Clinger's fast path), the same bits as
/// <see cref="double.Parse(string)"/>, and m itself for a whole number. Leading zeros count as digits (so "000…"
/// cells longer than 15 digits take the slow path, which gives the same number).</para>
/// <para>Anything else — a sign, an exponent, more digits, a thousands separator, spaces, an empty cell, a decimal
/// point with <c>--decimal-comma</c> — returns false, and the caller reads the cell with
/// <see cref="CsvChunks.TryNumber"/>, whose answer for these forms is the same double.</para>
/// </remarks>
internal static class CsvFastNumber
{
    private const int MaxDigits = 15;

    private static ReadOnlySpan<double> PowersOfTen =>
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Reads the cell <paramref name="data"/>[<paramref name="start"/>..<paramref name="end"/>) when it is of the hot
    /// form; false otherwise (nothing is refused here). Whole numbers of up to 15 digits are read eight bytes at a time
    /// (SWAR) when eight bytes can be loaded from the cell's start, else byte by byte.
    /// </summary>
    /// <param name="data">The buffer holding the cell.</param>
    /// <param name="start">The cell's first byte.</param>
    /// <param name="end">One past the cell's last byte.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>: only whole numbers are read here.</param>
    /// <param name="value">The number, ≥ 0, when the method returns true.</param>
    /// <returns>True for a cell of the hot form.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(ReadOnlySpan<byte> data, int start, int end, bool decimalComma, out double value)
    {
        int length = end - start;
        if ((uint)(length - 1) < MaxDigits && start >= 0 && data.Length - start >= 8)
        {
            ref byte s = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), start);
            ulong head = Unsafe.ReadUnaligned<ulong>(ref s);
            if (length <= 8)
            {
                if (TryDigits(head, length, out ulong m))
                {
                    value = (long)m; // below 10^8: a signed conversion, without the unsigned one's branch
                    return true;
                }
            }
            else if (TryDigits(head, length - 8, out ulong high) && TryDigits(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, length - 8)), 8, out ulong low))
            {
                value = (long)(high * 100_000_000 + low);
                return true;
            }
        }
        return TryRead(data[start..end], decimalComma, out value);
    }

    /// <summary>
    /// The number written by the first <paramref name="count"/> (1 to 8) bytes of <paramref name="bytes"/> (loaded
    /// little-endian, so the first byte is the lowest), when they are all ASCII digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ulong bytes, int count, out ulong value)
    {
        const ulong Zeros = 0x3030303030303030, HighNibbles = 0xF0F0F0F0F0F0F0F0, Sixes = 0x0606060606060606;
        int drop = (8 - count) * 8;
        ulong x = bytes << drop; // the digits in the high bytes, most significant first; zeros (leading 0 digits) below
        ulong zeros = Zeros << drop, high = HighNibbles << drop;
        // Every byte of the cell is 0x30–0x39: its high nibble is 3, and adding 6 leaves it 3 (no carry: the first
        // test already refused a high nibble of F).
        if ((x & high) != zeros || ((x + (Sixes << drop)) & high) != zeros)
        {
            value = 0;
            return false;
        }
        x -= zeros;
        x = x * 10 + (x >> 8);
        value = (((x & 0x000000FF000000FF) * (100 + (1_000_000UL << 32))) + (((x >> 16) & 0x000000FF000000FF) * (1 + (10_000UL << 32)))) >> 32;
        return true;
    }

    /// <summary>Reads <paramref name="cell"/> when it is of the hot form; false otherwise (nothing is refused here).</summary>
    /// <param name="cell">The cell's bytes.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>: only whole numbers are read here.</param>
    /// <param name="value">The number, ≥ 0, when the method returns true.</param>
    /// <returns>True for a cell of the hot form.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(ReadOnlySpan<byte> cell, bool decimalComma, out double value)
    {
        int n = cell.Length;
        ref byte s = ref MemoryMarshal.GetReference(cell);
        ulong m = 0;
        int i = 0;
        uint d;
        while (i < n && (d = (uint)(Unsafe.Add(ref s, i) - (byte)'0')) <= 9)
        {
            m = m * 10 + d;
            i++;
        }
        if (i == n)
        {
            value = m;
            return (uint)(n - 1) < MaxDigits;
        }
        value = 0;
        if (decimalComma || i == 0 || Unsafe.Add(ref s, i) != (byte)'.' || n > MaxDigits + 1)
            return false;
        int point = i++;
        while (i < n && (d = (uint)(Unsafe.Add(ref s, i) - (byte)'0')) <= 9)
        {
            m = m * 10 + d;
            i++;
        }
        int fraction = n - point - 1;
        if (i != n || fraction == 0)
            return false;
        value = m / PowersOfTen[fraction];
        return true;
    }
}
