using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests;

/// <summary>Random household microdata for property tests, built from integer seeds (never NaN or ∞).</summary>
public sealed record Microdata(double[] Consumption, double[] Weights, int[] Groups)
{
    public int Count => Consumption.Length;

    /// <summary>1–80 households; consumption 0–2000 in steps of 0.5 (ties likely), weights 1–500 in steps of 0.25, 1–4 groups.</summary>
    public static Gen<Microdata> Gen { get; } =
        FsCheck.Fluent.Gen.Choose(1, 80).SelectMany(n => FsCheck.Fluent.Gen.Choose(0, int.MaxValue).Select(seed => Make(n, seed)));

    /// <summary><see cref="Gen"/> with a shrinker: fewer households, then one household's consumption, weight or
    /// group moved toward the low end of its domain (consumption 0, weight 1, group 1).</summary>
    public static Arbitrary<Microdata> Arbitrary { get; } = Arb.From(Gen, Shrink);

    private static IEnumerable<Microdata> Shrink(Microdata d)
    {
        var rows = Enumerable.Range(0, d.Count).Select(i => (Y: d.Consumption[i], W: d.Weights[i], G: d.Groups[i])).ToArray();
        return Shrinkers.Array(rows, Row, minLength: 1).Select(r => new Microdata(
            r.Select(x => x.Y).ToArray(), r.Select(x => x.W).ToArray(), r.Select(x => x.G).ToArray()));

        // Consumption in halves 0–2000, weights in quarters 1–500, groups 1–4.
        static IEnumerable<(double Y, double W, int G)> Row((double Y, double W, int G) r) =>
            Shrinkers.Int((int)(r.Y * 2), 0).Select(h => (h / 2.0, r.W, r.G))
                .Concat(Shrinkers.Int((int)(r.W * 4), 4).Select(q => (r.Y, q / 4.0, r.G)))
                .Concat(Shrinkers.Int(r.G, 1).Select(g => (r.Y, r.W, g)));
    }

    public static Microdata Make(int n, int seed)
    {
        var rng = new Random(seed);
        var y = new double[n];
        var w = new double[n];
        var g = new int[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = rng.Next(0, 4001) / 2.0;
            w[i] = rng.Next(4, 2001) / 4.0;
            g[i] = rng.Next(1, 5);
        }
        return new Microdata(y, w, g);
    }


    public static bool Close(double expected, double actual, double relative = 1e-12) =>
        Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected));
}
