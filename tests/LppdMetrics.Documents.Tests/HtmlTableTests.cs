using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// HTML tables inside Markdown (pandoc writes a Word table as <c>&lt;table&gt;</c> when its Markdown cannot hold it:
/// merged cells, several paragraphs in a cell, or <c>-t commonmark</c>). The code before read every line of such a
/// table as a paragraph: its figures were silently lost (a text of HTML tables only was refused as "no table row").
/// Expected rows are laid out by hand on the HTML table model (a colspan cell's text then empty cells, a rowspan cell
/// empty in the rows below), which is the DOCX reader's shape.
/// </summary>
public class HtmlTableTests
{
    private static DocumentTable Table(string text) =>
        Assert.Single(TextDocumentReader.ReadText(text, "x.md").Blocks.OfType<DocumentTable>());

    private static string[][] Cells(DocumentTable table) => table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

    [Fact]
    public void Merged_cells_are_laid_on_the_grid_as_the_docx_reader_lays_them()
    {
        // the header of the Blitar RPJMD table as pandoc writes it: NO, MISI merged down over two header rows, TARGET
        // merged across three year columns
        string text = "Teks.\n\n<table>\n<thead>\n<tr class=\"header\">\n<th rowspan=\"2\">NO</th>\n<th rowspan=\"2\">MISI</th>\n"
            + "<th colspan=\"3\">TARGET</th>\n<th>AKHIR</th>\n</tr>\n<tr>\n<th>2022</th>\n<th>2023</th>\n<th>2024</th>\n<th></th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td rowspan=\"2\">1</td>\n<td>A</td>\n<td>1</td><td>2</td><td>3</td><td>4</td>\n</tr>\n"
            + "<tr>\n<td>B</td>\n<td colspan=\"2\">5</td><td>6</td>\n</tr>\n</tbody>\n</table>\n\nSesudah.\n";
        var table = Table(text);
        Assert.Equal(
        [
            ["NO", "MISI", "TARGET", "", "", "AKHIR"],
            ["", "", "2022", "2023", "2024", ""],
            ["1", "A", "1", "2", "3", "4"],
            ["", "B", "5", "", "6"],
        ], Cells(table));
        // rows at the line of their <tr>, cells at their grid column
        Assert.Equal([5, 11, 19, 24], table.Rows.Select(r => r.Location.Line!.Value));
        Assert.Equal(5, table.Rows[3].Cells[4].Location.Column);
        var blocks = TextDocumentReader.ReadText(text, "x.md").Blocks;
        Assert.Equal(["Teks.", "table", "Sesudah."], blocks.Select(b => b is DocumentParagraph p ? p.Text : "table"));
    }

    [Fact]
    public void A_cells_text_is_read_as_a_word_cells()
    {
        // entities decoded, <br> and paragraphs line ends ("; " between two digits, one space elsewhere), bold dropped,
        // a superscript kept as <sup> (as the DOCX reader gives it), a nested table flattened into the cell
        string text = "<table>\n<tr><td><p>80</p>\n<p>85</p></td><td>Rp&nbsp;1.234&amp;<br />x</td><td><strong>Jumlah</strong> &#65;&#x42;</td>"
            + "<td>105,00<sup>1</sup></td><td>a<table><tr><td>7</td><td>8</td></tr></table>b</td></tr>\n</table>\n";
        Assert.Equal([["80; 85", "Rp 1.234& x", "Jumlah AB", "105,00<sup>1</sup>", "a 7; 8 b"]], Cells(Table(text)));
    }

