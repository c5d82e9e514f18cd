using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Statistics;

internal static partial class RadixSort
{
    /// <summary>
    /// Sorts the first <paramref name="count"/> keys ascending and permutes the payload with them, with no scratch
    /// as long as the input (not stable: see <see cref="RadixSort{TPayload}.SortInPlace"/>).
    /// </summary>
    /// <param name="keys">Non-negative doubles (sign bit clear, no NaN); sorted in place.</param>
    /// <param name="payload">One payload per key; permuted in place.</param>
    /// <param name="count">How many leading elements of the arrays to sort.</param>
    /// <param name="copyBelow">Up to this many keys, <see cref="Sort{TPayload}"/> (pooled scratch) is used instead; tests lower it.</param>
    public static void SortInPlace<TPayload>(double[] keys, TPayload[] payload, int count, int copyBelow = 1 << 20) where TPayload : unmanaged =>
        RadixSort<TPayload>.SortInPlace(keys, payload, count, copyBelow);
}

/// <summary>The in-place variant of the radix sort, for inputs too large to hold twice.</summary>
internal static unsafe partial class RadixSort<TPayload>
{
    /// <summary>
    /// Sorts like <see cref="Sort"/> but moves the records of the most-significant-digit passes within the caller's
    /// arrays (American flag sort: each record is swapped once into its bucket) instead of scattering them into a
    /// copy, so that the memory beyond the input is two cache-sized buffers per thread rather than 16 bytes per key.
    /// </summary>
    /// <remarks>
    /// <para>The in-place passes are not stable: the rows of a tie end in an order that depends only on the input
    /// (the same bits on any number of cores), not in input order. Callers that need a given tie order put the ties
    /// in it afterwards (<see cref="TieOrder"/>) or read the payload of a tie only through an exact, order-free sum.</para>
    /// <para>The keys are first split in place (two-pointer partition) at the bucket that halves them, and each half
    /// is then permuted and finished on its own (by its own thread when there are two cores). A bucket of at most
    /// <c>CacheRange</c> keys is finished as in <see cref="Sort"/> (copied into a cache-sized buffer, sorted by
    /// least-significant-digit passes, written back); a larger one is split in place again by its next digit.
    /// Inputs of at most <c>NativeScratch</c> keys (by default) take <see cref="Sort"/>, whose scratch is pooled.</para>
    /// </remarks>
    public static void SortInPlace(double[] keys, TPayload[] payload, int count, int copyBelow = NativeScratch)
    {
        if (count <= Math.Max(copyBelow, SmallRange))
        {
            Sort(keys, payload, count);
            return;
        }
        bool parallel = Environment.ProcessorCount > 1;
        (ulong min, ulong max) = parallel ? MinMaxOfHalves(keys, count) : MinMax(keys, 0, count);
        ulong range = max - min;
        if (range == 0)
            return;
        int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(range);
        int shift = Math.Max(0, bits - DigitWidth(count));
        int buckets = 1 << (bits - shift);
        int[] counts = ArrayPool<int>.Shared.Rent(3 * Buckets + 1);
        try
        {
            CountHalves(keys, count, min, shift, counts, parallel);
            int[] start = new int[buckets + 1];
            for (int b = 0; b < buckets; b++)
                start[b + 1] = start[b] + counts[Buckets + 1 + b] + counts[2 * Buckets + 1 + b];
            // The split is made on one core too, so that the order left within ties is the same on any machine.
            int split = 0;
            while (split < buckets && start[split + 1] <= count / 2)
                split++;
            Partition(keys, payload, start[split], count, min, shift, split);
            if (parallel)
                Parallel.Invoke(
                    () => Finish(keys, payload, start, 0, split, min, shift),
                    () => Finish(keys, payload, start, split, buckets, min, shift));
            else
            {
                Finish(keys, payload, start, 0, split, min, shift);
                Finish(keys, payload, start, split, buckets, min, shift);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>
    /// Moves the keys whose digit is below <paramref name="split"/> (exactly <paramref name="boundary"/> of them) to
    /// the front of the first <paramref name="count"/> and the others behind them (Hoare's two-pointer partition).
    /// </summary>
    private static void Partition(double[] keys, TPayload[] payload, int boundary, int count, ulong min, int shift, int split)
    {
        ref ulong k = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(keys));
        ref TPayload p = ref MemoryMarshal.GetArrayDataReference(payload);
        nint front = 0, back = boundary;
        while (true)
        {
            while (front < boundary && (int)((Unsafe.Add(ref k, front) - min) >> shift) < split)
                front++;
            while (back < count && (int)((Unsafe.Add(ref k, back) - min) >> shift) >= split)
                back++;
            if (front >= boundary || back >= count)
                return; // the counts agree: when one side has no misplaced key left, neither has the other
            (Unsafe.Add(ref k, front), Unsafe.Add(ref k, back)) = (Unsafe.Add(ref k, back), Unsafe.Add(ref k, front));
            (Unsafe.Add(ref p, front), Unsafe.Add(ref p, back)) = (Unsafe.Add(ref p, back), Unsafe.Add(ref p, front));
            front++;
            back++;
        }
    }

    /// <summary>
    /// Permutes the keys of buckets [<paramref name="first"/>, <paramref name="end"/>) (which occupy
    /// [start[first], start[end]) in any order) into their buckets, then sorts each bucket on its remaining
    /// <paramref name="shift"/> bits.
    /// </summary>
    private static void Finish(double[] keys, TPayload[] payload, int[] start, int first, int end, ulong min, int shift)
    {
        Permute(keys, payload, start, first, end, min, shift, mask: ulong.MaxValue);
        Entry[] source = ArrayPool<Entry>.Shared.Rent(CacheRange);
        Entry[]? temp = ArrayPool<Entry>.Shared.Rent(CacheRange);
        try
        {
            for (int b = first; b < end; b++)
                SortBucket(keys, payload, start[b], start[b + 1] - start[b], min, shift, source, ref temp);
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(source);
            if (temp is not null)
                ArrayPool<Entry>.Shared.Return(temp);
        }
    }

    /// <summary>
    /// American flag permutation: the keys of [start[first], start[end]), whose digits ((key − min) &gt;&gt; shift)
    /// &amp; mask lie in [first, end) with start[d] where digit d begins, each swapped once into its digit's stretch.
    /// </summary>
    /// <remarks>
    /// In rounds (as in Malte Skarupke's ska_sort): each round walks, bucket by bucket, the slots not yet settled, and
    /// swaps the key in each slot into the next free slot of its own digit, which settles that key; the key swapped
    /// back stays for the next round. Every swap settles one key, so there are as many swaps as keys out of place,
    /// and consecutive swaps do not wait for each other (the one-cycle-at-a-time form loads each slot only once the
    /// key before it is read), which lets the processor overlap their cache misses.
    /// </remarks>
    private static void Permute(double[] keys, TPayload[] payload, int[] start, int first, int end, ulong min, int shift, ulong mask)
    {
        int[] next = ArrayPool<int>.Shared.Rent(end);
        try
        {
            start.AsSpan(first, end - first).CopyTo(next.AsSpan(first));
            ref ulong k = ref Unsafe.As<double, ulong>(ref MemoryMarshal.GetArrayDataReference(keys));
            ref TPayload p = ref MemoryMarshal.GetArrayDataReference(payload);
            ref int n = ref MemoryMarshal.GetArrayDataReference(next);
            bool unsettled = true;
            while (unsettled)
            {
                unsettled = false;
                for (int b = first; b < end; b++)
                {
                    // Slots below next[b] hold settled keys of digit b; each swap below settles the key it moves, at
                    // next[d] (for d = b that slot is at or before i, already walked this round).
                    int stop = start[b + 1];
                    for (int i = Unsafe.Add(ref n, b); i < stop; i++)
                    {
                        ulong key = Unsafe.Add(ref k, i);
                        int j = Unsafe.Add(ref n, (nint)(((key - min) >> shift) & mask))++;
                        Unsafe.Add(ref k, i) = Unsafe.Add(ref k, j);
                        Unsafe.Add(ref k, j) = key;
                        (Unsafe.Add(ref p, i), Unsafe.Add(ref p, j)) = (Unsafe.Add(ref p, j), Unsafe.Add(ref p, i));
                    }
                    unsettled |= Unsafe.Add(ref n, b) != stop;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
    }

    /// <summary>
    /// Sorts the <paramref name="length"/> keys at <paramref name="lo"/>, which agree above their low
    /// <paramref name="bitsLeft"/> bits (relative to <paramref name="min"/>): through the cache-sized buffers when
    /// they fit, else by another in-place digit.
    /// </summary>
    private static void SortBucket(double[] keys, TPayload[] payload, int lo, int length, ulong min, int bitsLeft, Entry[] source, ref Entry[]? temp)
    {
        if (length < 2 || bitsLeft <= 0)
            return;
        if (length <= source.Length)
        {
            Span<Entry> entries = source.AsSpan(0, length);
            ReadOnlySpan<ulong> bits = MemoryMarshal.Cast<double, ulong>(keys.AsSpan(lo, length));
            ReadOnlySpan<TPayload> values = payload.AsSpan(lo, length);
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i].Key = bits[i] - min;
                entries[i].Value = values[i];
            }
            SortRange(entries, keys.AsSpan(lo, length), payload.AsSpan(lo, length), bitsLeft, min, ref temp);
            return;
        }
        int shift = Math.Max(0, bitsLeft - DigitWidth(length));
        int buckets = 1 << (bitsLeft - shift);
        ulong mask = (ulong)buckets - 1;
        int[] start = ArrayPool<int>.Shared.Rent(buckets + 1);
        try
        {
            Span<int> s = start.AsSpan(0, buckets + 1);
            s.Clear();
            foreach (ulong key in MemoryMarshal.Cast<double, ulong>(keys.AsSpan(lo, length)))
                s[(int)(((key - min) >> shift) & mask) + 1]++;
            s[0] = lo;
            for (int d = 1; d <= buckets; d++)
                s[d] += s[d - 1];
            Permute(keys, payload, start, 0, buckets, min, shift, mask);
            for (int d = 0; d < buckets; d++)
                SortBucket(keys, payload, start[d], start[d + 1] - start[d], min, shift, source, ref temp);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(start);
        }
    }
}
