using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// Cells of tables with no borders, against the DOCX of the same report. Amounts in rupiah in narrow columns: LibreOffice prints "Rp." alone on a line
/// above the amount ("Rp." / "2.090.349" / ".863.831, 55") and breaks the amount over lines where it does not fit. The
/// "Rp." goes with the amount below it, never a cell of its own, and the amount stays in the row of its label.
/// </summary>
public class PdfBorderlessCellTests(ITestOutputHelper output)
{
    /// <summary>
    /// Every amount in rupiah of the Wanasari borderless PDF's tables, in order, is its DOCX's (white space removed:
    /// the report prints spaces inside some amounts, "Rp. 2.55 8.124.874"). Before, 115 lines of the two lists
    /// differed: "Rp." alone in a cell and its amount in the next row, amounts split at a label's broken word (Tabel
    /// 19.3.2.5, page 119: "Rp." / "3.145.409.7" / "95.897,10" beside "Meningkatny" / "a Kualitas").
    /// </summary>
    [Theory]
    [InlineData("lppd-variant-wanasari-borderless")]
    [InlineData("lppd-kabupaten-blitar-2024-borderless")]
    public void Every_amount_of_the_borderless_pdf_is_the_docx_amount(string report)
    {
        var docx = CrossFormat.Amounts(CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture(report + ".docx")));
        var pdf = CrossFormat.Amounts(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture(report + ".pdf")));
        output.WriteLine($"{docx.Count} amounts in the DOCX, {pdf.Count} in the PDF");
        Assert.True(docx.Count > 300, $"only {docx.Count} amounts in the DOCX");
        Assert.Equal(docx, pdf);
    }

    /// <summary>
    /// Tabel 19.3.5 of Wanasari: the "Meningkatnya Efisiensi …" row prints "Rp." alone over
    /// "2.090.349 .8" / "63.831, 55" (its DOCX: "Rp. 2.090.349 .863.831, 55"), and the total's rest ".673.044, 55",
    /// printed under the header the next page repeats, is a row of its own (the DOCX's continuation row), not a part of
    /// the header's "Alokasi".
    /// </summary>
    [Fact]
    public void The_lone_currency_goes_with_its_amount_and_a_number_rest_stays_out_of_the_header()
    {
        var pdf = CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.pdf"));
        var rows = pdf.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).Select(r => CrossFormat.Row(r).Select(c => c.Replace(" ", "")).ToArray()).ToList();
        var efisiensi = Assert.Single(rows, r => r.Length > 3 && r[3].StartsWith("MeningkatnyaEfisiensidanEfektifitas", StringComparison.Ordinal) && r.Contains("82,91%"));
        Assert.Equal(["Rp.2.090.349.863.831,55", "Rp.1.733.055.822.074,41", "82,91%"], efisiensi[4..]);
        var rest = Assert.Single(rows, r => r.Contains(".673.044,55"));
        Assert.Equal(["", "", "", "", ".673.044,55", ".265.988,41"], rest);
    }

    /// <summary>
    /// A heading numbered on two levels right above a borderless table, at the table's line spacing ("4.1.5 Dukungan
    /// Personil" over "No. | PNS Berdasarkan Pangkat/Golru | Jumlah"), is a paragraph, as the DOCX gives it, not the
    /// table's first row (a row merged across): before, the heading became the header row and the Total 3.989 of the
    /// table's part on the next page was not checked.
    /// </summary>
    [Fact]
    public void A_numbered_heading_over_a_table_is_a_paragraph_not_its_first_row()
    {
        var docx = CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.docx"));
        var pdf = CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.pdf"));
        foreach (string heading in new[] { "4.1.5 Dukungan Personil", "4.1.4. Alokasi Anggaran", "4.2.5 Dukungan Personil" })
        {
            Assert.Contains(heading, CrossFormat.Paragraphs(docx));
            Assert.Contains(heading, CrossFormat.Paragraphs(pdf));
            Assert.DoesNotContain(pdf.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows), r => r.Cells[0].Text == heading);
        }
    }

    /// <summary>
    /// A "Sasaran" merged down over its indicators whose line ends in "dan" ("Meningkatnya Efisiensi dan" over
    /// "Efektifitas Serta …", beside the next indicator's row) goes on in its cell, capital or not, as the DOCX gives
    /// it (the borderless seed, Tabel 3). Before, "Efektifitas …" started a cell of the next row, the "Indeks SPBE"
    /// row (99,21 %) stood under a Sasaran of its own, and the Sasaran's mean capaian 112,278 % was recomputed
    /// without it: a false mismatch.
    /// </summary>
    [Fact]
    public void A_label_line_ending_in_a_conjunction_goes_on_in_its_cell()
    {
        static List<string[]> Rows(DocumentContent content) =>
            content.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).Select(r => CrossFormat.Row(r)).ToList();
        var docx = Rows(CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024-borderless.docx")));
        var pdf = Rows(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024-borderless.pdf")));
        foreach (var rows in new[] { docx, pdf })
        {
            int spbe = Enumerable.Range(1, rows.Count - 1).FirstOrDefault(i => rows[i].Length > 5 && rows[i][2] == "Indeks SPBE"
                && rows[i][5] == "99,21%" && rows[i - 1].Length > 6 && rows[i - 1][2] == "Nilai SAKIP"); // Tabel 3, with its budget
            Assert.True(spbe > 0, "no Indeks SPBE row under Nilai SAKIP");
            Assert.Equal("", rows[spbe][1]);
            Assert.Equal("Meningkatnya Efisiensi dan Efektifitas Serta Akuntabilitas Kinerja Pemerintah Daerah", rows[spbe - 1][1]);
        }
    }
}
