using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Pdf;

public class PdfSeedTests
{
    private static readonly Lazy<DocumentContent> SeedPdf = new(() =>
        CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.pdf")));

    [Fact]
    public void The_seed_pdf_gives_the_text_table_rows()
    {
        var expected = CrossFormat.PrintedRows(CrossFormat.SeedText());
        var actual = CrossFormat.PrintedRows(SeedPdf.Value);
        int same = 0;
        while (same < Math.Min(expected.Count, actual.Count) && expected[same] == actual[same]) same++;
        Assert.True(same == expected.Count && same == actual.Count,
            $"rows agree up to {same} of {expected.Count} (pdf {actual.Count}): expected [{string.Join(" // ", expected.Skip(same - 2).Take(4))}] got [{string.Join(" // ", actual.Skip(same - 2).Take(4))}]");
    }
}
