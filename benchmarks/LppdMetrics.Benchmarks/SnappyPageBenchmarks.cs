using BenchmarkDotNet.Attributes;
using LppdMetrics.Cli;
using Snappier;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Decoding one Snappy page of 2^20 whole-rupiah doubles (8 MiB, the page Parquet.Net writes for a row group of 2^20
/// rows) into the column: Snappier's span API (baseline: decodes into a pooled buffer, copies it out and clears it)
/// against <c>SnappyPage</c>, Snappier's buffer-writer API decoding straight into the column (issue 18, session 5).
/// Session 5 also timed a hand-written decoder here (6.87 ms against the baseline's 6.21 ms) and dropped it.
/// </summary>
[MemoryDiagnoser]
public class SnappyPageBenchmarks
{
    private byte[] _block = [];
    private byte[] _output = [];

    [Params(1 << 20)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (double[] y, _) = MicrodataSamples.Make(N);
        byte[] plain = new byte[N * 8];
        for (int i = 0; i < N; i++)
            BitConverter.TryWriteBytes(plain.AsSpan(8 * i), Math.Round(y[i]));
        _block = Snappy.CompressToArray(plain);
        _output = new byte[plain.Length];
    }

    [Benchmark(Baseline = true)]
    public int SpanApi() => Snappy.TryDecompress(_block, _output, out int written) ? written : -1;

    [Benchmark]
    public int IntoTheColumn() => SnappyPage.TryDecompress(_block, _output) ? _output.Length : -1;
}
