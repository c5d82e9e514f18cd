using BenchmarkDotNet.Attributes;
using LppdMetrics.Poverty;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The FGT and Watts sums of <c>lppd poverty</c>, exact and mergeable (<see cref="FgtAccumulator"/>), on 10⁶
/// lognormal households with the line at the 30th percentile: one observation at a time (baseline: what the span form
/// did until issue 18, session 7) against the span form, which gathers the poor and sums each term column in blocks
/// (<c>ExactSum.Add(ReadOnlySpan&lt;double&gt;)</c>). Both hold the same exact sums (FgtAccumulatorTests).
/// </summary>
[MemoryDiagnoser]
public class FgtAccumulatorBenchmarks
{
    private double[] _y = [];
    private double[] _w = [];
    private double _line;

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_y, _w) = MicrodataSamples.Make(N);
        double[] sorted = (double[])_y.Clone();
        Array.Sort(sorted);
        _line = sorted[(int)(0.3 * N)];
    }

    [Benchmark(Baseline = true)]
    public double OneAtATime()
    {
        var acc = new FgtAccumulator(_line);
        for (int i = 0; i < _y.Length; i++)
            acc.Add(_y[i], _w[i]);
        return acc.Result().P2 + acc.Watts()!.Value;
    }

    [Benchmark]
    public double Blocks()
    {
        var acc = new FgtAccumulator(_line);
        acc.Add(_y, _w);
        return acc.Result().P2 + acc.Watts()!.Value;
    }
}
