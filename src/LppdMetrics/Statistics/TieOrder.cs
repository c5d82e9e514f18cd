using System.Buffers;

namespace LppdMetrics.Statistics;

/// <summary>
/// The canonical order of rows inside a tie (a run of equal sorted values): ascending by the weight's IEEE-754 bits,
/// then by a secondary integer key (the PSU index, or the input index). Rows equal in value, weight and secondary key
/// are interchangeable, so any sum taken left to right over the sorted rows — also of products w·m_psu, as in a
/// bootstrap replicate — is the same bits under any order of the input rows, without an exact accumulator.
/// </summary>
/// <remarks>
/// Weights are finite and ≥ 0 (−0 allowed); their bits, read as unsigned integers, order them as numbers, with −0
/// last. Runs of up to 16 rows are sorted by insertion sort, longer ones by one introsort of 128-bit keys (weight bits,
/// secondary key); with no secondary key, by the weight bits alone. O(n) over data with short ties.
/// </remarks>
internal static class TieOrder
{
    private const int Small = 16;

    /// <summary>Sorts every run of equal <paramref name="values"/> by (weight bits, <paramref name="secondary"/>).</summary>
    /// <param name="values">Values, ascending (runs of equal values are the ties).</param>
    /// <param name="weights">Weights in the same order, permuted within each tie.</param>
    /// <param name="secondary">A key permuted along and compared after the weight (empty: none).</param>
    public static void Canonicalize(ReadOnlySpan<double> values, Span<double> weights, Span<int> secondary)
    {
        int n = values.Length;
        int i = 0;
        while (i < n)
        {
            double x = values[i];
            int end = i + 1;
            while (end < n && values[end] == x)
                end++;
            if (end - i > 1)
                SortRun(weights[i..end], secondary.IsEmpty ? secondary : secondary[i..end]);
            i = end;
        }
    }

    private static void SortRun(Span<double> weights, Span<int> secondary)
    {
        int n = weights.Length;
        if (n <= Small && secondary.IsEmpty)
        {
            // By the weight's bits alone (non-negative doubles order as their bits; −0 last).
            Span<ulong> bits = System.Runtime.InteropServices.MemoryMarshal.Cast<double, ulong>(weights);
            for (int i = 1; i < n; i++)
            {
                ulong key = bits[i];
                int j = i - 1;
                while (j >= 0 && bits[j] > key)
                {
                    bits[j + 1] = bits[j];
                    j--;
                }
                bits[j + 1] = key;
            }
            return;
        }
        if (n <= Small)
        {
            // With a secondary key (the case without one returned above).
            for (int i = 1; i < n; i++)
            {
                double w = weights[i];
                int s = secondary[i];
                UInt128 key = Key(w, s);
                int j = i - 1;
                while (j >= 0 && Key(weights[j], secondary[j]) > key)
                {
                    weights[j + 1] = weights[j];
                    secondary[j + 1] = secondary[j];
                    j--;
                }
                weights[j + 1] = w;
                secondary[j + 1] = s;
            }
            return;
        }
        if (secondary.IsEmpty)
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<double, ulong>(weights).Sort();
            return;
        }
        UInt128[] keys = ArrayPool<UInt128>.Shared.Rent(n);
        try
        {
            Span<UInt128> k = keys.AsSpan(0, n);
            for (int i = 0; i < n; i++)
                k[i] = Key(weights[i], secondary[i]);
            k.Sort();
            for (int i = 0; i < n; i++)
            {
                weights[i] = BitConverter.UInt64BitsToDouble((ulong)(k[i] >> 32));
                secondary[i] = (int)(uint)k[i];
            }
        }
        finally
        {
            ArrayPool<UInt128>.Shared.Return(keys);
        }
    }

    private static UInt128 Key(double weight, int secondary) =>
        ((UInt128)BitConverter.DoubleToUInt64Bits(weight) << 32) | (uint)secondary;
}
