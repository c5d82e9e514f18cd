using BenchmarkDotNet.Attributes;
using LppdMetrics.Numbers;

namespace LppdMetrics.Benchmarks;

/// <summary>Report rounding against the framework's Math.Round (baseline), on 1e5 decimals.</summary>
[MemoryDiagnoser]
public class RoundingBenchmarks
{
    private decimal[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _values = Enumerable.Range(0, 100_000).Select(_ => (decimal)rng.Next(0, 10_000_000) / 1000m).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal MathRound()
    {
        decimal s = 0;
        foreach (var v in _values) s += Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return s;
    }

    [Benchmark]
    public decimal ReportRound()
    {
        decimal s = 0;
        foreach (var v in _values) s += ReportRounding.Round(v, 2);
        return s;
    }
}
