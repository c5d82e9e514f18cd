using BenchmarkDotNet.Attributes;
using LppdMetrics.Numbers;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The exact sum of 10⁶ survey weights (uniform 50–400, with fractions): <c>ExactSum.Add(double)</c> one value at a
/// time (baseline: three dependent read-modify-writes of the digits in memory per value) against
/// <c>ExactSum.Add(ReadOnlySpan&lt;double&gt;)</c>, which sums blocks of 1 024 in registers at a common scale (issue 18,
/// session 7). The same bits (ExactSumTests).
/// </summary>
[MemoryDiagnoser]
public class ExactSumBenchmarks
{
    private double[] _w = [];

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (_, _w) = MicrodataSamples.Make(N);

    [Benchmark(Baseline = true)]
    public double OneAtATime()
    {
        var sum = new ExactSum();
        foreach (double w in _w)
            sum.Add(w);
        return sum.ToDouble();
    }

    [Benchmark]
    public double Blocks()
    {
        var sum = new ExactSum();
        sum.Add(_w);
        return sum.ToDouble();
    }
}
