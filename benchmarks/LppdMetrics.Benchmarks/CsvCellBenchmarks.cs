using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LppdMetrics.Cli;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Issue 18, session 4: the cells of a CSV microdata file, against the code they replace in the same run: 10⁶ rows of income and weight cells (whole rupiah and whole weights 50–449, as
/// benchmarks/peers/make_data.py writes them, or with two decimals), laid out in one buffer as in a CSV line:
/// the hot path <c>CsvFastNumber.TryRead</c> (eight bytes at a time) against the baseline <c>CsvChunks.TryNumber</c>,
/// the cell reader that every value and weight cell went through before (Clinger's fast path after a general
/// scan for sign, fraction and exponent).
/// </summary>
[MemoryDiagnoser]
public class CsvCellBenchmarks
{
    private const int Rows = 1_000_000;
    private const int ColumnLength = 10_000_000;
    private byte[] _data = [];
    private (int Start, int End)[] _cells = [];

    [Params(false, true)]
    public bool Decimals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (double[] y, double[] w) = MicrodataSamples.Make(Rows);
        var text = new StringBuilder(Rows * 24);
        var cells = new List<(int, int)>(2 * Rows);
        string format = Decimals ? "F2" : "F0";
        for (int i = 0; i < Rows; i++)
        {
            foreach (double x in new[] { y[i], Math.Floor(w[i]) + (Decimals ? 0.25 : 0) })
            {
                int start = text.Length;
                text.Append(x.ToString(format, CultureInfo.InvariantCulture));
                cells.Add((start, text.Length));
                text.Append(',');
            }
            text.Append("1676,5\n");
        }
        _data = Encoding.ASCII.GetBytes(text.ToString());
        _cells = [.. cells];
    }

    [Benchmark(Baseline = true)]
    public double CellsThroughTryNumber()
    {
        double sum = 0;
        ReadOnlySpan<byte> data = _data;
        foreach ((int start, int end) in _cells)
        {
            if (!CsvChunks.TryNumber(data[start..end], decimalComma: false, out double v))
                throw new InvalidOperationException("not a number");
            sum += v;
        }
        return sum;
    }

    [Benchmark]
    public double CellsThroughFastPath()
    {
        double sum = 0;
        ReadOnlySpan<byte> data = _data;
        foreach ((int start, int end) in _cells)
        {
            if (!CsvFastNumber.TryRead(data, start, end, decimalComma: false, out double v)
                && !CsvChunks.TryNumber(data[start..end], decimalComma: false, out v))
                throw new InvalidOperationException("not a number");
            sum += v;
        }
        return sum;
    }
}

/// <summary>
/// Issue 18, session 4: two fresh columns of 10⁷ doubles (160 MB) written once, as the CSV parse first touches the
/// memory of its columns: <see cref="LargeArray.Allocate{T}"/> (huge-page advice) against the baseline
/// <see cref="GC.AllocateUninitializedArray{T}(int, bool)"/>. One invocation per iteration, so that each one allocates
/// anew; whether the runtime hands back memory the previous iteration already touched is up to its collector, so
/// the end-to-end times of <c>lppd gini</c> in benchmarks/README.md are the telling ones.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ColumnMemoryBenchmarks
{
    private const int ColumnLength = 10_000_000;

    [IterationCleanup]
    public void Cleanup() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    [Benchmark(Baseline = true)]
    public double Uninitialized() => Touch(GC.AllocateUninitializedArray<double>(ColumnLength), GC.AllocateUninitializedArray<double>(ColumnLength));

    [Benchmark]
    public double LargeArrays() => Touch(LargeArray.Allocate<double>(ColumnLength), LargeArray.Allocate<double>(ColumnLength));

    private static double Touch(double[] values, double[] weights)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i;
            weights[i] = 1;
        }
        return values[^1] + weights[^1];
    }
}
