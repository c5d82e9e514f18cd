namespace LppdMetrics.Benchmarks;

/// <summary>Lognormal consumption (median about 1.2 million rupiah) and uniform weights 50–400, fixed seed.</summary>
internal static class MicrodataSamples
{
    public static (double[] Consumption, double[] Weights) Make(int n, int seed = 2024)
    {
        var rng = new Random(seed);
        var y = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            // Box–Muller normal → lognormal(ln 1.2e6, 0.6).
            double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
            double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            y[i] = Math.Exp(Math.Log(1.2e6) + 0.6 * z);
            w[i] = 50 + 350 * rng.NextDouble();
        }
        return (y, w);
    }
}
