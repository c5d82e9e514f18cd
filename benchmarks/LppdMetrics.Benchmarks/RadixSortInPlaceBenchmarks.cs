using BenchmarkDotNet.Attributes;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Sorting 10⁷ (value, weight) pairs by value: the stable radix sort with its 16 bytes a row of scratch (baseline)
/// against the in-place sort of <c>Gini.ComputeInPlace</c> (issue 18, session 5). Each call first copies the unsorted
/// pairs into the arrays it sorts (the same copy for both), so every call sorts the same input; the scratch is fresh
/// native memory in each call, as in one run of <c>lppd gini</c>.
/// </summary>
[MemoryDiagnoser]
public class RadixSortInPlaceBenchmarks
{
    private double[] _y = [];
    private double[] _w = [];
    private double[] _keys = [];
    private double[] _payload = [];

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_y, _w) = MicrodataSamples.Make(N);
        for (int i = 0; i < N; i++)
            _y[i] = Math.Round(_y[i]); // whole rupiah, as the benchmark file of benchmarks/peers
        _keys = new double[N];
        _payload = new double[N];
    }

    [Benchmark(Baseline = true)]
    public double StableWithScratch()
    {
        _y.CopyTo(_keys, 0);
        _w.CopyTo(_payload, 0);
        RadixSort.Sort(_keys, _payload, N);
        return _keys[N / 2];
    }

    [Benchmark]
    public double InPlace()
    {
        _y.CopyTo(_keys, 0);
        _w.CopyTo(_payload, 0);
        RadixSort.SortInPlace(_keys, _payload, N);
        return _keys[N / 2];
    }
}
