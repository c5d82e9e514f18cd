using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LppdMetrics.Cli;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Reading the value and weight columns of a microdata CSV (income,weight,strata,psu, and 36 more columns in the wide
/// form, whole rupiah as
/// benchmarks/peers/make_data.py writes them, from the page cache): the chunked reader of issue 18 (<c>CsvChunks</c>:
/// the file split at line breaks, each chunk parsed on its own core straight into the columns) against the reader it
/// replaces as the baseline (Sep's parallel rows handed over one at a time through a delegate into
/// <c>MicrodataColumns</c>).
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private string _path = "";

    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Columns a row: the four of make_data.py, or 40 as a survey file has (36 more codes after the design).</summary>
    [Params(4, 40)]
    public int Columns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"lppd-csv-bench-{N}-{Columns}.csv");
        (double[] y, double[] w) = MicrodataSamples.Make(N);
        string more = string.Concat(Enumerable.Range(5, Columns - 4).Select(c => ",r" + c.ToString(CultureInfo.InvariantCulture)));
        var text = new StringBuilder("income,weight,strata,psu" + more + "\n", N * 20);
        var rng = new Random(18);
        for (int i = 0; i < N; i++)
        {
            int cluster = rng.Next(50_000);
            text.Append(CultureInfo.InvariantCulture, $"{Math.Round(y[i])},{Math.Round(w[i])},{cluster / 25},{cluster % 25}");
            for (int c = 4; c < Columns; c++)
                text.Append(',').Append(rng.Next(100_000));
            text.Append('\n');
        }
        File.WriteAllText(_path, text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int SepRowsThroughADelegate()
    {
        using CsvInput csv = CsvInput.Open(_path);
        var columns = new MicrodataColumns(MicrodataColumns.RowBound(_path));
        if (!csv.TryReadAll(csv.Column("income"), csv.Column("weight"), -1, (v, w, _) => columns.Add(v, w), out _))
            throw new InvalidOperationException("not clean");
        return columns.ToArrays().Values.Length;
    }

    [Benchmark]
    public int Chunks()
    {
        CsvChunks chunks;
        int value, weight;
        using (CsvInput csv = CsvInput.Open(_path))
        {
            value = csv.Column("income");
            weight = csv.Column("weight");
            chunks = CsvChunks.Plan(_path, csv.Separator, csv.ColumnNames) ?? throw new InvalidOperationException("no plan");
        }
        if (!chunks.TryReadColumns(value, weight, decimalComma: false, out double[] values, out _))
            throw new InvalidOperationException("not clean");
        return values.Length;
    }
}
