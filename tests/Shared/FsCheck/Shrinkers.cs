using FsCheck;
using FsCheck.Fluent;

namespace LppdMetrics.TestSupport;

/// <summary>
/// Arbitraries and shrinkers for the property tests: every custom generator comes with a shrinker, so that a
/// failing case is reported in its smallest form (fewest records, values nearest the low end of their domain).
/// Every shrink stays inside the generator's domain, so a property's preconditions hold for the shrunk value too.
/// </summary>
public static class Shrinkers
{
    /// <summary>Integers in [<paramref name="low"/>, <paramref name="high"/>], shrinking toward the end nearest 0.</summary>
    public static Arbitrary<int> Choose(int low, int high) =>
        Arb.From(Gen.Choose(low, high), x => Int(x, Target(low, high)));

    /// <summary>Integers in [<paramref name="low"/>, <paramref name="high"/>] divided by <paramref name="divisor"/>
    /// (exact decimals such as hundredths), shrinking like <see cref="Choose"/>.</summary>
    public static Arbitrary<decimal> Scaled(int low, int high, decimal divisor) =>
        Choose(low, high).Convert(i => i / divisor, d => (int)(d * divisor));

    /// <summary>One of <paramref name="items"/>, shrinking toward the earlier items.</summary>
    public static Arbitrary<T> Elements<T>(params T[] items) =>
        Arb.From(Gen.Elements(items), x => Earlier(x, items));

    /// <summary>The in-range value nearest 0 of [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static int Target(int low, int high) => low > 0 ? low : high < 0 ? high : 0;

    /// <summary>Shrinks of <paramref name="value"/> toward <paramref name="target"/>: the target, then halving the
    /// distance, last one step; all strictly between (or at) the target and the value.</summary>
    public static IEnumerable<int> Int(int value, int target)
    {
        for (long step = (long)value - target; step != 0; step /= 2)
            yield return (int)(value - step);
    }

    /// <summary>The items before <paramref name="value"/> in <paramref name="items"/>.</summary>
    public static IEnumerable<T> Earlier<T>(T value, IReadOnlyList<T> items)
    {
        for (int i = 0; i < items.Count && !EqualityComparer<T>.Default.Equals(items[i], value); i++)
            yield return items[i];
    }

    /// <summary>
    /// Shrinks of an array: without its second half or one element (never below <paramref name="minLength"/>), then
    /// with one element shrunk by <paramref name="element"/>.
    /// </summary>
    public static IEnumerable<T[]> Array<T>(T[] values, Func<T, IEnumerable<T>> element, int minLength = 0)
    {
        if (values.Length / 2 >= minLength && values.Length > 1)
            yield return values[..(values.Length / 2)];
        if (values.Length > minLength)
            for (int i = 0; i < values.Length; i++)
                yield return [.. values[..i], .. values[(i + 1)..]];
        for (int i = 0; i < values.Length; i++)
            foreach (T smaller in element(values[i]))
            {
                var copy = (T[])values.Clone();
                copy[i] = smaller;
                yield return copy;
            }
    }

    /// <summary>Shrinks of a pair: the first shrunk, then the second.</summary>
    public static IEnumerable<(T1, T2)> Pair<T1, T2>((T1 First, T2 Second) pair, Func<T1, IEnumerable<T1>> first, Func<T2, IEnumerable<T2>> second) =>
        first(pair.First).Select(a => (a, pair.Second)).Concat(second(pair.Second).Select(b => (pair.First, b)));

    /// <summary>Shrinks of a decimal toward 0 that keep its sign or reach 0: 0, the integer part, one decimal fewer,
    /// a tenth (at the same scale), the positive value.</summary>
    public static IEnumerable<decimal> Decimal(decimal value)
    {
        if (value == 0m) yield break;
        var seen = new HashSet<(decimal, int)> { (value, value.Scale) };
        foreach (decimal d in Candidates())
            if (seen.Add((d, d.Scale)))
                yield return d;

        IEnumerable<decimal> Candidates()
        {
            yield return 0m;
            yield return decimal.Truncate(value);
            if (value.Scale > 0) yield return decimal.Round(value, value.Scale - 1, MidpointRounding.ToZero);
            yield return decimal.Round(value / 10m, value.Scale, MidpointRounding.ToZero);
            if (value < 0m) yield return -value;
        }
    }

    /// <summary>Shrinks of a text: empty, its first half, without one character (the first 64).</summary>
    public static IEnumerable<string> Text(string text)
    {
        if (text.Length == 0) yield break;
        yield return "";
        if (text.Length > 1) yield return text[..(text.Length / 2)];
        for (int i = 0; i < Math.Min(text.Length, 64); i++)
            yield return text.Remove(i, 1);
    }
}
