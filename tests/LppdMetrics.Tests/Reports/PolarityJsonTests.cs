using System.Text.Json;
using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Reports;

public class PolarityJsonTests
{
    private static string Document(string polarity) =>
        "{\"title\":\"t\",\"tables\":[{\"id\":\"t\",\"title\":\"T\",\"figures\":[{\"id\":\"f\",\"label\":\"f\",\"rule\":\"capaian\",\"polarity\":"
        + polarity + ",\"inputs\":[]}]}]}";

    [Theory]
    [InlineData("\"positive\"", Polarity.Positive)]
    [InlineData("\"negative\"", Polarity.Negative)]
    public void The_document_strings_load_as_the_enum_and_write_back_unchanged(string json, Polarity expected)
    {
        LppdReport report = LppdReportJson.Parse(Document(json));
        Assert.Equal(expected, report.Tables[0].Figures[0].Polarity);
        Assert.Contains("\"polarity\": " + json, LppdReportJson.Write(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"sideways\"")]
    [InlineData("\"positif\"")]
    [InlineData("\"\"")]
    [InlineData("1")]
    public void A_bad_polarity_is_a_document_error_naming_its_path(string json)
    {
        var ex = Assert.Throws<JsonException>(() => LppdReportJson.Parse(Document(json)));
        Assert.Equal("$.tables[0].figures[0].polarity", ex.Path);
    }

    [Fact]
    public void The_embedded_report_keeps_its_polarities()
    {
        var achievement = LppdReportJson.Blitar2024().Tables.SelectMany(t => t.Figures).Where(f => f.Rule == "capaian").ToList();
        Assert.All(achievement, f => Assert.NotNull(f.Polarity));
        Assert.Equal(13, achievement.Count(f => f.Polarity == Polarity.Negative)); // the 13 "negative" strings of the embedded document
    }
}
