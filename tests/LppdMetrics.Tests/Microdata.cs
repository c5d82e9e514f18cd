using FsCheck;
using FsCheck.Fluent;

namespace LppdMetrics.Tests;

/// <summary>Random household microdata for property tests, built from integer seeds (never NaN or ∞).</summary>
public sealed record Microdata(double[] Consumption, double[] Weights, int[] Groups)
{
    public int Count => Consumption.Length;

    /// <summary>1–80 households; consumption 0–2000 in steps of 0.5 (ties likely), weights 1–500 in steps of 0.25, 1–4 groups.</summary>
    public static Gen<Microdata> Gen { get; } =
        FsCheck.Fluent.Gen.Choose(1, 80).SelectMany(n => FsCheck.Fluent.Gen.Choose(0, int.MaxValue).Select(seed => Make(n, seed)));

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
