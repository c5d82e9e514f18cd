using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Cli;

/// <summary>
/// A decoder of one Snappy block (the format of Parquet's <c>SNAPPY</c> pages: google/snappy, format_description.txt)
/// straight into the caller's buffer.
/// </summary>
/// <remarks>
/// <para>Snappier's span API (<c>Snappy.TryDecompress</c>, 1.3) decodes into a pooled buffer of the block's size,
/// then copies it out and clears it: for a column chunk of 8 MB that is two more passes over 8 MB and, on a fresh
/// pool, 2 000 page faults per thread. This decoder writes each literal and each copy where it belongs.</para>
/// <para>The block is a varint of the uncompressed length, then elements: a literal (tag 00, its length in the tag or
/// in 1–4 bytes after it, then the bytes) or a copy of earlier output (tags 01, 10, 11: length 4–11 with an 11-bit
/// offset, or length 1–64 with a 16- or 32-bit offset). Every length and offset is checked against the input and the
/// output: a block that is truncated, reads before the output's start, overruns it, or does not fill it exactly is
/// refused (false), never read out of bounds.</para>
/// </remarks>
internal static class SnappyBlock
{
    /// <summary>
    /// For each copy tag (the low two bits 01, 10 or 11): its length in bits 0–7, the high three bits of its offset in
    /// bits 8–10 (tag 01 only), and the number of offset bytes that follow the tag in bits 11–13 (1, 2 or 4).
    /// </summary>
    private static readonly ushort[] CopyTags = [.. Enumerable.Range(0, 256).Select(tag => (ushort)((tag & 3) switch
    {
        1 => (4 + ((tag >> 2) & 7)) | ((tag >> 5) << 8) | (1 << 11),
        2 => (1 + (tag >> 2)) | (2 << 11),
        3 => (1 + (tag >> 2)) | (4 << 11),
        _ => 0,
    }))];

    /// <summary>The uncompressed length the block declares, or −1 for a malformed or longer-than-an-array preamble.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The length, or −1.</returns>
    public static long DeclaredLength(ReadOnlySpan<byte> block) => Preamble(block, out long length) > 0 ? length : -1;

    /// <summary>Decodes <paramref name="block"/> into exactly <paramref name="output"/>; false for any malformed block.</summary>
    /// <param name="block">One whole Snappy block.</param>
    /// <param name="output">Receives the bytes: its length must be the block's declared length.</param>
    /// <returns>True when the block decoded to exactly <paramref name="output"/>'s length.</returns>
    public static bool TryDecompress(ReadOnlySpan<byte> block, Span<byte> output)
    {
        int ip = Preamble(block, out long declared);
        if (ip <= 0 || declared != output.Length)
            return false;
        ref byte src = ref MemoryMarshal.GetReference(block);
        ref byte dst = ref MemoryMarshal.GetReference(output);
        int inEnd = block.Length, outEnd = output.Length, op = 0;
        while (ip < inEnd)
        {
            uint tag = Unsafe.Add(ref src, ip++);
            uint length;
            if ((tag & 3) == 0)
            {
                length = tag >> 2;
                if (length >= 60)
                {
                    int extra = (int)length - 59;
                    if (extra > inEnd - ip)
                        return false;
                    length = 0;
                    for (int b = 0; b < extra; b++)
                        length |= (uint)Unsafe.Add(ref src, ip + b) << (8 * b);
                    ip += extra;
                    if (length > int.MaxValue - 1)
                        return false;
                }
                length++;
                if (length > (uint)(inEnd - ip) || length > (uint)(outEnd - op))
                    return false;
                if (length <= 16 && inEnd - ip >= 16 && outEnd - op >= 16)
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, op), Unsafe.ReadUnaligned<Int128>(ref Unsafe.Add(ref src, ip)));
                else
                    Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref dst, op), ref Unsafe.Add(ref src, ip), length);
                ip += (int)length;
                op += (int)length;
                continue;
            }
            // A copy: its length, the high bits of its offset and the number of offset bytes after the tag come from one
            // table entry (as in google/snappy's decoder), so the three copy tags take the same path.
            uint entry = CopyTags[(int)tag];
            int trailer = (int)(entry >> 11);
            uint offset;
            if (inEnd - ip >= 4)
                offset = (entry & 0x700) + (Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref src, ip)) & (uint)(((ulong)1 << (8 * trailer)) - 1));
            else
            {
                if (trailer > inEnd - ip)
                    return false;
                offset = entry & 0x700;
                for (int b = 0; b < trailer; b++)
                    offset += (uint)Unsafe.Add(ref src, ip + b) << (8 * b);
            }
            ip += trailer;
            length = entry & 0xFF;
            if (offset == 0 || offset > (uint)op || length > (uint)(outEnd - op))
                return false;
            ref byte to = ref Unsafe.Add(ref dst, op);
            ref byte from = ref Unsafe.Add(ref dst, op - (int)offset);
            if (offset >= 8 && outEnd - op >= 16 && length <= 16)
            {
                // Eight bytes at a time reads only bytes already final when the offset is at least 8 (an overlapping copy
                // repeats its pattern); the bytes written past the copy are overwritten by what follows.
                Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<ulong>(ref from));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, 8)));
            }
            else if (offset >= length)
                Unsafe.CopyBlockUnaligned(ref to, ref from, length);
            else
            {
                for (int b = 0; b < (int)length; b++)
                    Unsafe.Add(ref to, b) = Unsafe.Add(ref from, b);
            }
            op += (int)length;
        }
        return op == outEnd;
    }

    /// <summary>The varint preamble: the bytes it takes (1–5), or 0 when it is malformed or declares more than an array holds.</summary>
    private static int Preamble(ReadOnlySpan<byte> block, out long length)
    {
        length = 0;
        for (int i = 0; i < 5 && i < block.Length; i++)
        {
            length |= (long)(block[i] & 0x7F) << (7 * i);
            if (block[i] < 0x80)
                return length <= Array.MaxLength ? i + 1 : 0;
        }
        return 0;
    }
}
