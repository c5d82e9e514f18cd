using BenchmarkDotNet.Attributes;
using LppdMetrics.Inequality;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Gini bootstrap with strata and PSUs (issue 18): 5·10^5 weighted observations in 2 000 strata × 25 PSUs, whole-rupiah
/// incomes (most values shared by several rows), 200 Rao–Wu replicates, eight replicates per pass on all cores.
/// Baseline: the tie handling before issue 18 session 3 (<see cref="ExactTieGiniReplicates"/>: an exact accumulator per
/// tie, lane and replicate), against <c>GiniPrecision.Bootstrap</c> (ties in the canonical order weight, then PSU, and
/// summed left to right). Both include the sort.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GiniBootstrapScaleBenchmarks
{
    private double[] _income = [];
    private double[] _weights = [];
    private SurveyDesign _design = SurveyDesign.SimpleRandomSample(2);
    private readonly BootstrapOptions _options = new() { Replicates = 200, Seed = 1 };

    [Params(500_000)]
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
    public double ExactSumPerTie()
    {
        using var sample = SortedWeightedSample.CreateWithOrder(_income, _weights, "income", "weights");
        ReadOnlySpan<int> order = sample.Order;
        int[] psuOfSorted = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
            psuOfSorted[k] = _design.PsuOf[order[k]];
        double estimate = Gini.OfSorted(sample.Values, sample.Weights);
        var kernel = new ExactTieGiniReplicates(sample.Values.ToArray(), sample.Weights.ToArray(), psuOfSorted, _design.PsuCount);
        return Bootstrap.RunBlocks([estimate], _design, kernel.Evaluate, _options, "G")[0].StandardError;
    }

    [Benchmark]
    public double CanonicalTieOrder() =>
        GiniPrecision.Bootstrap(_income, _weights, _design, _options).StandardError;
}
