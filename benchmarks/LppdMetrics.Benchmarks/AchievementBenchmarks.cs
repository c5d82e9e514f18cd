using BenchmarkDotNet.Attributes;
using LppdMetrics.Accountability;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// 10^4 negative-polarity capaian: the bare decimal formula and rounding (baseline) against Capaian.Compute, which
/// also validates and builds the trace.
/// </summary>
[MemoryDiagnoser]
public class AchievementBenchmarks
{
    private decimal[] _targets = [];
    private decimal[] _realizations = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _targets = Enumerable.Range(0, 10_000).Select(_ => rng.Next(100, 100_000) / 100m).ToArray();
        _realizations = Enumerable.Range(0, 10_000).Select(_ => rng.Next(100, 100_000) / 100m).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal BareFormula()
    {
        decimal s = 0;
        for (int i = 0; i < _targets.Length; i++)
            s += Math.Round((2m * _targets[i] - _realizations[i]) / _targets[i] * 100m, 2, MidpointRounding.AwayFromZero);
        return s;
    }

    [Benchmark]
    public decimal TraceableCompute()
    {
        decimal s = 0;
        for (int i = 0; i < _targets.Length; i++)
            s += Achievement.Compute(_targets[i], _realizations[i], Polarity.Negative).Value!.Value;
        return s;
    }
}
