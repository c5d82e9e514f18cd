using LppdMetrics.Documents.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// A cell's line that is one token filling the cell to its edge: a word the printer broke ("Pemberdayaa" / "n"), or a
/// whole word the next one did not fit after ("Pendapatan" / "Daerah"). The reader before joined both without a space,
/// so the seed PDF printed "Badan PendapatanDaerah" and "Indeks PembangunanGender (IPG)" (302 labels of the seed PDF
/// differed from its DOCX, 50 after); the words the document prints whole elsewhere now decide.
/// </summary>
public class PdfWrappedWordTests
{
    /// <summary>
    /// One page, 9 pt Helvetica: a ruled table of two columns (x = 60–120–200) whose first column is 60 points wide, its
    /// text at x = 64; under it a sentence that prints "Pendapatan Daerah", "Pemberdayaan" and "Kebudayaan dan" whole.
    /// </summary>
    private static byte[] Pdf(bool evidence)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        void Text(string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x, y), font);
        double[] xs = [60, 120, 200];
        double[] ys = [680, 660, 620, 580, 540, 500];
        foreach (double y in ys) page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        foreach (double x in xs) page.DrawLine(new PdfPoint(x, ys[0]), new PdfPoint(x, ys[^1]), 0.5);
        Text("Unit", 64, 666); Text("Pegawai", 124, 666);
        Text("Badan", 64, 646); Text("Pendapatan", 64, 636); Text("Daerah", 64, 626); Text("120", 124, 646);
        Text("Dinas", 64, 606); Text("Pemberdayaa", 64, 596); Text("n Masyarakat", 64, 586); Text("80", 124, 606);
        Text("Dinas", 64, 566); Text("Pengendalian", 64, 556); Text("Penduduk", 64, 546); Text("60", 124, 566);
        Text("Dinas", 64, 526); Text("Kebudayaan", 64, 516); Text("dan Pariwisata", 64, 506); Text("40", 124, 526);
        if (evidence)
            Text("Pegawai Badan Pendapatan Daerah, Dinas Pemberdayaan Masyarakat, Dinas Kebudayaan dan Pariwisata.", 60, 460);
        return builder.Build();
    }

    private static string[] FirstColumn(byte[] pdf)
    {
        var doc = new PdfDocumentReader().Read(new MemoryStream(pdf), "wrapped.pdf");
        var table = Assert.Single(doc.Blocks.OfType<DocumentTable>());
        return table.Rows.Select(r => r.Cells[0].Text).ToArray();
    }

    [Fact]
    public void A_whole_word_that_filled_its_line_keeps_its_space_and_a_broken_word_is_joined()
    {
        // "Kebudayaan" + "dan": only the sentence tells that "Kebudayaan" is whole (it is printed there with a word after it)
        Assert.Equal(["Unit", "Badan Pendapatan Daerah", "Dinas Pemberdayaan Masyarakat", "Dinas Pengendalian Penduduk", "Dinas Kebudayaan dan Pariwisata"],
            FirstColumn(Pdf(evidence: true)));
    }

    [Fact]
    public void Without_the_word_printed_elsewhere_a_capital_after_small_letters_begins_a_new_word()
    {
        // "Pemberdayaa" + "n": nothing says "Pemberdayaan" is a word and "n" is small, so the break stays a broken word;
        // "Pendapatan" + "Daerah" and "Pengendalian" + "Penduduk": a word does not turn to capitals inside.
        // (without the sentence, "Kebudayaan" + "dan Pariwisata" is taken as a broken word, as before: not asserted)
        Assert.Equal(["Unit", "Badan Pendapatan Daerah", "Dinas Pemberdayaan Masyarakat", "Dinas Pengendalian Penduduk"], FirstColumn(Pdf(evidence: false)).Take(4));
    }

    /// <summary>
    /// A word broken over four lines of a narrow cell (x = 60–84.5, its text 16.5 points wide at 9 pt): "Kab" / "upa" /
    /// "ten/" / "Kota", each line full. The document prints "Kab" whole with a word after it ("Kab Contoh"), which
    /// alone said the first break was between two words ("Kab upaten/Kota"); the next line is "upa" alone, and "Kabupa"
    /// begins "Kabupaten", printed whole, so the word goes on.
    /// </summary>
    [Fact]
    public void A_word_broken_over_several_lines_joins_when_its_pieces_begin_a_word_printed_whole()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        void Text(string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x, y), font);
        double[] xs = [60, 84.5, 160];
        double[] ys = [700, 680, 620];
        foreach (double y in ys) page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        foreach (double x in xs) page.DrawLine(new PdfPoint(x, ys[0]), new PdfPoint(x, ys[^1]), 0.5);
        Text("A", 64, 686); Text("Nama", 88.5, 686);
        Text("Kab", 64, 666); Text("upa", 64, 656); Text("ten/", 64, 646); Text("Kota", 64, 636); Text("Daerah", 88.5, 666);
        Text("Pemerintah Kabupaten Contoh dan Kab Contoh.", 60, 580);
        var doc = new PdfDocumentReader().Read(new MemoryStream(builder.Build()), "narrow.pdf");
        var table = Assert.Single(doc.Blocks.OfType<DocumentTable>());
        Assert.Equal("Kabupaten/Kota", table.Rows[1].Cells[0].Text);
    }
}
