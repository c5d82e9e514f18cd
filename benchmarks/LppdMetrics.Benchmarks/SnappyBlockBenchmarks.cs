using System.Buffers;
using BenchmarkDotNet.Attributes;
using LppdMetrics.Cli;
using Snappier;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Decoding one Snappy page of 2^20 whole-rupiah doubles (8 MiB, the page Parquet.Net writes for a row group of 2^20
/// rows) into the column: Snappier's span API (baseline: decodes into a pooled buffer, copies it out and clears it)
/// against <c>SnappyBlock</c>, which decodes in place (issue 18, session 5).
/// </summary>
[MemoryDiagnoser]
public class SnappyBlockBenchmarks
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
    public int Snappier() => Snappy.TryDecompress(_block, _output, out int written) ? written : -1;

    [Benchmark]
    public int DecodeInPlace() => SnappyBlock.TryDecompress(_block, _output) ? _output.Length : -1;

    /// <summary>Snappier decoding into a buffer writer whose memory is the output (its lookback buffer is the writer's memory).</summary>
    [Benchmark]
    public int SnappierIntoWriter()
    {
        var writer = new OutputWriter(_output);
        Snappy.Decompress(new ReadOnlySequence<byte>(_block), writer);
        return writer.Written;
    }

    private sealed class OutputWriter(byte[] output) : IBufferWriter<byte>
    {
        public int Written { get; private set; }

        public void Advance(int count) => Written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => output.AsMemory(Written);

        public Span<byte> GetSpan(int sizeHint = 0) => output.AsSpan(Written);
    }
}
