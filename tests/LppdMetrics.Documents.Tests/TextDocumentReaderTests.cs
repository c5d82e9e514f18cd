using System.Text;
using LppdMetrics.Documents.Reading;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests;

public class TextDocumentReaderTests
{
    [Fact]
    public void Tab_lines_are_table_rows_and_a_blank_line_ends_a_table()
    {
        var doc = TextDocumentReader.ReadText("**Tabel 1**\nJudul\n\nA\tB\n1\t2,5\n\nC\t\n", "x.txt");
        Assert.Equal(4, doc.Blocks.Count);
        Assert.Equal("**Tabel 1**", Assert.IsType<DocumentParagraph>(doc.Blocks[0]).Text);
        var t = Assert.IsType<DocumentTable>(doc.Blocks[2]);
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal(["1", "2,5"], t.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(5, t.Rows[1].Location.Line);
        Assert.Equal(2, t.Rows[1].Cells[1].Location.Column);
        var second = Assert.IsType<DocumentTable>(doc.Blocks[3]);
        Assert.Equal(["C", ""], second.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void The_seed_table_4_3_2_1_is_read_at_its_printed_lines()
    {
        var doc = TextDocumentReader.ReadText(File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt")), "seed.txt");
        var sakip = doc.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).First(r => r.Cells.Any(c => c.Text == "Nilai SAKIP") && r.Cells.Any(c => c.Text == "94,60%"));
        // the row "1 … Nilai SAKIP 71 (BB) 67,16 (B) 94,60%" of Tabel 4.3.2.1, line 2881 of the seed
        Assert.Equal(2881, sakip.Location.Line);
        Assert.Equal(["1", "Meningkatnya Efisiensi dan Efektifitas Serta Akuntabilitas Kinerja Pemerintah Daerah", "Nilai SAKIP", "71 (BB)", "67,16 (B)", "94,60%"],
            sakip.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Binary_content_is_refused_with_its_line()
    {
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText("a\nb\0c", null));
        Assert.Equal(2, ex.Location?.Line);
        Assert.False(new TextDocumentReader().Recognizes("%PDF\0"u8));
        Assert.True(new TextDocumentReader().Recognizes(Encoding.UTF8.GetBytes("Tabel 1.2\tKecamatan")));
        Assert.Throws<DocumentReadException>(() => new TextDocumentReader().Read(new MemoryStream([0x41, 0xFF, 0x42]), null));
    }
}
