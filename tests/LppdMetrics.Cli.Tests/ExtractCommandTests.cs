using System.Text.Json;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// lppd extract, audit and explain on reports as published (.txt, .md), against the hand-made
/// tests/TestData/reports/mini-lppd.txt (one misprint: Tabel 3.2 line 20 prints 85,00 % for 2.400.000/3.000.000 = 80,00 %).
/// </summary>
public class ExtractCommandTests
{
    private static string Mini => TestDataPath.Of("reports", "mini-lppd.txt");

    private static string MiniAsMarkdown() => CliRunner.TempFile("laporan.md", File.ReadAllText(Mini));

    [Fact]
    public void Extract_text_summarises_tables_classified_and_skipped_and_figures_per_kind()
    {
        var result = CliRunner.Run("extract", Mini);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("region Kabupaten Contoh, year 2025", result.Out, StringComparison.Ordinal);
        Assert.Contains("tables found 5: classified 4, skipped 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("3.4", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"capaian\s+2\b", result.Out);
        Assert.Matches(@"budget\.realization\s+6\b", result.Out);
        Assert.Matches(@"total\s+15\b", result.Out);
        Assert.Matches(@"efficiency\s+2\b", result.Out);
    }

    [Fact]
    public void Extract_json_is_a_report_document_the_audit_reads_back()
    {
        var result = CliRunner.Run("extract", MiniAsMarkdown(), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("Kabupaten Contoh", doc.RootElement.GetProperty("region").GetString());
        string json = CliRunner.TempFile("extracted.json", result.Out);
        var audit = CliRunner.Run("audit", json, "--format", "json");
        Assert.Equal(1, audit.ExitCode);
        using var findings = JsonDocument.Parse(audit.Out);
        Assert.Equal(1, findings.RootElement.GetProperty("summary").GetProperty("mismatch").GetInt32());
    }

    [Fact]
    public void Audit_of_a_markdown_report_finds_its_misprint_and_exits_1()
    {
        var result = CliRunner.Run("audit", MiniAsMarkdown(), "--only", "mismatch");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("3.2/20/persen", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_reads_a_text_report()
    {
        var result = CliRunner.Run("explain", "3.1/10/capaian", Mini);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(2·T − R) / T × 100", result.Out, StringComparison.Ordinal);
        Assert.Contains("110", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_reads_the_seed_as_DOCX_by_content_and_finds_the_mismatches_the_text_gives()
    {
        var text = CliRunner.Run("audit", TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"), "--format", "json");
        // the DOCX fixture under a name that says nothing: the format is read from the content
        string docx = CliRunner.TempFile("laporan.bin", "");
        File.Copy(TestDataPath.Of("documents", "lppd-kabupaten-blitar-2024.docx"), docx, overwrite: true);
        var word = CliRunner.Run("audit", docx, "--format", "json");
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(1, word.ExitCode);
        int Mismatches(string json) => JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("mismatch").GetInt32();
        // the 18 mismatches of the capaian, mean, budget, sum kinds of the embedded document, the Jumlah Belanja growth of
        // Tabel 1.8 (5,17 % printed, 4,85 % recomputed), the 8 IPM of Tabel 2.2 (3) and 2.3 (5) the hand-built one found,
        // and 3 statements of the running text about their tables (IRB 12,84 for 13,02 at line 2665, the IKM target
        // 88,42 for 87,14 at line 2768, Indeks Inovasi Daerah "lebih tinggi" than the province at line 2956); since the
        // shares and changes that print their own numbers (issue 17), 4 more: S-3 "0,02% dari total PNS" (0,05, line
        // 517), pertanian "36,39% dari total penduduk bekerja" (39,12, line 1455), "naik sebesar Rp.521.000" (601.000,
        // line 1405), "naik sebesar Rp.1.988.806" (1.998.806, line 1513)
        Assert.Equal(34, Mismatches(text.Out));
        Assert.Equal(Mismatches(text.Out), Mismatches(word.Out));
    }

    [Fact]
    public void A_corrupt_DOCX_exits_2_with_one_line()
    {
        string path = CliRunner.TempFile("rusak.docx", "PK\u0003\u0004 not a zip archive");
        var result = CliRunner.Run("audit", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("rusak.docx", Assert.Single(result.Error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("binary.txt", "\u0000\u0001\u0002PK")]
    [InlineData("empty.txt", "")]
    [InlineData("notes.md", "# Catatan\n\nTidak ada tabel di sini.\n")]
    [InlineData("plain.txt", "Judul\n\nNama\tAlamat\nBudi\tBlitar\n")]
    public void A_file_that_is_not_an_LPPD_report_exits_2_with_one_line_naming_it(string name, string content)
    {
        string path = CliRunner.TempFile(name, content);
        foreach (string command in new[] { "extract", "audit" })
        {
            var result = CliRunner.Run(command, path);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Out);
            string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
            Assert.Contains(name, line, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
    }
}