    [Fact]
    public void A_table_of_merged_header_cells_is_audited()
    {
        // by hand: 84 / 80 = 105,00 % (match); lower is better, (2·10 − 9) / 10 = 110,00 % against 111,00 % printed
        string text = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2024\n\n**Tabel 3.1**\n\n**Realisasi kinerja sasaran**\n\n"
            + "<table>\n<thead>\n<tr>\n<th rowspan=\"2\">No.</th>\n<th rowspan=\"2\">Indikator Kinerja</th>\n<th colspan=\"3\">Tahun 2024</th>\n</tr>\n"
            + "<tr>\n<th>Target</th>\n<th>Realisasi</th>\n<th>%</th>\n</tr>\n</thead>\n<tbody>\n"
            + "<tr>\n<td>1</td>\n<td>Indeks Kepuasan Masyarakat</td>\n<td>80</td>\n<td>84</td>\n<td>105,00%</td>\n</tr>\n"
            + "<tr>\n<td>2</td>\n<td>Persentase Penduduk Miskin</td>\n<td>10</td>\n<td>9</td>\n<td>111,00%</td>\n</tr>\n</tbody>\n</table>\n";
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "x.md")).Report;
        var capaian = ReportAudit.Run(report).Findings.Where(f => f.Rule.StartsWith("capaian.", StringComparison.Ordinal)).ToList();
        Assert.Equal([(FindingStatus.Match, 105.00m, 21), (FindingStatus.Mismatch, 110.00m, 28)],
            capaian.Select(f => (f.Status, f.Recomputed!.Value, f.Source!.Value)));
    }

    [Theory]
    [InlineData("<table>\n<tr><td>1</td></tr>\n", 1, "never closed")]
    [InlineData("<table>\n<td>1</td>\n</table>\n", 2, "<td> outside a row")]
    [InlineData("<table>\n<tr><td>1</td></tr>\n120\n</table>\n", 3, "text \"120\" outside a cell")]
    [InlineData("<table>\n<tr><td colspan=\"dua\">1</td></tr>\n</table>\n", 2, "not a whole number")]
    [InlineData("<table>\n<tr><td rowspan=\"0\">1</td></tr>\n</table>\n", 2, "not a whole number from 1")]
    [InlineData("Lihat <table><tr><td>5</td></tr></table>\n", 1, "<table> outside a table that begins a line")]
    [InlineData("Teks\n| a | <td>5</td> |\n", 2, "<td> outside a table")]
    [InlineData("<table>\n<tr><td>1</td></tr>\n</table> 99\n", 3, "text after the </table>")]
    [InlineData("<table>\n<tfoot><tr><td>9</td></tr></tfoot>\n<tbody><tr><td>1</td></tr></tbody>\n</table>\n", 3, "after the table's footer")]
    [InlineData("<table>\n<tr><td><script>x</script>1</td></tr>\n</table>\n", 2, "<script> in a cell")]
    [InlineData("<table>\n<tr><td>1<!-- a\n</td></tr>\n</table>\n", 2, "comment never closed")]
    [InlineData("<table>\n<tr><td>1</td></tr>\n<p>x</p>\n</table>\n", 3, "<p> where a table holds only rows")]
    [InlineData("<table>\n<tr><td>&#1;</td></tr>\n</table>\n", 2, "control character")]
    [InlineData("<table>\n<tr><td class=\"a>1</td></tr>\n</table>\n", 2, "tag never closed")]
    [InlineData("<table>\n<tr><td>1</td></tr>\n</tr>\n</table>\n", 0, "")]
    public void A_malformed_table_is_refused_at_its_line(string text, int line, string why)
    {
        if (line == 0)
        {
            // a stray </tr> (the row ended above) is what HTML ignores: read
            Assert.Equal([["1"]], Cells(Table(text)));
            return;
        }
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "x.md"));
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"an HTML table at line {line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(line, ex.Location?.Line);
    }

    [Fact]
    public void A_colspan_over_a_cell_merged_down_is_refused_and_beside_it_is_read()
    {
        // the 1 is merged down over column 1 of row 2; row 2's "3" spanning columns 2–3 lies beside it (read), a
        // cell spanning from column 1 would lie over it: it cannot be (refused)
        Assert.Equal([["1", "2", ""], ["", "3", ""]], Cells(Table("<table>\n<tr><td rowspan=\"2\">1</td><td>2</td><td></td></tr>\n<tr><td colspan=\"2\">3</td></tr>\n</table>\n")));
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(
            "<table>\n<tr><td>0</td><td rowspan=\"2\">1</td></tr>\n<tr><td colspan=\"2\">3</td></tr>\n</table>\n", "x.md"));
        Assert.Contains("cells overlap", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Location?.Line);
    }

    [Fact]
    public void Hostile_nesting_is_refused_or_read_in_one_pass()
    {
        // a million nested tables: refused at the 17th, never a deep recursion
        string tables = "<table><tr><td>" + string.Concat(Enumerable.Repeat("<table><tr><td>", 1_000_000));
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(tables, "x.md"));
        Assert.Contains($"nested more than {HtmlTable.MaxNesting} deep", ex.Message, StringComparison.Ordinal);
        // a million nested inline elements and paragraphs in a cell: no stack, one pass
        string divs = "<table><tr><td>" + string.Concat(Enumerable.Repeat("<div><span>", 1_000_000)) + "7" + string.Concat(Enumerable.Repeat("</span></div>", 1_000_000)) + "</td></tr></table>\n";
        Assert.Equal([["7"]], Cells(Table(divs)));
        // a million unclosed "<" that begin no tag are text; a tag the text ends in is refused
        Assert.Equal([[string.Concat(Enumerable.Repeat("< ", 1000)).Trim()]], Cells(Table("<table><tr><td>" + string.Concat(Enumerable.Repeat("< ", 1000)) + "</td></tr></table>")));
        Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText("<table><tr><td " + new string('a', 1_000_000), "x.md"));
    }

    [Fact]
    public void Cells_laid_out_by_colspans_are_bounded()
    {
        // 1001 rows of one cell spanning 1000 columns lay out 1 001 000 cells from 35 kB: refused at the row that passes
        // the bound (line 1002: the table begins on line 1, then one row a line), not a thousandfold amplification
        string text = "<table>\n" + string.Concat(Enumerable.Repeat("<tr><td colspan=\"1000\">1</td></tr>\n", 1001)) + "</table>\n";
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "x.md"));
        Assert.Contains($"more than {HtmlTable.MaxCells} cells", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1002, ex.Location?.Line);
    }
}
