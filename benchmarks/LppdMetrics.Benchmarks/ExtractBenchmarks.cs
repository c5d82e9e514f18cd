using BenchmarkDotNet.Attributes;
using LppdMetrics.Audit;
using LppdMetrics.Documents;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The seed report as published (tests/TestData/seed, 5806 lines of text): reading it into blocks (baseline, the
/// text reader alone) against reading and recognising its tables (<see cref="ReportFile"/>'s path) and the whole
/// <c>lppd audit seed.txt</c> path (read, recognise, audit).
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private string _text = "";
    private byte[] _bytes = [];
    private DocumentContent _content = null!;
    private List<LogicalTable> _tables = [];

    [GlobalSetup]
    public void Setup()
    {
        string path = TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt");
        _text = File.ReadAllText(path);
        _bytes = File.ReadAllBytes(path);
        _content = TextDocumentReader.ReadText(_text, "seed.txt");
        _tables = TableAssembler.Assemble(_content);
    }

    [Benchmark(Baseline = true)]
    public int ReadText() => TextDocumentReader.ReadText(_text, "seed.txt").Blocks.Count;

    [Benchmark]
    public int Extract() => ReportFile.Read(new MemoryStream(_bytes), "seed.txt").Report.Tables.Count;

    [Benchmark]
    public AuditSummary ExtractAndAudit() => ReportAudit.Run(ReportFile.Read(new MemoryStream(_bytes), "seed.txt").Report).Summary;

    /// <summary>Recognition alone on blocks already read.</summary>
    [Benchmark]
    public int Recognize() => ReportRecognizer.Recognize(TextDocumentReader.ReadText(_text, "seed.txt")).Tables.Count;

    /// <summary>The statements of the running text about the table above them (issue 17), on blocks and tables already assembled.</summary>
    [Benchmark]
    public int TextStatements() =>
        PrintedCell.Remembering(() => LppdMetrics.Documents.Recognition.TextStatements.Recognize(_content, _tables, new HashSet<string>()).Figures.Count);

    /// <summary>The shares stated in the running text (issue 17, session 4), on blocks and tables already assembled.</summary>
    [Benchmark]
    public int ShareStatements() =>
        PrintedCell.Remembering(() => LppdMetrics.Documents.Recognition.ShareStatements.Recognize(_content, _tables).Figures.Count);

    /// <summary>The changes stated with both their levels in the running text (issue 17, session 4), on blocks already read.</summary>
    [Benchmark]
    public int ChangeStatements() =>
        PrintedCell.Remembering(() => LppdMetrics.Documents.Recognition.ChangeStatements.Recognize(_content).Figures.Count);
}
