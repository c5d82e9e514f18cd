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
/// minimum and only over the bits in which they differ. One most-significant-digit pass (11 bits) scatters the data
/// into buckets small enough to stay in cache; each bucket is then sorted by least-significant-digit passes of at
/// most 11 bits (insertion sort below 64 elements), so main memory is crossed about twice instead of once per digit.
/// Above 2¹⁶ keys the buckets are split between two threads at the median element; buckets are independent, so the
/// result — the unique stable order — is the same bits whatever ran where. Scratch comes from
/// <see cref="ArrayPool{T}.Shared"/> and is returned before the method ends.
/// </remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int SmallBucket = 64;
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
        if (count <= SmallBucket)
        {
            InsertionSort(keys, payload, 0, count);
            return;
        }
        int bits = 64 - BitOperations.LeadingZeroCount(range);
        int topShift = Math.Max(0, bits - DigitBits);

        double[] scratchKeys = ArrayPool<double>.Shared.Rent(count);
        double[] scratchPayload = ArrayPool<double>.Shared.Rent(count);
        int[] starts = ArrayPool<int>.Shared.Rent(Buckets + 1);
        int[] next = ArrayPool<int>.Shared.Rent(Buckets);
        try
        {
            // Most significant digit: count, then scatter into scratch.
            Span<int> start = starts.AsSpan(0, Buckets + 1);
            start.Clear();
            ref int s0 = ref MemoryMarshal.GetReference(start);
            foreach (ulong key in k)
                Unsafe.Add(ref s0, (nint)((key - min) >> topShift) + 1)++;
            for (int b = 1; b <= Buckets; b++)
                start[b] += start[b - 1];
            start[..Buckets].CopyTo(next);
            Scatter(keys, payload, 0, count, scratchKeys, scratchPayload, next, min, topShift, Buckets - 1);

            if (topShift == 0)
            {
                Array.Copy(scratchKeys, keys, count);
                Array.Copy(scratchPayload, payload, count);
                return;
            }
            if (count >= ParallelThreshold && Environment.ProcessorCount > 1)
            {
                int split = 0;
                while (split < Buckets && starts[split + 1] <= count / 2)
                    split++;
                Parallel.Invoke(
                    () => SortBuckets(0, split, starts, scratchKeys, scratchPayload, keys, payload, min, topShift),
                    () => SortBuckets(split, Buckets, starts, scratchKeys, scratchPayload, keys, payload, min, topShift));
            }
            else
                SortBuckets(0, Buckets, starts, scratchKeys, scratchPayload, keys, payload, min, topShift);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratchKeys);
            ArrayPool<double>.Shared.Return(scratchPayload);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(next);
        }
    }

    /// <summary>Sorts buckets [first, end) of <paramref name="fromKeys"/> by their low <paramref name="lowBits"/> bits into <paramref name="keys"/>.</summary>
    private static void SortBuckets(int first, int end, int[] starts, double[] fromKeys, double[] fromPayload, double[] keys, double[] payload,
        ulong min, int lowBits)
    {
        int passes = (lowBits + DigitBits - 1) / DigitBits;
        int digitBits = (lowBits + passes - 1) / passes;
        int buckets = 1 << digitBits;
        ulong mask = (ulong)buckets - 1;
        int[] countsArray = ArrayPool<int>.Shared.Rent(passes * buckets);
        try
        {
            for (int b = first; b < end; b++)
            {
                int lo = starts[b], length = starts[b + 1] - lo;
                if (length == 0)
                    continue;
                if (length <= SmallBucket)
                {
                    Array.Copy(fromKeys, lo, keys, lo, length);
                    Array.Copy(fromPayload, lo, payload, lo, length);
                    InsertionSort(keys, payload, lo, length);
                    continue;
                }
                Span<int> counts = countsArray.AsSpan(0, passes * buckets);
                counts.Clear();
                ReadOnlySpan<ulong> k = MemoryMarshal.Cast<double, ulong>(fromKeys.AsSpan(lo, length));
                ref int c0 = ref MemoryMarshal.GetReference(counts);
                foreach (ulong key in k)
                {
                    ulong v = key - min;
                    for (int p = 0; p < passes; p++)
                        Unsafe.Add(ref c0, p * buckets + (nint)((v >> (p * digitBits)) & mask))++;
                }
                double[] srcK = fromKeys, srcP = fromPayload, dstK = keys, dstP = payload;
                for (int p = 0; p < passes; p++)
                {
                    Span<int> count = counts.Slice(p * buckets, buckets);
                    int offset = lo;
                    bool trivial = false;
                    for (int d = 0; d < buckets; d++)
                    {
                        int n = count[d];
                        trivial |= n == length;
                        count[d] = offset;
                        offset += n;
                    }
                    if (trivial)
                        continue;
                    Scatter(srcK, srcP, lo, length, dstK, dstP, countsArray, min, p * digitBits, mask, p * buckets);
                    (srcK, dstK) = (dstK, srcK);
                    (srcP, dstP) = (dstP, srcP);
                }
                if (!ReferenceEquals(srcK, keys))
                {
                    Array.Copy(srcK, lo, keys, lo, length);
                    Array.Copy(srcP, lo, payload, lo, length);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countsArray);
        }
    }

    /// <summary>Stable scatter of [start, start+length) by digit ((key − min) &gt;&gt; shift) &amp; mask, to the slots in offsets[offsetBase + digit].</summary>
    private static void Scatter(double[] srcKeys, double[] srcPayload, int start, int length, double[] dstKeys, double[] dstPayload,
        int[] offsets, ulong min, int shift, ulong mask, int offsetBase = 0)
    {
        ref ulong sk = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(srcKeys));
        ref double sp = ref MemoryMarshal.GetArrayDataReference(srcPayload);
        ref double dk = ref MemoryMarshal.GetArrayDataReference(dstKeys);
        ref double dp = ref MemoryMarshal.GetArrayDataReference(dstPayload);
        ref int off = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(offsets), offsetBase);
        nint end = start + length;
        for (nint i = start; i < end; i++)
        {
            ulong key = Unsafe.Add(ref sk, i);
            ref int slot = ref Unsafe.Add(ref off, (nint)(((key - min) >> shift) & mask));
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
