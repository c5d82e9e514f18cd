using BenchmarkDotNet.Attributes;
using LppdMetrics.Inequality;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Every inequality measure of 10^6 weighted whole-rupiah incomes (ties, as Susenas incomes have them), and their
/// bootstrap SEs on 10^5 rows × 50 Rao–Wu replicates in 2 000 PSUs of 50 strata. Baselines in the same run: each
/// measure by its own method (what <c>InequalityProfile.Compute</c> did before issue 18's session 10), and the bootstrap
/// by its definition (every replicate's profile recomputed from scratch, what <c>lppd inequality --se</c> did).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class InequalityBenchmarks
{
    private double[] _income = [];
    private double[] _weights = [];
    private double[] _sortable = [], _sortableWeights = [];
    private double[] _bootIncome = [], _bootWeights = [];
    private SurveyDesign _design = SurveyDesign.SimpleRandomSample(2);
    private readonly BootstrapOptions _options = new() { Replicates = 50, Seed = 1 };
    private static readonly double[] Epsilons = [0.5, 1, 2];

    [GlobalSetup]
    public void Setup()
    {
        var random = new DeterministicRandom(42);
        const int n = 1_000_000, m = 100_000;
        _income = new double[n];
        _weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            _income[i] = Math.Round(Math.Exp(13 + 0.6 * random.NextGaussian()));
            _weights[i] = 50 + random.NextInt(400);
        }
        _sortable = new double[n];
        _sortableWeights = new double[n];
        _bootIncome = _income[..m];
        _bootWeights = _weights[..m];
        int[] strata = new int[m], psu = new int[m];
        for (int i = 0; i < m; i++)
        {
            int cluster = random.NextInt(2_000);
            strata[i] = cluster / 40;
            psu[i] = cluster;
        }
        _design = SurveyDesign.Create<int>(strata, psu);
    }

    [Benchmark(Baseline = true)]
    public double EachMeasureAlone()
    {
        double sum = Gini.Compute(_income, _weights) + GeneralizedEntropy.Theil(_income, _weights)
            + GeneralizedEntropy.MeanLogDeviation(_income, _weights) + IncomeShares.S80S20(_income, _weights) + IncomeShares.Palma(_income, _weights);
        foreach (double e in Epsilons)
            sum += Atkinson.Compute(_income, _weights, e);
        return sum;
    }

    [Benchmark]
    public double Profile() => InequalityProfile.Compute(_income, _weights, Epsilons).Mean;

    [Benchmark]
    public double ProfileInPlace()
    {
        _income.CopyTo(_sortable, 0);
        _weights.CopyTo(_sortableWeights, 0);
        return InequalityProfile.ComputeInPlace(_sortable, _sortableWeights, Epsilons).Mean;
    }

    [Benchmark]
    public double BootstrapByDefinition() =>
        Bootstrap.EstimateAll(_bootWeights, _design, w =>
        {
            InequalityProfile p = InequalityProfile.Compute(_bootIncome, w, Epsilons);
            return p.Measures.Select(x => x.Value ?? double.NaN).ToArray();
        }, _options)[1].StandardError;

    [Benchmark]
    public double BootstrapSortedOnce() =>
        InequalityPrecision.Bootstrap(_bootIncome, _bootWeights, _design, Epsilons, _options)[1].Estimate!.StandardError;
}
