using BenchmarkDotNet.Attributes;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// Reading the seed report (Blitar 2024) from its three forms, and reading, recognising and auditing it: the text
/// (5806 lines, the baseline), the DOCX rendered from it, and the 251-page PDF LibreOffice printed from that DOCX
/// (tests/TestData/documents), and the same document printed with tables that have no borders (256 pages, tables
/// rebuilt from the words' alignment). The files are read into memory once; each operation parses them from bytes.
/// </summary>
[MemoryDiagnoser]
public class DocumentReadingBenchmarks
{
    private byte[] text = [];
    private byte[] docx = [];
    private byte[] pdf = [];
    private byte[] borderless = [];

    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllBytes(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"));
        docx = File.ReadAllBytes(TestDataPath.Of("documents", "lppd-kabupaten-blitar-2024.docx"));
        pdf = File.ReadAllBytes(TestDataPath.Of("documents", "lppd-kabupaten-blitar-2024.pdf"));
        borderless = File.ReadAllBytes(TestDataPath.Of("documents", "lppd-kabupaten-blitar-2024-borderless.pdf"));
    }

    [Benchmark(Baseline = true)]
    public int ReadText() => new TextDocumentReader().Read(new MemoryStream(text), null).Blocks.Count;

    [Benchmark]
    public int ReadDocx() => new DocxDocumentReader().Read(new MemoryStream(docx), null).Blocks.Count;

    [Benchmark]
    public int ReadPdf() => new PdfDocumentReader().Read(new MemoryStream(pdf), null).Blocks.Count;

    [Benchmark]
    public int ReadBorderlessPdf() => new PdfDocumentReader().Read(new MemoryStream(borderless), null).Blocks.Count;

    [Benchmark]
    public int TextRecogniseAudit() => Audit(new TextDocumentReader(), text);

    [Benchmark]
    public int DocxRecogniseAudit() => Audit(new DocxDocumentReader(), docx);

    [Benchmark]
    public int PdfRecogniseAudit() => Audit(new PdfDocumentReader(), pdf);

    [Benchmark]
    public int BorderlessPdfRecogniseAudit() => Audit(new PdfDocumentReader(), borderless);

    private static int Audit(IDocumentReader reader, byte[] bytes) =>
        ReportAudit.Run(ReportRecognizer.Recognize(reader.Read(new MemoryStream(bytes), null)).Report).Findings.Count;
}
