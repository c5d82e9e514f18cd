using BenchmarkDotNet.Attributes;
using LppdMetrics.Inequality;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The weighted Gini against the way laeken and numpy do it (baseline): copy, <c>Array.Sort(keys, items)</c>, then
/// the cumulative loop. Target: at least 5× faster than the baseline at 1e7.
/// </summary>
[MemoryDiagnoser]
public class GiniBenchmarks
{
    private double[] _y = [];
    private double[] _w = [];
    private double[] _keys = [];
    private double[] _items = [];

    [Params(1_000, 1_000_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_y, _w) = MicrodataSamples.Make(N);
        _keys = new double[N];
        _items = new double[N];
    }

    [Benchmark(Baseline = true)]
    public double ArraySortThenCumulate()
    {
        _y.CopyTo(_keys, 0);
        _w.CopyTo(_items, 0);
        Array.Sort(_keys, _items);
        double total = 0, running = 0, area = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            double w = _items[i];
            double next = running + w * _keys[i];
            area += w * (running + next);
            running = next;
            total += w;
        }
        return 1.0 - area / total / running;
    }

    [Benchmark]
    public double RadixGini() => Gini.Compute(_y, _w);
}
