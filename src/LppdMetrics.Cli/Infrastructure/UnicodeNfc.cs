using System.Text;

namespace LppdMetrics.Cli;

/// <summary>
/// Unicode normalisation form C (UAX #15: canonical decomposition, canonical ordering, canonical composition) from
/// tables of its own (<c>UnicodeNfcData.cs</c>, written by <c>make-unicode-nfc.py</c>): the CLI runs with invariant
/// globalization, where <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is.
/// </summary>
internal static partial class UnicodeNfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>The text in NFC; ASCII text (and text already in NFC) is returned as it is. An unpaired surrogate is kept (as U+FFFD).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Its normalisation form C.</returns>
    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text))
            return text;
        var points = new List<int>(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
            Decompose(rune.Value, points);
        // Canonical ordering: each run of non-starters sorted by class, stably (a bubble sort, as UAX #15 shows it).
        for (int i = 1; i < points.Count; i++)
        {
            for (int j = i; j > 0; j--)
            {
                int a = Class(points[j - 1]), b = Class(points[j]);
                if (b == 0 || a <= b)
                    break;
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }
        // Canonical composition: each character with the last starter, unless blocked by one of the same or higher class between.
        int starter = 0, last = Class(points[0]) == 0 ? 0 : 256, kept = 1;
        for (int i = 1; i < points.Count; i++)
        {
            int c = points[i], k = Class(c);
            if ((last < k || last == 0) && Compose(points[starter], c) is int composite && Class(points[starter]) == 0)
            {
                points[starter] = composite;
                continue;
            }
            if (k == 0)
                starter = kept;
            last = k;
            points[kept++] = c;
        }
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < kept; i++)
            result.Append(new Rune(points[i]).ToString());
        string normal = result.ToString();
        return normal == text ? text : normal;
    }

    private static void Decompose(int c, List<int> into)
    {
        int s = c - SBase;
        if (s is >= 0 and < SCount)
        {
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0)
                into.Add(TBase + s % TCount);
            return;
        }
        if (Tables.Decomposition.TryGetValue(c, out (int First, int Second) d))
        {
            Decompose(d.First, into);
            if (d.Second != 0)
                Decompose(d.Second, into);
            return;
        }
        into.Add(c);
    }

    private static int? Compose(int first, int second)
    {
        int l = first - LBase, v = second - VBase;
        if (l is >= 0 and < LCount && v is >= 0 and < VCount)
            return SBase + (l * VCount + v) * TCount;
        int s = first - SBase, t = second - TBase;
        if (s is >= 0 and < SCount && s % TCount == 0 && t is > 0 and < TCount)
            return first + t;
        return Tables.Composition.TryGetValue(((long)first << 21) | (uint)second, out int composite) ? composite : null;
    }

    private static int Class(int c)
    {
        ReadOnlySpan<int> runs = CombiningClasses;
        int lo = 0, hi = runs.Length / 3 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (c < runs[mid * 3])
                hi = mid - 1;
            else if (c > runs[mid * 3 + 1])
                lo = mid + 1;
            else
                return runs[mid * 3 + 2];
        }
        return 0;
    }

    // Built on first use (a file of ASCII codes never needs them).
    private static class Tables
    {
        public static readonly Dictionary<int, (int First, int Second)> Decomposition = [];
        public static readonly Dictionary<long, int> Composition = [];

        static Tables()
        {
            ReadOnlySpan<int> d = Decompositions;
            for (int i = 0; i < d.Length; i += 3)
            {
                int second = d[i + 2] >> 1;
                Decomposition.Add(d[i], (d[i + 1], second));
                if ((d[i + 2] & 1) != 0)
                    Composition.Add(((long)d[i + 1] << 21) | (uint)second, d[i]);
            }
        }
    }
}
