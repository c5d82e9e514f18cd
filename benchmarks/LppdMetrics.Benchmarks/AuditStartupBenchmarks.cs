using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Writing;
using LppdMetrics.Reports;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The two steps of <c>lppd audit</c>'s start-up changed in issue 18 session 6, each against the way it was done before
/// in the same run: reading the embedded document's UTF-8 bytes with the source-generated serializer (baseline) or
/// with <see cref="ReportJsonFastPath"/>; writing the text audit of its 1 688 findings with the former word wrapper
/// (each line and word a string; baseline) or with <see cref="TextAuditWriter"/> as it is.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class AuditStartupBenchmarks
{
    private byte[] _utf8 = [];
    private AuditReport _audit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Encoding.UTF8.GetBytes(LppdReportJson.Blitar2024Json());
        var report = LppdReportJson.Blitar2024();
        _audit = new AuditReport(ReportAudit.Run(report), report, "blitar-2024", DateTimeOffset.UnixEpoch, "0", ReportLanguages.Parse("en"));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("read")]
    public LppdReport ReadBySerializer() => JsonSerializer.Deserialize(_utf8, LppdReportJsonContext.Default.LppdReport)!;

    [Benchmark, BenchmarkCategory("read")]
    public LppdReport ReadByFastPath() => ReportJsonFastPath.TryRead(_utf8)!;

    [Benchmark(Baseline = true), BenchmarkCategory("write")]
    public int WriteWordByWord()
    {
        var output = new CountingWriter();
        foreach (var f in _audit.Result.Findings)
        {
            foreach (string line in FormerWrap(f.Label + " · " + _audit.Texts.Rule(f.Rule), "      ")) output.WriteLine(line);
            if (f.Explanation is not null)
                foreach (string line in FormerWrap("↳ " + f.Explanation, "      ")) output.WriteLine(line);
        }
        return output.Count;
    }

    [Benchmark, BenchmarkCategory("write")]
    public int WriteFromSpans()
    {
        var output = new CountingWriter();
        foreach (var f in _audit.Result.Findings)
        {
            TextAuditWriter.Wrap(output, f.Label + " · " + _audit.Texts.Rule(f.Rule), "      ");
            if (f.Explanation is not null)
                TextAuditWriter.Wrap(output, "↳ " + f.Explanation, "      ");
        }
        return output.Count;
    }

    [Benchmark, BenchmarkCategory("write")]
    public int WriteWholeText()
    {
        var output = new CountingWriter();
        TextAuditWriter.Write(_audit, _audit.Result.Findings, verbose: false, output);
        return output.Count;
    }

    /// <summary>The word wrapper of <see cref="TextAuditWriter"/> before session 6, kept here as the baseline.</summary>
    private static IEnumerable<string> FormerWrap(string text, string indent)
    {
        int room = TextAuditWriter.Width - indent.Length;
        var line = new StringBuilder();
        foreach (string word in text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word;
            while (w.Length > room)
            {
                if (line.Length > 0) { yield return indent + line; line.Clear(); }
                yield return indent + w[..room];
                w = w[room..];
            }
            if (line.Length > 0 && line.Length + 1 + w.Length > room)
            {
                yield return indent + line;
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(w);
        }
        if (line.Length > 0) yield return indent + line;
    }

    /// <summary>A writer that counts the characters written and keeps none (the console's cost left out).</summary>
    private sealed class CountingWriter : TextWriter
    {
        public int Count { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Count++;

        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;

        public override void Write(string? value) => Count += value?.Length ?? 0;
    }
}
