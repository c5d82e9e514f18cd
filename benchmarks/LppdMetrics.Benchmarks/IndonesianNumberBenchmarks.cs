using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LppdMetrics.Numbers;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// IndonesianNumber on 10 000 report-style cells, against the framework's invariant decimal.Parse / ToString on the
/// same values already written the invariant way (baseline per category: the cost of reading report text).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IndonesianNumberBenchmarks
{
    private const int Count = 10_000;
    private string[] _report = [];
    private string[] _invariant = [];
    private decimal[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _values = new decimal[Count];
        _report = new string[Count];
        _invariant = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            decimal v = rng.Next(0, 4) switch
            {
                0 => rng.Next(0, 10_000) / 100m,                        // 72,84
                1 => rng.Next(1_000, 2_000_000),                        // 1.263.650
                2 => rng.Next(0, 1_000_000_000) * 1_000m + rng.Next(0, 100) / 100m, // 2.661.802.922.631,07
                _ => -rng.Next(0, 10_000) / 100m,                       // -9,43
            };
            _values[i] = v;
            _invariant[i] = v.ToString(CultureInfo.InvariantCulture);
            _report[i] = (i % 5) switch
            {
                0 => "Rp. " + IndonesianNumber.Format(v, v.Scale),
                1 => IndonesianNumber.Format(v, v.Scale, NumberFormatOptions.Percent),
                _ => IndonesianNumber.Format(v, v.Scale),
            };
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Parse")]
    public decimal DecimalParseInvariant()
    {
        decimal s = 0;
        foreach (string t in _invariant) s += decimal.Parse(t, NumberStyles.Number, CultureInfo.InvariantCulture);
        return s;
    }

    [Benchmark, BenchmarkCategory("Parse")]
    public decimal IndonesianParse()
    {
        decimal s = 0;
        foreach (string t in _report) s += IndonesianNumber.Parse(t).Value!.Value;
        return s;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Format")]
    public int DecimalToStringInvariant()
    {
        int n = 0;
        foreach (decimal v in _values) n += v.ToString("N2", CultureInfo.InvariantCulture).Length;
        return n;
    }

    [Benchmark, BenchmarkCategory("Format")]
    public int IndonesianFormat()
    {
        int n = 0;
        foreach (decimal v in _values) n += IndonesianNumber.Format(v, 2).Length;
        return n;
    }
}
