using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Numbers;

/// <summary>
/// Stable radix sort of non-negative doubles by their IEEE-754 bit patterns, carrying a double payload.
/// </summary>
/// <remarks>
/// For a non-negative double (−0 normalised to +0 by the caller) the 64-bit pattern, read as an unsigned integer,
/// orders exactly as the number does, so an integer radix sort sorts the numbers. Keys are taken relative to their
/// minimum and only over the bits in which they differ. A most-significant-digit sort with digits of up to 11 bits
/// (fewer for small ranges, aiming at about 16 keys per bucket): the first pass scatters the whole array by its top
/// digit into up to 2048 buckets (one trip through main memory); each bucket, now small enough to stay in cache, is
/// scattered by its next digit, and so on, until a range holds at most 64 elements, which are finished by insertion sort. Scatters are out of place and in input order, so the sort is stable. Above 2¹⁶ keys
/// the first-level buckets are split between two threads at the median element; buckets are independent, so the
/// result — the unique stable order — is the same bits whatever ran where. Scratch comes from
/// <see cref="ArrayPool{T}.Shared"/> and is returned before the method ends.
/// </remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int SmallRange = 64;
    private const int ParallelThreshold = 1 << 16;

    /// <summary>Sorts the first <paramref name="count"/> keys ascending and permutes the payload with them (stable).</summary>
    /// <param name="keys">Non-negative doubles (sign bit clear, no NaN); sorted in place.</param>
    /// <param name="payload">One payload per key; permuted in place.</param>
    /// <param name="count">How many leading elements of the arrays to sort.</param>
    public static void Sort(double[] keys, double[] payload, int count)
    {
        if (count < 2)
            return;
        ReadOnlySpan<ulong> k = MemoryMarshal.Cast<double, ulong>(keys.AsSpan(0, count));
        ulong min = ulong.MaxValue, max = 0;
        foreach (ulong key in k)
        {
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }
        ulong range = max - min;
        if (range == 0)
            return;
        if (count <= SmallRange)
        {
            InsertionSort(keys, payload, 0, count);
            return;
        }
        int bits = 64 - BitOperations.LeadingZeroCount(range);
        int shift = Math.Max(0, bits - DigitWidth(count));

        double[] scratchKeys = ArrayPool<double>.Shared.Rent(count);
        double[] scratchPayload = ArrayPool<double>.Shared.Rent(count);
        int[] starts = ArrayPool<int>.Shared.Rent(Buckets + 1);
        int[] next = ArrayPool<int>.Shared.Rent(Buckets);
        try
        {
            var buffers = new Buffers(keys, payload, scratchKeys, scratchPayload, min);
            Span<int> start = starts.AsSpan(0, Buckets + 1);
            start.Clear();
            ref int s0 = ref MemoryMarshal.GetReference(start);
            foreach (ulong key in k)
                Unsafe.Add(ref s0, (nint)((key - min) >> shift) + 1)++;
            for (int b = 1; b <= Buckets; b++)
                start[b] += start[b - 1];
            start[..Buckets].CopyTo(next);
            Scatter(keys, payload, scratchKeys, scratchPayload, 0, count, ref MemoryMarshal.GetArrayDataReference(next), min, shift, Buckets - 1);

            if (count >= ParallelThreshold && Environment.ProcessorCount > 1)
            {
                int split = 0;
                while (split < Buckets && starts[split + 1] <= count / 2)
                    split++;
                Parallel.Invoke(
                    () => SortBuckets(buffers, starts, 0, split, shift),
                    () => SortBuckets(buffers, starts, split, Buckets, shift));
            }
            else
                SortBuckets(buffers, starts, 0, Buckets, shift);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratchKeys);
            ArrayPool<double>.Shared.Return(scratchPayload);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(next);
        }
    }

    /// <summary>The original arrays (where the result must end) and the scratch arrays.</summary>
    private sealed record Buffers(double[] Keys, double[] Payload, double[] ScratchKeys, double[] ScratchPayload, ulong Min);

    private static void SortBuckets(Buffers buffers, int[] starts, int first, int end, int bitsLeft)
    {
        for (int b = first; b < end; b++)
        {
            int lo = starts[b], length = starts[b + 1] - lo;
            if (length > 0)
                SortRange(buffers, inScratch: true, lo, length, bitsLeft);
        }
    }

    /// <summary>
    /// Sorts [lo, lo+length), whose keys agree above their low <paramref name="bitsLeft"/> bits (relative to the minimum)
    /// and which currently sit in the scratch arrays when <paramref name="inScratch"/>, leaving it in the original arrays.
    /// </summary>
    [SkipLocalsInit]
    private static void SortRange(Buffers buffers, bool inScratch, int lo, int length, int bitsLeft)
    {
        while (true)
        {
            if (length <= SmallRange || bitsLeft <= 0)
            {
                if (inScratch)
                {
                    Array.Copy(buffers.ScratchKeys, lo, buffers.Keys, lo, length);
                    Array.Copy(buffers.ScratchPayload, lo, buffers.Payload, lo, length);
                }
                if (bitsLeft > 0 && length > 1)
                    InsertionSort(buffers.Keys, buffers.Payload, lo, length);
                return;
            }
            double[] srcKeys = inScratch ? buffers.ScratchKeys : buffers.Keys;
            double[] srcPayload = inScratch ? buffers.ScratchPayload : buffers.Payload;
            int shift = Math.Max(0, bitsLeft - DigitWidth(length));
            int buckets = 1 << (bitsLeft - shift);
            ulong mask = (ulong)buckets - 1;
            ulong min = buffers.Min;
            Span<int> start = stackalloc int[buckets + 1];
            start.Clear();
            ReadOnlySpan<ulong> k = MemoryMarshal.Cast<double, ulong>(srcKeys.AsSpan(lo, length));
            ref int s0 = ref MemoryMarshal.GetReference(start);
            foreach (ulong key in k)
                Unsafe.Add(ref s0, (nint)(((key - min) >> shift) & mask) + 1)++;
            bool trivial = false;
            start[0] = lo;
            for (int d = 1; d <= buckets; d++)
            {
                trivial |= start[d] == length;
                start[d] += start[d - 1];
            }
            if (trivial)
            {
                bitsLeft = shift; // every key has the same digit here: go to the next digit without moving anything
                continue;
            }
            Span<int> next = stackalloc int[buckets];
            start[..buckets].CopyTo(next);
            double[] dstKeys = inScratch ? buffers.Keys : buffers.ScratchKeys;
            double[] dstPayload = inScratch ? buffers.Payload : buffers.ScratchPayload;
            Scatter(srcKeys, srcPayload, dstKeys, dstPayload, lo, length, ref MemoryMarshal.GetReference(next), min, shift, mask);
            for (int d = 0; d < buckets; d++)
            {
                int n = start[d + 1] - start[d];
                if (n > 0)
                    SortRange(buffers, !inScratch, start[d], n, shift);
            }
            return;
        }
    }

    /// <summary>The digit width for a range of <paramref name="length"/> keys: about 16 keys per bucket, 1 to 11 bits.</summary>
    private static int DigitWidth(int length) => Math.Clamp(BitOperations.Log2((uint)length / 16) + 1, 1, DigitBits);

    /// <summary>Stable scatter of [start, start+length) by digit ((key − min) &gt;&gt; shift) &amp; mask into the slots at <paramref name="offsets"/>.</summary>
    private static void Scatter(double[] srcKeys, double[] srcPayload, double[] dstKeys, double[] dstPayload, int start, int length,
        ref int offsets, ulong min, int shift, ulong mask)
    {
        ref ulong sk = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(srcKeys));
        ref double sp = ref MemoryMarshal.GetArrayDataReference(srcPayload);
        ref double dk = ref MemoryMarshal.GetArrayDataReference(dstKeys);
        ref double dp = ref MemoryMarshal.GetArrayDataReference(dstPayload);
        nint end = start + length;
        for (nint i = start; i < end; i++)
        {
            ulong key = Unsafe.Add(ref sk, i);
            ref int slot = ref Unsafe.Add(ref offsets, (nint)(((key - min) >> shift) & mask));
            nint at = slot++;
            Unsafe.Add(ref dk, at) = BitConverter.UInt64BitsToDouble(key);
            Unsafe.Add(ref dp, at) = Unsafe.Add(ref sp, i);
        }
    }

    /// <summary>Stable insertion sort of [start, start+length) (non-negative doubles compare like their bits).</summary>
    private static void InsertionSort(double[] keys, double[] payload, int start, int length)
    {
        int end = start + length;
        for (int i = start + 1; i < end; i++)
        {
            double key = keys[i], value = payload[i];
            int j = i - 1;
            while (j >= start && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                payload[j + 1] = payload[j];
                j--;
            }
            keys[j + 1] = key;
            payload[j + 1] = value;
        }
    }
}
