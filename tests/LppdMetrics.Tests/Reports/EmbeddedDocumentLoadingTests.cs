using System.Text;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Reports;

/// <summary>
/// The embedded Blitar 2024 document is parsed from its UTF-8 bytes where the resource lies in the loaded image (no
/// text copy, for the start-up of <c>lppd audit</c>): the text it gives and the report it parses are those of the
/// committed file, read here from the repository independently of the resource.
/// </summary>
public class EmbeddedDocumentLoadingTests
{
    private static string CommittedPath => Path.Combine(TestDataPath.RepositoryRoot, "src", "LppdMetrics", "Reports", "Data", "blitar-2024.json");

    [Fact]
    public void The_embedded_text_is_the_committed_file_byte_for_byte()
    {
        byte[] committed = File.ReadAllBytes(CommittedPath);
        Assert.Equal(committed, new UTF8Encoding(false).GetBytes(LppdReportJson.Blitar2024Json()));
    }

    [Fact]
    public void The_report_parsed_from_the_image_bytes_is_the_report_parsed_from_the_committed_text()
    {
        LppdReport fromText = LppdReportJson.Parse(File.ReadAllText(CommittedPath));
        // The writer puts every member (decimals with their printed scale) back: equal documents write equal text.
        Assert.Equal(LppdReportJson.Write(fromText), LppdReportJson.Write(LppdReportJson.Blitar2024()));
        Assert.Equal(File.ReadAllText(CommittedPath), LppdReportJson.Write(LppdReportJson.Blitar2024()) + "\n");
    }
}
