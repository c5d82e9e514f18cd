using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Numbers;

/// <summary>
/// Stable LSD radix sort of non-negative doubles (by their IEEE-754 bit patterns) carrying a double payload.
/// </summary>
/// <remarks>
/// For a non-negative double (with −0 normalised to +0) the 64-bit pattern, read as an unsigned integer, orders
/// exactly as the number does, so an integer radix sort sorts the numbers. Six passes of 11 bits cover the 64
/// bits; a pass whose digit is the same for every key is skipped (one histogram pre-pass finds them). Scratch
/// buffers come from <see cref="ArrayPool{T}.Shared"/> and are returned before the method ends. The sort is
/// stable: equal keys keep their input order. The result depends only on the input, never on the machine.
/// </remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 6; // 6 × 11 = 66 ≥ 64 bits

    /// <summary>Sorts <paramref name="keys"/> ascending and permutes <paramref name="payload"/> along with them.</summary>
    /// <param name="keys">Bit patterns of non-negative doubles (sign bit clear); sorted in place.</param>
    /// <param name="payload">One payload per key; permuted in place.</param>
    public static void Sort(Span<ulong> keys, Span<double> payload)
    {
        int n = keys.Length;
        if (payload.Length != n)
            throw new ArgumentException("keys and payload must have the same length.", nameof(payload));
        if (n < 2)
            return;

        int[] countsArray = ArrayPool<int>.Shared.Rent(Passes * Buckets);
        Span<int> counts = countsArray.AsSpan(0, Passes * Buckets);
        counts.Clear();
        Histogram(keys, counts);

        ulong[]? keyScratchArray = null;
        double[]? payloadScratchArray = null;
        try
        {
            Span<ulong> srcKeys = keys, dstKeys = default;
            Span<double> srcPayload = payload, dstPayload = default;
            bool inScratch = false;
            for (int pass = 0; pass < Passes; pass++)
            {
                Span<int> count = counts.Slice(pass * Buckets, Buckets);
                int shift = pass * DigitBits;
                // Skip a pass whose digit is constant: it would copy the data unchanged.
                int firstKeyDigit = (int)((srcKeys[0] >> shift) & (Buckets - 1));
                if (count[firstKeyDigit] == n)
                    continue;
                if (keyScratchArray is null)
                {
                    keyScratchArray = ArrayPool<ulong>.Shared.Rent(n);
                    payloadScratchArray = ArrayPool<double>.Shared.Rent(n);
                }
                if (inScratch)
                {
                    dstKeys = keys;
                    dstPayload = payload;
                }
                else
                {
                    dstKeys = keyScratchArray.AsSpan(0, n);
                    dstPayload = payloadScratchArray.AsSpan(0, n);
                }
                // Exclusive prefix sums turn counts into starting offsets.
                int offset = 0;
                for (int b = 0; b < Buckets; b++)
                {
                    int c = count[b];
                    count[b] = offset;
                    offset += c;
                }
                Scatter(srcKeys, srcPayload, dstKeys, dstPayload, count, shift);
                srcKeys = dstKeys;
                srcPayload = dstPayload;
                inScratch = !inScratch;
            }
            if (inScratch)
            {
                srcKeys.CopyTo(keys);
                srcPayload.CopyTo(payload);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countsArray);
            if (keyScratchArray is not null)
                ArrayPool<ulong>.Shared.Return(keyScratchArray);
            if (payloadScratchArray is not null)
                ArrayPool<double>.Shared.Return(payloadScratchArray);
        }
    }

    private static void Histogram(ReadOnlySpan<ulong> keys, Span<int> counts)
    {
        ref int c0 = ref MemoryMarshal.GetReference(counts);
        ref int c1 = ref Unsafe.Add(ref c0, Buckets);
        ref int c2 = ref Unsafe.Add(ref c0, 2 * Buckets);
        ref int c3 = ref Unsafe.Add(ref c0, 3 * Buckets);
        ref int c4 = ref Unsafe.Add(ref c0, 4 * Buckets);
        ref int c5 = ref Unsafe.Add(ref c0, 5 * Buckets);
        const ulong mask = Buckets - 1;
        foreach (ulong k in keys)
        {
            Unsafe.Add(ref c0, (nint)(k & mask))++;
            Unsafe.Add(ref c1, (nint)((k >> DigitBits) & mask))++;
            Unsafe.Add(ref c2, (nint)((k >> (2 * DigitBits)) & mask))++;
            Unsafe.Add(ref c3, (nint)((k >> (3 * DigitBits)) & mask))++;
            Unsafe.Add(ref c4, (nint)((k >> (4 * DigitBits)) & mask))++;
            Unsafe.Add(ref c5, (nint)((k >> (5 * DigitBits)) & mask))++;
        }
    }

    private static void Scatter(
        ReadOnlySpan<ulong> srcKeys, ReadOnlySpan<double> srcPayload, Span<ulong> dstKeys, Span<double> dstPayload,
        Span<int> offsets, int shift)
    {
        ref ulong sk = ref MemoryMarshal.GetReference(srcKeys);
        ref double sp = ref MemoryMarshal.GetReference(srcPayload);
        ref ulong dk = ref MemoryMarshal.GetReference(dstKeys);
        ref double dp = ref MemoryMarshal.GetReference(dstPayload);
        ref int off = ref MemoryMarshal.GetReference(offsets);
        nint n = srcKeys.Length;
        for (nint i = 0; i < n; i++)
        {
            ulong k = Unsafe.Add(ref sk, i);
            ref int slot = ref Unsafe.Add(ref off, (nint)((k >> shift) & (Buckets - 1)));
            nint at = slot++;
            Unsafe.Add(ref dk, at) = k;
            Unsafe.Add(ref dp, at) = Unsafe.Add(ref sp, i);
        }
    }
}
