using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using LppdMetrics.Poverty;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Weighted P0/P1/P2 in one pass against the memory-bandwidth floor: a plain vectorised weighted sum Σ w·y over the
/// same two arrays (baseline). Target: FGT within 1.5× of the baseline at 1e7, zero allocations.
/// </summary>
[MemoryDiagnoser]
public class FgtBenchmarks
{
    private double[] _y = [];
    private double[] _w = [];

    [Params(1_000, 1_000_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (_y, _w) = MicrodataSamples.Make(N);

    [Benchmark(Baseline = true)]
    public double WeightedSum()
    {
        ReadOnlySpan<double> y = _y, w = _w;
        Vector256<double> acc = Vector256<double>.Zero;
        int i = 0;
        for (; i <= y.Length - 4; i += 4)
            acc += Vector256.Create(w.Slice(i, 4)) * Vector256.Create(y.Slice(i, 4));
        double s = Vector256.Sum(acc);
        for (; i < y.Length; i++)
            s += w[i] * y[i];
        return s;
    }

    [Benchmark]
    public double Fgt012() => Fgt.Compute(_y, _w, 1.0e6).P2;
}
