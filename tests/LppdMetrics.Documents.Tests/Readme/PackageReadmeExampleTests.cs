using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Writing;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests.Readme;

/// <summary>
/// The C# example of the package README (src/LppdMetrics.Documents/PACKAGE.md) is run here statement for statement
/// on the hand-made mini report (tests/TestData/reports/mini-lppd.txt: 15 figures worked out by hand, one misprint).
/// </summary>
public class PackageReadmeExampleTests
{
    private static string ReadmeExample()
    {
        string readme = File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "src", "LppdMetrics.Documents", "PACKAGE.md"));
        return Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    [Fact]
    public void The_readme_example_is_the_code_this_test_runs()
    {
        // Every statement of the README's example stands in Run below, with the file names as the only difference.
        string source = File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "tests", "LppdMetrics.Documents.Tests", "Readme", "PackageReadmeExampleTests.cs"));
        foreach (string line in ReadmeExample().Split('\n').Select(l => Regex.Replace(l, @"\s*//.*$", "").Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)))
        {
            string expected = line.Replace("\"lppd-2024.pdf\"", "input").Replace("\"audit.html\"", "htmlPath").Replace("\"audit.xlsx\"", "xlsxPath")
                .Replace("Console.WriteLine", "output.WriteLine");
            Assert.Contains(expected, source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_example_audits_a_report_and_writes_html_and_xlsx()
    {
        string dir = Path.Combine(Path.GetTempPath(), "lppd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string input = TestDataPath.Of("reports", "mini-lppd.txt"), htmlPath = Path.Combine(dir, "audit.html"), xlsxPath = Path.Combine(dir, "audit.xlsx");
        var output = new StringWriter();

        ExtractionResult extraction = ReportFile.Read(input);
        AuditResult audit = ReportAudit.Run(extraction.Report);
        output.WriteLine($"{audit.Summary.Total} figures, {audit.Summary.Mismatch} mismatches");
        foreach (TableSummary table in extraction.Tables.Where(t => t.Skipped is not null))
            output.WriteLine($"skipped {table.Title}: {table.Skipped}");
        var report = new AuditReport(audit, extraction.Report, input, DateTimeOffset.Now, "1.0", ReportLanguage.Indonesian);
        using (var html = File.CreateText(htmlPath)) HtmlAuditWriter.Write(report, html);
        using (var xlsx = File.Create(xlsxPath)) XlsxAuditWriter.Write(report, xlsx);

        // The mini report prints 15 recomputable figures, one of them misprinted (worked out by hand in its header).
        Assert.StartsWith("15 figures, 1 mismatches", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("data-status=\"mismatch\"", File.ReadAllText(htmlPath), StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(xlsxPath, false);
        Assert.Equal(2, workbook.WorkbookPart!.Workbook.Sheets!.ChildElements.Count);
        Directory.Delete(dir, recursive: true);
    }
}
