using BenchmarkDotNet.Attributes;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Gini bootstrap, 10^6 weighted observations, 200 Rao–Wu replicates: re-sorting at every replicate (baseline,
/// Gini.Compute on the replicate weights) against GiniPrecision.Bootstrap, which sorts once and re-weights.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GiniBootstrapBenchmarks
{
    private double[] _income = [];
    private double[] _weights = [];
    private SurveyDesign _design = SurveyDesign.SimpleRandomSample(2);
    private readonly BootstrapOptions _options = new() { Replicates = 200, Seed = 1 };

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new DeterministicRandom(42);
        _income = new double[N];
        _weights = new double[N];
        for (int i = 0; i < N; i++)
        {
            _income[i] = Math.Exp(13 + 0.6 * random.NextGaussian());
            _weights[i] = 50 + random.NextInt(400);
        }
        _design = SurveyDesign.SimpleRandomSample(N);
    }

    [Benchmark(Baseline = true)]
    public double ResortEveryReplicate() =>
        Bootstrap.Estimate(_weights, _design, w => Gini.Compute(_income, w), _options).StandardError;

    [Benchmark]
    public double SortOnceReweight() =>
        GiniPrecision.Bootstrap(_income, _weights, _design, _options).StandardError;
}
