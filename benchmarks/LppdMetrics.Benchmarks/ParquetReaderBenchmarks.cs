using BenchmarkDotNet.Attributes;
using LppdMetrics.Cli;
using Parquet;
using Parquet.Schema;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Reading the value and weight columns of a microdata Parquet file (income, weight as double, strata, psu as int32,
/// row groups of 2^18 rows, Snappy; from the page cache): the fast path of issue 18 session 4
/// (<c>ParquetInput.ReadColumns</c>: each column chunk read in one call and decompressed straight into the columns by
/// <c>ParquetChunks</c>, row groups × columns on all cores) against the reader it replaces as the baseline
/// (Parquet.Net's <c>ReadAsync</c> into the columns, a reader per core, <c>GC.Collect</c> after each chunk), and that
/// reader without the collections.
/// </summary>
[MemoryDiagnoser]
public class ParquetReaderBenchmarks
{
    private const int RowGroup = 1 << 18;
    private string _path = "";

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"lppd-parquet-bench-{N}.parquet");
        (double[] y, double[] w) = MicrodataSamples.Make(N);
        var fields = new DataField[] { new DataField<double>("income"), new DataField<double>("weight"), new DataField<int>("strata"), new DataField<int>("psu") };
        var rng = new Random(18);
        int[] strata = new int[N], psu = new int[N];
        for (int i = 0; i < N; i++)
        {
            int cluster = rng.Next(50_000);
            (strata[i], psu[i], y[i], w[i]) = (cluster / 25, cluster % 25, Math.Round(y[i]), Math.Round(w[i]));
        }
        using FileStream output = File.Create(_path);
        ParquetWriter writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), output).GetAwaiter().GetResult();
        for (int start = 0; start < N; start += RowGroup)
        {
            int n = Math.Min(RowGroup, N - start);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            group.WriteAsync<double>(fields[0], y.AsMemory(start, n)).GetAwaiter().GetResult();
            group.WriteAsync<double>(fields[1], w.AsMemory(start, n)).GetAwaiter().GetResult();
            group.WriteAsync<int>(fields[2], strata.AsMemory(start, n)).GetAwaiter().GetResult();
            group.WriteAsync<int>(fields[3], psu.AsMemory(start, n)).GetAwaiter().GetResult();
        }
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int ParquetNetWithCollections() => ParquetNet(collect: true);

    [Benchmark]
    public int ParquetNetWithoutCollections() => ParquetNet(collect: false);

    [Benchmark]
    public int Chunks() => ParquetInput.ReadColumns(_path, "income", "weight", decimalComma: false).Values.Length;

    /// <summary>The reader of main before this change: (row group, column) pairs on all cores, each core with its own Parquet.Net reader.</summary>
    private int ParquetNet(bool collect)
    {
        long[] offsets;
        using (FileStream stream = File.OpenRead(_path))
        {
            ParquetReader reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            offsets = new long[reader.RowGroupCount + 1];
            for (int g = 0; g < reader.RowGroupCount; g++)
                offsets[g + 1] = offsets[g] + reader.RowGroups[g].RowCount;
        }
        double[][] columns = [GC.AllocateUninitializedArray<double>((int)offsets[^1]), GC.AllocateUninitializedArray<double>((int)offsets[^1])];
        string[] names = ["income", "weight"];
        int work = (offsets.Length - 1) * 2, workers = Math.Min(Environment.ProcessorCount, work);
        Parallel.For(0, workers, p =>
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            ParquetReader reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            DataField[] fields = names.Select(n => reader.Schema.GetDataFields().First(f => f.Name == n)).ToArray();
            for (int k = p; k < work; k += workers)
            {
                int g = k / 2, c = k % 2, start = (int)offsets[g], length = (int)(offsets[g + 1] - start);
                reader.RowGroups[g].ReadAsync<double>(fields[c], columns[c].AsMemory(start, length)).AsTask().GetAwaiter().GetResult();
                if (collect)
                    GC.Collect();
            }
        });
        return columns[0].Length;
    }
}
