using BenchmarkDotNet.Attributes;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Gini bootstrap with strata and PSUs (issue 18): 2·10^6 weighted observations in 2 000 strata × 25 PSUs, 200 Rao–Wu
/// replicates. Baseline: the one-replicate-at-a-time path (sort once with the order, build each replicate's weight
/// array, one Gini pass each, as GiniPrecision did before), against GiniPrecision.Bootstrap (eight replicates per pass
/// in vector lanes, no replicate weight arrays). Both on all cores, with the same replicates and the same bits.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GiniBootstrapScaleBenchmarks
{
    private double[] _income = [];
    private double[] _weights = [];
    private SurveyDesign _design = SurveyDesign.SimpleRandomSample(2);
    private readonly BootstrapOptions _options = new() { Replicates = 200, Seed = 1 };

    [Params(2_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new DeterministicRandom(42);
        _income = new double[N];
        _weights = new double[N];
        int[] strata = new int[N], psu = new int[N];
        for (int i = 0; i < N; i++)
        {
            _income[i] = Math.Round(Math.Exp(13 + 0.6 * random.NextGaussian())); // whole rupiah: some ties
            _weights[i] = 50 + random.NextInt(400);
            int cluster = random.NextInt(50_000); // 2 000 strata of 25 PSUs
            strata[i] = cluster / 25;
            psu[i] = cluster % 25;
        }
        _design = SurveyDesign.Create<int>(strata, psu);
    }

    [Benchmark(Baseline = true)]
    public double OneReplicateAPass()
    {
        using var sample = SortedWeightedSample.CreateWithOrder(_income, _weights, "income", "weights");
        ReadOnlySpan<int> order = sample.Order;
        int[] psuOfSorted = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
            psuOfSorted[k] = _design.PsuOf[order[k]];
        return Bootstrap.Run(sample.Weights.ToArray(), psuOfSorted, _design, w => Gini.OfSorted(sample.Values, w), _options, "G").StandardError;
    }

    [Benchmark]
    public double EightReplicatesAPass() =>
        GiniPrecision.Bootstrap(_income, _weights, _design, _options).StandardError;
}
