using System.Globalization;
using System.Text;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// Pages whose text all runs one way other than left to right as displayed: turned by <c>/Rotate</c> 90, 180 or 270,
/// or a landscape table drawn turned on a portrait page. PdfPig gives their letters as displayed (running down, up or
/// upside down), so each letter was a word of its own and the page read as columns of single letters (before session
/// 12 a crash, then "no recognisable LPPD table"). They are turned upright and read as any page (<see cref="PdfTurnedPage"/>).
/// </summary>
public class PdfTurnedPageTests
{
    /// <summary>The table every page below draws, as its content stream writes it, cell by cell.</summary>
    private static readonly string[][] Drawn =
    [
        ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Persentase Jalan Mantap", "80", "76", "95"],
        ["2", "Cakupan Air Minum", "90", "90", "100"],
        ["3", "Angka Partisipasi Sekolah", "50", "60", "120"],
    ];

    /// <summary>
    /// A one-page PDF (595 × 842, Helvetica 10 pt) whose content draws a caption and <see cref="Drawn"/> as a ruled
    /// table (columns at x = 55, 85, 325, 395, 475, 545; rows 15 points high from y = 760), within
    /// <paramref name="transform"/> (a <c>cm</c> matrix, or null), its page dictionary given <paramref name="pageEntries"/>.
    /// </summary>
    private static byte[] Page(string pageEntries, string? transform = null)
    {
        var content = new StringBuilder();
        if (transform is not null) content.Append("q ").Append(transform).Append(" cm\n");
        double[] xs = [55, 85, 325, 395, 475, 545];
        double top = 760;
        content.Append("0.5 w\n");
        for (int r = 0; r <= Drawn.Length; r++) content.Append(Inv($"{xs[0]} {top - 15 * r} m {xs[^1]} {top - 15 * r} l S\n"));
        foreach (double x in xs) content.Append(Inv($"{x} {top} m {x} {top - 15 * Drawn.Length} l S\n"));
        content.Append("BT /F1 10 Tf\n");
        content.Append(Inv($"1 0 0 1 55 790 Tm (Tabel 2.1 Capaian Kinerja Urusan Pendidikan Tahun 2024) Tj\n"));
        for (int r = 0; r < Drawn.Length; r++)
            for (int c = 0; c < Drawn[r].Length; c++)
                content.Append(Inv($"1 0 0 1 {xs[c] + 4} {top - 15 * r - 11} Tm ({Drawn[r][c].Replace("(", "\\(").Replace(")", "\\)")}) Tj\n"));
        content.Append("ET\n");
        if (transform is not null) content.Append("Q\n");
        string stream = content.ToString();
        string[] objects =
        [
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}endstream",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {pageEntries} /Resources << /Font << /F1 1 0 R >> >> /Contents 3 0 R >>",
            "<< /Type /Catalog /Pages 2 0 R >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static DocumentContent Read(byte[] pdf) => new PdfDocumentReader().Read(new MemoryStream(pdf), "turned.pdf");

    private static string[][] OnlyTable(DocumentContent content)
    {
        var table = Assert.Single(content.Blocks.OfType<DocumentTable>());
        return table.Rows.Select(CrossFormat.Row).ToArray();
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Rotate 90")]
    [InlineData("/Rotate 180")]
    [InlineData("/Rotate 270")]
    [InlineData("/Rotate -90")]
    public void A_ruled_table_on_a_page_turned_by_rotate_reads_as_drawn(string rotate)
    {
        var content = Read(Page(rotate));
        Assert.Equal(Drawn, OnlyTable(content));
        Assert.Contains(content.Blocks.OfType<DocumentParagraph>(), p => p.Text == "Tabel 2.1 Capaian Kinerja Urusan Pendidikan Tahun 2024");
    }

    /// <summary>A landscape table drawn turned on a portrait page: the whole drawing turned a quarter counter-clockwise
    /// (its text runs up the page) or clockwise (down), or upside down, with no <c>/Rotate</c>.</summary>
    [Theory]
    [InlineData("0 1 -1 0 842 0")]
    [InlineData("0 -1 1 0 0 842")]
    [InlineData("-1 0 0 -1 595 842")]
    public void A_table_drawn_turned_on_its_page_reads_as_drawn(string transform)
    {
        var content = Read(Page("", transform));
        Assert.Equal(Drawn, OnlyTable(content));
    }

    /// <summary>
    /// The committed fixture <c>rotated-page.pdf</c> (/Rotate 90, no rules, one text object per cell): its table reads
    /// as its content stream writes it, and the audit checks its three capaian (76/80 = 95 %, 90/90 = 100 %,
    /// 60/50 = 120 %, as printed).
    /// </summary>
    [Fact]
    public void The_rotated_fixture_gives_its_table_and_its_capaian()
    {
        byte[] pdf = File.ReadAllBytes(CrossFormat.Fixture("rotated-page.pdf"));
        var table = OnlyTable(Read(pdf));
        Assert.Equal(Drawn, table[..4]);
        var result = LppdMetrics.Documents.ReportFile.Read(new MemoryStream(pdf), "rotated-page.pdf");
        var capaian = result.Report.Tables.SelectMany(t => t.Figures).Where(f => f.Rule == "capaian").Select(f => f.Printed).ToList();
        Assert.Equal(["95", "100", "120"], capaian);
    }
}
