using BenchmarkDotNet.Attributes;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Macro;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The cost of a traceable IPM and of a traceable relative change against the bare formulas (baseline): what the
/// trace (inputs, ten steps as round-trip decimals, notes) adds per call.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HumanDevelopmentBenchmarks
{
    // Fields, not constants, so that the JIT cannot fold the bare formulas away.
    private double _uhh = 75.32, _hls = 12.67, _rls = 7.87, _exp = 12020, _lnMin = Math.Log(1007.436), _lnMax = Math.Log(26572.352);
    private decimal _previous = 8.69m, _current = 8.16m;

    [Benchmark(Baseline = true)]
    public double BareFormula()
    {
        double h = (_uhh - 20) / 65, e = (_hls / 18 + _rls / 15) / 2, x = (Math.Log(_exp) - _lnMin) / (_lnMax - _lnMin);
        return 100 * Math.Cbrt(h * e * x);
    }

    [Benchmark]
    public decimal ComputeWithTrace() => HumanDevelopmentIndex.Compute(_uhh, _hls, _rls, _exp).Unrounded!.Value;

    [Benchmark]
    public decimal BarePercentChange() => Math.Round((_current - _previous) / _previous * 100m, 2, MidpointRounding.AwayFromZero);

    [Benchmark]
    public decimal PercentChangeWithTrace() => Change.Percent(_previous, _current).Value!.Value;
}
