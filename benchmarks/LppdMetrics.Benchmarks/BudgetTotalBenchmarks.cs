using BenchmarkDotNet.Attributes;
using LppdMetrics.Accountability;

namespace LppdMetrics.Benchmarks;

/// <summary>A budget total over 10^5 rows of up to 10^13 rupiah with cents: a bare summing loop (baseline) against BudgetRealization.Total.</summary>
[MemoryDiagnoser]
public class BudgetTotalBenchmarks
{
    private BudgetLine[] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _rows = Enumerable.Range(0, 100_000)
            .Select(_ => new BudgetLine(rng.NextInt64(1, 1_000_000_000_000_000) / 100m, rng.NextInt64(0, 1_000_000_000_000_000) / 100m))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal BareSums()
    {
        decimal a = 0, r = 0;
        foreach (var row in _rows)
        {
            a += row.Allocation;
            r += row.Realization;
        }
        return Math.Round(r / a * 100m, 2, MidpointRounding.AwayFromZero);
    }

    [Benchmark]
    public decimal Total() => BudgetRealization.Total(_rows).Value!.Value;
}
