using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Statistics;

/// <summary>
/// Stable radix sort of non-negative doubles by their IEEE-754 bit patterns, carrying a double payload.
/// </summary>
/// <remarks>
/// For a non-negative double (−0 normalised to +0 by the caller) the 64-bit pattern, read as an unsigned integer,
/// orders exactly as the number does, so an integer radix sort sorts the numbers. Keys are taken relative to their
/// minimum and only over the bits in which they differ.
/// <para>A first most-significant-digit pass (up to 11 bits, fewer for small inputs, about 16 keys per bucket)
/// scatters the whole array, key and payload interleaved in one 16-byte record, into up to 2048 buckets — one trip
/// through main memory. Above 2¹⁶ keys the two halves of the input are counted and scattered by two threads, the
/// second half's slots starting after the first half's in every bucket, so the scatter is the same stable one.</para>
/// <para>Each bucket, now small enough for the cache, is finished by a least-significant-digit sort (one to three
/// passes of up to 11 bits) over the top log₂(n) + 8 of its remaining bits, written back de-interleaved into the
/// caller's arrays; runs that still agree on those bits (rare) are finished by insertion sort (≤ 64 keys) or by the
/// same method on the lower bits. A bucket larger than 2¹⁶ keys (a skewed distribution) is first split by another
/// most-significant-digit pass. Every pass is stable, so the result is the unique stable order; the first-level
/// buckets are split between two threads at the median element, and since they are independent the result is the
/// same bits whatever ran where. Scratch (one record per key: 16 bytes with a double payload, 12 with an int; a 1 MB
/// buffer per thread, and one more array as long as a bucket that has to be split) comes from
/// <see cref="ArrayPool{T}.Shared"/>, rented on the calling thread where possible, and is returned before the method
/// ends; above 2²⁰ keys the one record per key is native memory instead, freed when the sort ends, so that a large
/// sort's scratch does not stay in the pool (and in the process's memory) after it, aligned and advised for huge pages
/// (<see cref="LargeArray"/>), so that its first touch costs one page fault per 2 MiB.</para>
/// </remarks>
internal static partial class RadixSort
{
    /// <summary>Sorts the first <paramref name="count"/> keys ascending and permutes the payload with them (stable).</summary>
    /// <param name="keys">Non-negative doubles (sign bit clear, no NaN); sorted in place.</param>
    /// <param name="payload">One payload per key (a weight, or a 4-byte row index: 12-byte records); permuted in place.</param>
    /// <param name="count">How many leading elements of the arrays to sort.</param>
    public static void Sort<TPayload>(double[] keys, TPayload[] payload, int count) where TPayload : unmanaged =>
        RadixSort<TPayload>.Sort(keys, payload, count);
}

