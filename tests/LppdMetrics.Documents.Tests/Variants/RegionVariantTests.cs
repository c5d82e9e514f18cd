using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>
/// The held-out acceptance on reports of a kota and a provinsi of other years, built from the seed by
/// <see cref="ReportVariant"/> (<see cref="ReportVariant.AsRegion"/>, <see cref="ReportVariant.ShiftYears"/>; renumbered,
/// rows reordered, tables split, numbers broken, 20 misprints), read as text and as DOCX written in the test
/// (<see cref="DocxWriter"/>): the text is audited as the seed plus its misprints
/// (<see cref="VariantAcceptanceTests.AssertAuditedAsSeedPlusMisprints"/>), the DOCX as the text.
/// </summary>
public class RegionVariantTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(RegionKind.Kota, "Sukamaju", 4, 1)]
    [InlineData(RegionKind.Provinsi, "Tanjung Sari", 6, -1)]
    [InlineData(RegionKind.Kota, "Pasir Putih", 8, 0)]
    public void A_kota_or_provinsi_report_of_another_year_is_audited_as_its_seed_plus_its_misprints_in_text_and_docx(RegionKind kind, string region, int seed, int years)
    {
        var variant = VariantAcceptanceTests.Build(seed, 20, region, kind, years);
        var content = TextDocumentReader.ReadText(variant.Render(), "variant.txt");
        var fromText = ReportRecognizer.Recognize(content);
        Assert.Equal(kind + " " + region, fromText.Report.Region);
        Assert.Equal(2024 + years, fromText.Report.Year);
        VariantAcceptanceTests.AssertAuditedAsSeedPlusMisprints(variant, fromText, output, $"{kind} {region} {2024 + years}");

        using var docx = new MemoryStream();
        DocxWriter.Write(content, docx, runningHeader: $"Laporan Penyelenggaraan Pemerintahan Daerah {kind} {region} Tahun {2024 + years}");
        var fromDocx = ReportRecognizer.Recognize(new DocxDocumentReader().Read(new MemoryStream(docx.ToArray()), "variant.docx")).Report;
        Assert.Equal(kind + " " + region, fromDocx.Region);
        Assert.Equal(2024 + years, fromDocx.Year);
        var (misprints, flagged, falseAlarms, same, targets) = HeldOutAcceptanceTests.Compare(variant, fromText.Report, fromDocx, output, $"{kind} {region} {2024 + years}.docx");
        Assert.True(flagged >= 0.95 * misprints, $"{flagged} of {misprints} misprints flagged in the DOCX");
        Assert.Empty(falseAlarms);
        Assert.True(same >= 0.90 * targets, $"{same} of {targets} capaian and budget figures matched");
    }
}