/// <summary>The radix sort of <see cref="RadixSort"/> for one payload type.</summary>
/// <typeparam name="TPayload">The payload carried with each key.</typeparam>
internal static unsafe partial class RadixSort<TPayload> where TPayload : unmanaged
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int SmallRange = 64;
    private const int ParallelThreshold = 1 << 16;
    private const int CacheRange = 1 << 16;

    /// <summary>Above this many keys the scratch records are native memory, freed when the sort ends (not pooled).</summary>
    private const int NativeScratch = 1 << 20;

    /// <summary>A key (its bits relative to the minimum) and its payload, scattered together (12 or 16 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Key;
        public TPayload Value;
    }

    /// <summary>See <see cref="RadixSort.Sort{TPayload}"/>.</summary>
    public static void Sort(double[] keys, TPayload[] payload, int count)
    {
        if (count < 2)
            return;
        (ulong min, ulong max) = count >= ParallelThreshold && Environment.ProcessorCount > 1
            ? MinMaxOfHalves(keys, count)
            : MinMax(keys, 0, count);
        ulong range = max - min;
        if (range == 0)
            return;
        if (count <= SmallRange)
        {
            InsertionSort(keys.AsSpan(0, count), payload.AsSpan(0, count));
            return;
        }
        int bits = 64 - BitOperations.LeadingZeroCount(range);
        int shift = Math.Max(0, bits - DigitWidth(count));

        // The one record per key is pooled for small sorts (reused across calls) and native memory for large ones, so
        // that its n records are given back to the system as soon as the sort ends rather than kept by the pool.
        Entry[]? pooled = count <= NativeScratch ? ArrayPool<Entry>.Shared.Rent(count) : null;
        Entry* native = pooled is null ? (Entry*)LargeArray.AllocateNative((nuint)count, (nuint)sizeof(Entry)) : null;
        int[] counts = ArrayPool<int>.Shared.Rent(3 * Buckets + 1);
        // Each thread's ping-pong buffer for the cache-sized buckets, rented here rather than on the worker thread so
        // that the pool keeps handing the same arrays back.
        bool parallel = count >= ParallelThreshold && Environment.ProcessorCount > 1;
        Entry[] tempFirst = ArrayPool<Entry>.Shared.Rent(Math.Min(count, CacheRange));
        Entry[]? tempSecond = parallel ? ArrayPool<Entry>.Shared.Rent(CacheRange) : null;
        GCHandle pin = pooled is null ? default : GCHandle.Alloc(pooled, GCHandleType.Pinned);
        Entry* scratch = pooled is null ? native : (Entry*)pin.AddrOfPinnedObject();
        try
        {
            Span<int> start = counts.AsSpan(0, Buckets + 1);
            Span<int> first = counts.AsSpan(Buckets + 1, Buckets);
            Span<int> second = counts.AsSpan(2 * Buckets + 1, Buckets);
            CountHalves(keys, count, min, shift, counts, parallel);
            int half = parallel ? count / 2 : count;
            for (int b = 0; b < Buckets; b++)
            {
                int f = first[b];
                first[b] = start[b];
                start[b + 1] = start[b] + f + second[b];
                second[b] = first[b] + f;
            }
            if (parallel)
                Parallel.Invoke(
                    () => Scatter(keys, payload, scratch, 0, half, counts, Buckets + 1, min, shift),
                    () => Scatter(keys, payload, scratch, half, count - half, counts, 2 * Buckets + 1, min, shift));
            else
                Scatter(keys, payload, scratch, 0, count, counts, Buckets + 1, min, shift);

            if (parallel)
            {
                int split = 0;
                while (split < Buckets && counts[split + 1] <= count / 2)
                    split++;
                Parallel.Invoke(
                    () => SortBuckets(scratch, keys, payload, counts, 0, split, shift, min, tempFirst),
                    () => SortBuckets(scratch, keys, payload, counts, split, Buckets, shift, min, tempSecond!));
            }
            else
                SortBuckets(scratch, keys, payload, counts, 0, Buckets, shift, min, tempFirst);
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(tempFirst);
            if (tempSecond is not null)
                ArrayPool<Entry>.Shared.Return(tempSecond);
            if (pooled is not null)
            {
                pin.Free();
                ArrayPool<Entry>.Shared.Return(pooled);
            }
            else
                NativeMemory.AlignedFree(native);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The smallest and largest key bits of [from, from+length).</summary>
    private static (ulong Min, ulong Max) MinMax(double[] keys, int from, int length)
    {
        ulong min = ulong.MaxValue, max = 0;
        foreach (ulong key in MemoryMarshal.Cast<double, ulong>(keys.AsSpan(from, length)))
        {
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }
        return (min, max);
    }

    /// <summary><see cref="MinMax"/> of the first <paramref name="count"/> keys, the two halves on two threads.</summary>
    private static (ulong Min, ulong Max) MinMaxOfHalves(double[] keys, int count)
    {
        int half = count / 2;
        (ulong Min, ulong Max) first = default, second = default;
        Parallel.Invoke(() => first = MinMax(keys, 0, half), () => second = MinMax(keys, half, count - half));
        return (Math.Min(first.Min, second.Min), Math.Max(first.Max, second.Max));
    }

    /// <summary>
    /// Counts the top digit of the first <paramref name="count"/> keys: with <paramref name="parallel"/>, the first half
    /// into counts[Buckets+1..] and the second into counts[2·Buckets+1..] on two threads; else all into the first.
    /// </summary>
    private static void CountHalves(double[] keys, int count, ulong min, int shift, int[] counts, bool parallel)
    {
        counts.AsSpan(0, 3 * Buckets + 1).Clear();
        int half = count / 2;
        if (parallel)
            Parallel.Invoke(
                () => Count(keys, 0, half, min, shift, counts, Buckets + 1),
                () => Count(keys, half, count - half, min, shift, counts, 2 * Buckets + 1));
        else
            Count(keys, 0, count, min, shift, counts, Buckets + 1);
    }

    /// <summary>Counts the top digit of keys [from, from+length) into counts[at..at+Buckets).</summary>
    private static void Count(double[] keys, int from, int length, ulong min, int shift, int[] counts, int at)
    {
        ref ulong k = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(keys));
        ref int c = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(counts), at);
        nint end = from + length;
        for (nint i = from; i < end; i++)
            Unsafe.Add(ref c, (nint)((Unsafe.Add(ref k, i) - min) >> shift))++;
    }

    /// <summary>Stable scatter of [from, from+length) by the top digit into the slots at counts[at..at+Buckets).</summary>
    private static void Scatter(double[] keys, TPayload[] payload, Entry* scratch, int from, int length, int[] counts, int at,
        ulong min, int shift)
    {
        ref ulong k = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(keys));
        ref TPayload p = ref MemoryMarshal.GetArrayDataReference(payload);
        ref Entry d = ref *scratch;
        ref int next = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(counts), at);
        nint end = from + length;
        for (nint i = from; i < end; i++)
        {
            ulong key = Unsafe.Add(ref k, i) - min;
            ref int slot = ref Unsafe.Add(ref next, (nint)(key >> shift));
            ref Entry e = ref Unsafe.Add(ref d, slot++);
            e.Key = key;
            e.Value = Unsafe.Add(ref p, i);
        }
    }

    private static void SortBuckets(Entry* scratch, double[] keys, TPayload[] payload, int[] starts, int first, int end,
        int bitsLeft, ulong min, Entry[] buffer)
    {
        Entry[]? temp = buffer;
        try
        {
            for (int b = first; b < end; b++)
            {
                int lo = starts[b], length = starts[b + 1] - lo;
                if (length > 0)
                    SortRange(new Span<Entry>(scratch + lo, length), keys.AsSpan(lo, length), payload.AsSpan(lo, length), bitsLeft, min, ref temp);
            }
        }
        finally
        {
            if (temp is not null && temp != buffer)
                ArrayPool<Entry>.Shared.Return(temp);
        }
    }

    /// <summary>
    /// Sorts <paramref name="source"/>, whose keys agree above their low <paramref name="bitsLeft"/> bits, writing the
    /// result into <paramref name="keys"/> and <paramref name="payload"/>; <paramref name="source"/> and
    /// <paramref name="temp"/> (rented on demand, at least as long as the range) are overwritten. A range too large for
    /// the cache is split by another most-significant digit into <paramref name="spare"/> (records as many as the range,
    /// free for use) or, when there is none, into a rented array.
    /// </summary>
    [SkipLocalsInit]
    private static void SortRange(Span<Entry> source, Span<double> keys, Span<TPayload> payload, int bitsLeft, ulong min,
        ref Entry[]? temp, Span<Entry> spare = default)
    {
        int n = source.Length;
        if (n <= SmallRange || bitsLeft <= 0)
        {
            WriteOut(source, keys, payload, min);
            if (bitsLeft > 0 && n > 1)
                InsertionSort(keys, payload);
            return;
        }
        if (n > CacheRange)
        {
            SplitRange(source, keys, payload, bitsLeft, min, ref temp, spare);
            return;
        }
        int prefix = Math.Min(bitsLeft, BitOperations.Log2((uint)n) + 8);
        int passes = (prefix + DigitBits - 1) / DigitBits;
        int width = (prefix + passes - 1) / passes;
        int low = Math.Max(0, bitsLeft - passes * width);
        int buckets = 1 << width;
        ulong mask = (ulong)buckets - 1;
        if (temp is null || temp.Length < n)
            temp = ArrayPool<Entry>.Shared.Rent(Math.Max(n, CacheRange)); // only when null: every buffer handed in is long enough
        Span<int> counts = stackalloc int[passes * buckets];
        counts.Clear();
        ref int c0 = ref MemoryMarshal.GetReference(counts);
        ref Entry s0 = ref MemoryMarshal.GetReference(source);
        for (int i = 0; i < n; i++)
        {
            ulong key = Unsafe.Add(ref s0, i).Key >> low;
            Unsafe.Add(ref c0, (nint)(key & mask))++;
            if (passes > 1)
            {
                Unsafe.Add(ref c0, buckets + (nint)((key >> width) & mask))++;
                if (passes > 2)
                    Unsafe.Add(ref c0, 2 * buckets + (nint)((key >> (2 * width)) & mask))++;
            }
        }
        Span<Entry> from = source, to = temp.AsSpan(0, n);
        for (int pass = 0; pass < passes; pass++)
        {
            Span<int> next = counts.Slice(pass * buckets, buckets);
            bool trivial = false;
            int sum = 0;
            for (int d = 0; d < buckets; d++)
            {
                int c = next[d];
                trivial |= c == n;
                next[d] = sum;
                sum += c;
            }
            if (trivial)
                continue;
            ScatterEntries(from, to, ref MemoryMarshal.GetReference(next), low + pass * width, mask);
            Span<Entry> swap = from;
            from = to;
            to = swap;
        }
        WriteOut(from, keys, payload, min);
        if (low == 0)
            return;
        // Runs that agree on every sorted bit are still in input order: finish them on the low bits.
        ref Entry f0 = ref MemoryMarshal.GetReference(from);
        ulong previous = f0.Key >> low;
        int runStart = 0;
        for (int i = 1; i <= n; i++)
        {
            ulong current = i < n ? Unsafe.Add(ref f0, i).Key >> low : ~previous;
            if (current == previous)
                continue;
            int length = i - runStart;
            if (length > 1)
            {
                if (length <= SmallRange)
                    InsertionSort(keys.Slice(runStart, length), payload.Slice(runStart, length));
                else
                {
                    Entry[]? inner = null;
                    try
                    {
                        SortRange(from.Slice(runStart, length), keys.Slice(runStart, length), payload.Slice(runStart, length), low, min, ref inner);
                    }
                    finally
                    {
                        if (inner is not null)
                            ArrayPool<Entry>.Shared.Return(inner);
                    }
                }
            }
            runStart = i;
            previous = current;
        }
    }

    /// <summary>Splits a large range by its next most-significant digit and sorts each part.</summary>
    [SkipLocalsInit]
    private static void SplitRange(Span<Entry> source, Span<double> keys, Span<TPayload> payload, int bitsLeft, ulong min,
        ref Entry[]? temp, Span<Entry> spare)
    {
        int n = source.Length;
        while (true)
        {
            if (bitsLeft <= 0)
            {
                WriteOut(source, keys, payload, min);
                return;
            }
            int shift = Math.Max(0, bitsLeft - DigitWidth(n));
            int buckets = 1 << (bitsLeft - shift);
            ulong mask = (ulong)buckets - 1;
            Span<int> start = stackalloc int[buckets + 1];
            start.Clear();
            ref int s0 = ref MemoryMarshal.GetReference(start);
            foreach (ref readonly Entry e in source)
                Unsafe.Add(ref s0, (nint)((e.Key >> shift) & mask) + 1)++;
            bool trivial = false;
            for (int d = 1; d <= buckets; d++)
            {
                trivial |= start[d] == n;
                start[d] += start[d - 1];
            }
            if (trivial)
            {
                bitsLeft = shift; // every key has the same digit here: go to the next digit without moving anything
                continue;
            }
            // The parts go into the spare records if the caller has some, else into a rented array; each part then
            // uses its now free stretch of the source as its own spare, so splitting again rents nothing more.
            Entry[]? rented = spare.Length >= n ? null : ArrayPool<Entry>.Shared.Rent(n);
            try
            {
                Span<Entry> parts = rented is null ? spare[..n] : rented.AsSpan(0, n);
                Span<int> next = stackalloc int[buckets];
                start[..buckets].CopyTo(next);
                ScatterEntries(source, parts, ref MemoryMarshal.GetReference(next), shift, mask);
                for (int d = 0; d < buckets; d++)
                {
                    int lo = start[d], length = start[d + 1] - lo;
                    if (length > 0)
                        SortRange(parts.Slice(lo, length), keys.Slice(lo, length), payload.Slice(lo, length), shift, min, ref temp,
                            source.Slice(lo, length));
                }
            }
            finally
            {
                if (rented is not null)
                    ArrayPool<Entry>.Shared.Return(rented);
            }
            return;
        }
    }

    /// <summary>The digit width for a range of <paramref name="length"/> keys: about 16 keys per bucket, 1 to 11 bits.</summary>
    private static int DigitWidth(int length) => Math.Clamp(BitOperations.Log2((uint)length / 16) + 1, 1, DigitBits);

    /// <summary>Stable scatter by digit (key &gt;&gt; shift) &amp; mask into the slots at <paramref name="offsets"/>.</summary>
    private static void ScatterEntries(Span<Entry> source, Span<Entry> destination, ref int offsets, int shift, ulong mask)
    {
        ref Entry s = ref MemoryMarshal.GetReference(source);
        ref Entry d = ref MemoryMarshal.GetReference(destination);
        nint end = source.Length;
        for (nint i = 0; i < end; i++)
        {
            Entry e = Unsafe.Add(ref s, i);
            ref int slot = ref Unsafe.Add(ref offsets, (nint)((e.Key >> shift) & mask));
            Unsafe.Add(ref d, slot++) = e;
        }
    }

    /// <summary>Writes the entries back as doubles (key + minimum) and payloads.</summary>
    private static void WriteOut(Span<Entry> source, Span<double> keys, Span<TPayload> payload, ulong min)
    {
        ref Entry s = ref MemoryMarshal.GetReference(source);
        ref double k = ref MemoryMarshal.GetReference(keys);
        ref TPayload p = ref MemoryMarshal.GetReference(payload);
        nint end = source.Length;
        for (nint i = 0; i < end; i++)
        {
            ref Entry e = ref Unsafe.Add(ref s, i);
            Unsafe.Add(ref k, i) = BitConverter.UInt64BitsToDouble(e.Key + min);
            Unsafe.Add(ref p, i) = e.Value;
        }
    }

    /// <summary>Stable insertion sort (non-negative doubles compare like their bits).</summary>
    private static void InsertionSort(Span<double> keys, Span<TPayload> payload)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            double key = keys[i];
            TPayload value = payload[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
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
