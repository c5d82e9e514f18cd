using System.Text;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
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
    public void Markdown_pipe_rows_are_table_rows()
    {
        // a Markdown report's table (GitHub pipe table): "| 1 | 2,5 |" is a row of two cells; "a | b" in a sentence is not
        var doc = TextDocumentReader.ReadText("**Tabel 1**\nJudul a | b\n\n| A | B |\n|:---|---:|\n| 1 | 2,5 \\| 3 |\n| | x |\n\nTeks\n", "x.md");
        Assert.Equal(4, doc.Blocks.Count);
        Assert.Equal("Judul a | b", Assert.IsType<DocumentParagraph>(doc.Blocks[1]).Text);
        var t = Assert.IsType<DocumentTable>(doc.Blocks[2]);
        Assert.Equal(4, t.Rows.Count); // the rule row "|:---|---:|" is left to the table assembler, as "--- | ---" in tab rows
        Assert.Equal(["A", "B"], t.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["1", "2,5 | 3"], t.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["", "x"], t.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal(6, t.Rows[2].Location.Line);
        Assert.Equal(2, t.Rows[2].Cells[1].Location.Column);
    }

    [Fact]
    public void Markdown_escapes_and_line_breaks_in_pipe_cells_are_read_as_markdown_reads_them()
    {
        // pandoc (docx → gfm) escapes a row's numbering "1\.", a dash "\-" and a star "2024\*)"; PDF-to-Markdown
        // converters write a cell's line break as <br>. The code before kept the backslashes ("1\." is no numbering,
        // "\-" no dash: the total of its row was not checkable) and the tag.
        var doc = TextDocumentReader.ReadText("| 1\\. | Program \\*A\\* | \\- | 2024\\*) (Rp) | 80<br>85 | Kabupaten/<BR />Kota | a \\| b | C:\\x |\n", "x.md");
        var row = Assert.Single(Assert.IsType<DocumentTable>(Assert.Single(doc.Blocks)).Rows);
        Assert.Equal(["1.", "Program *A*", "-", "2024*) (Rp)", "80; 85", "Kabupaten/ Kota", "a | b", "C:\\x"], row.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_pandoc_table_with_an_empty_header_and_escaped_dashes_is_audited_as_its_word_table()
    {
        // pandoc writes a Word table with no header row as an empty header over the rule row, the table's own header
        // ("Uraian | 2023 (Rp)") as its first body row. The code before read the empty row as the header, so the year
        // 2023 of the real header was added to the Jumlah of its column: 1.805.566 + 415.025 + 2023 = 2.222.614 against
        // the printed 2.220.591, a false mismatch. By hand: 1.805.566 + 415.025 = 2.220.591 and 1.938.029 + 411.103 =
        // 2.349.132 (match); the ASN row 26 + "-" + 7 = 33 (match; "\-" is a dash, read as 0).
        string text = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2024\n\n**Tabel 1.8**\n\n**Belanja Daerah**\n\n"
            + "|                 |           |              |\n"
            + "|-----------------|-----------|--------------|\n"
            + "| Uraian          | 2023 (Rp) | 2024\\*) (Rp) |\n"
            + "| Belanja Operasi | 1.805.566 | 1.938.029    |\n"
            + "| Belanja Modal   | 415.025   | 411.103      |\n"
            + "| **Jumlah Belanja** | **2.220.591** | **2.349.132** |\n\n"
            + "**Tabel 1.6**\n\n**ASN**\n\n"
            + "| No | Perangkat Daerah | Rincian ASN |            |           |       |\n"
            + "|----|------------------|------------|------------|-----------|-------|\n"
            + "|    |                  | Struktural | Fungsional | Pelaksana | Total |\n"
            + "| 1  | Kecamatan Garum  | 26         | \\-         | **7**     | 33    |\n"
            + "| 2  | Kecamatan Bakung | 9          | \\-         | 2         | 11    |\n";
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "pandoc.md")).Report;
        var findings = LppdMetrics.Audit.ReportAudit.Run(report).Findings;
        var sums = findings.Where(f => f.Rule == "sum").ToList();
        Assert.Equal([(12, 2_220_591m), (12, 2_349_132m), (21, 33m), (22, 11m)], sums.Select(f => (f.Source!.Value, f.Reported!.Value)).Order());
        Assert.All(sums, f => Assert.Equal(LppdMetrics.Audit.FindingStatus.Match, f.Status));
    }

    [Fact]
    public void A_grid_table_is_one_table_its_cells_the_lines_of_their_columns()
    {
        // a pandoc grid table: a cell over two lines is one cell ("Indeks Kepuasan"), two numbers on two lines stay two
        // ("80; 85", as a Word cell's), a missing "|" merges two columns (the text in the first, the second empty)
        string text = "Teks\n\n"
            + "+-----+-----------+--------+\n"
            + "| No. | Indikator | Target |\n"
            + "+=====+===========+========+\n"
            + "| 1\\. | Indeks    | 80     |\n"
            + "|     | Kepuasan  | 85     |\n"
            + "+-----+-----------+--------+\n"
            + "| Capaian Kinerja | 95,00% |\n"
            + "+-----+-----------+--------+\n\nSesudah\n";
        var doc = TextDocumentReader.ReadText(text, "grid.md");
        Assert.Equal(3, doc.Blocks.Count);
        var table = Assert.IsType<DocumentTable>(doc.Blocks[1]);
        Assert.Equal([["No.", "Indikator", "Target"], ["1.", "Indeks Kepuasan", "80; 85"], ["Capaian Kinerja", "", "95,00%"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal([4, 6, 9], table.Rows.Select(r => r.Location.Line!.Value));
        Assert.Equal("Sesudah", Assert.IsType<DocumentParagraph>(doc.Blocks[2]).Text);
    }

    [Theory]
    // grid tables: a line that does not line up with its border: its cells cannot be told apart
    [InlineData("+-----+------+\n| 1   | 80   |\n| 2 | 85 |\n+-----+------+\n", 3)]
    // "Meningkatnya" broken by pandoc in a column of 11: the tail fills the cell and begins with a small letter
    [InlineData("+-------------+\n| M           |\n| eningkatnya |\n+-------------+\n", 3)]
    // a row with no border under it
    [InlineData("+-----+------+\n| 1   | 80   |\n\nTeks\n", 3)]
    // pandoc's simple and multiline tables: a word that runs from one column into the next
    [InlineData("  ----- -----\n  12345678 9\n  ----- -----\n", 2)]
    // a cell going on with one word that fills its column of 9 and begins with a digit: maybe the tail of a number
    // pandoc broke at the narrow column's end ("Rp." over "123456789"), maybe a number of its own
    [InlineData("  ----- ---------\n  1     Rp.\n        123456789\n\n  ----- ---------\n", 3)]
    public void A_grid_or_dashed_table_that_cannot_be_read_faithfully_is_refused_at_its_line(string text, int line)
    {
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "pandoc.md"));
        Assert.Equal(line, ex.Location?.Line);
    }

    [Fact]
    public void Pandoc_simple_and_multiline_tables_are_tables_their_columns_given_by_the_dashes()
    {
        // pandoc's default Markdown of a Word table. A simple table (one-line header, one row a line, a blank line after);
        // a multiline table with its header between a full rule and the dash runs, rows separated by blank lines, a
        // cell's lines joined as a Word cell's; a multiline table with no header (dash runs above and below).
        string text = "Teks\n\n"
            + "  Uraian     2023    2024\n"
            + "  ---------- ------- -------\n"
            + "  Operasi    1.805   1.938\n"
            + "  Modal      415     411\n\n"
            + "  ------------------------------\n"
            + "  No.   Indikator       Target\n"
            + "        Kinerja\n"
            + "  ----- --------------- --------\n"
            + "  1\\.   Indeks          80\n"
            + "        Kepuasan        85\n\n"
            + "  2\\.   Persentase      10\n"
            + "  ------------------------------\n\n"
            + "  ----- ---------------\n"
            + "  3\\.   Kemiskinan\n\n"
            + "  ----- ---------------\n\nSesudah\n";
        var doc = TextDocumentReader.ReadText(text, "pandoc.md");
        var tables = doc.Blocks.OfType<DocumentTable>().Select(t => t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray()).ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal([["Uraian", "2023", "2024"], ["Operasi", "1.805", "1.938"], ["Modal", "415", "411"]], tables[0]);
        Assert.Equal([["No.", "Indikator Kinerja", "Target"], ["1.", "Indeks Kepuasan", "80; 85"], ["2.", "Persentase", "10"]], tables[1]);
        Assert.Equal([["3.", "Kemiskinan"]], tables[2]);
        Assert.Equal(["Teks", "Sesudah"], doc.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal([3, 5, 6], doc.Blocks.OfType<DocumentTable>().First().Rows.Select(r => r.Location.Line!.Value));
    }

    [Fact]
    public void A_hard_wrapped_text_is_joined_into_paragraphs_whatever_the_width_of_its_tables()
    {
        // 12 paragraphs wrapped over two lines each (24 lines of running text, none over 100 characters) and a pandoc
        // simple table whose rule line is 119 characters wide. The code before counted the table's lines as running
        // text (1 of 27 over 100 characters: not wrapped), so every line stayed a paragraph: in the Blitar DOCX as pandoc's
        // Markdown, a wrapped table title pushed the caption "Tabel 4.4.2.3" out of reach of its table.
        var text = new System.Text.StringBuilder();
        for (int p = 1; p <= 12; p++) text.Append($"Kalimat {p} yang panjang\nberlanjut di baris kedua.\n\n");
        text.Append("  Uraian" + new string(' ', 53) + "2024\n  " + new string('-', 58) + " " + new string('-', 58) + "\n");
        text.Append("  Belanja" + new string(' ', 52) + "1.000" + new string(' ', 56) + "\n\n");
        var doc = TextDocumentReader.ReadText(text.ToString(), "wrapped.md");
        var paragraphs = doc.Blocks.OfType<DocumentParagraph>().ToList();
        Assert.Equal(12, paragraphs.Count);
        Assert.Equal("Kalimat 1 yang panjang berlanjut di baris kedua.", paragraphs[0].Text);
        Assert.Equal(4, paragraphs[1].Location.Line);
        Assert.Equal([["Uraian", "2024"], ["Belanja", "1.000"]], Assert.Single(doc.Blocks.OfType<DocumentTable>()).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public void Rules_between_lines_of_text_make_no_dashed_table()
    {
        // "x" over "--- ---", again and again: a simple table's body has no rule in it. The code before read it as one
        // simple table of 1999 rows under the header "x" (at 300 000 pairs the audit ran out of memory)
        var doc = TextDocumentReader.ReadText(string.Concat(Enumerable.Repeat("x\n--- ---\n", 1000)), "rules.md");
        Assert.Empty(doc.Blocks.OfType<DocumentTable>());
    }

    [Fact]
    public void A_markdown_report_with_pipe_tables_is_audited()
    {
        // Tabel 3.1 of mini-lppd.txt written as a Markdown pipe table, with the second capaian misprinted: Persentase
        // Penduduk Miskin, lower is better, (2 × 10 − 9) / 10 × 100 = 110,00 % printed 111,00 %. The code before found no
        // table ("tables are expected as tab-separated rows") and refused the report.
        string text = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025\n\n**Tabel 3.1**  \n**Realisasi kinerja sasaran**\n\n"
            + "| No. | Sasaran | Indikator Kinerja | Target | Realisasi | % |\n"
            + "|---|---|---|---|---|---|\n"
            + "| 1 | Meningkatnya Mutu Layanan | Indeks Kepuasan Masyarakat | 80 | 84 | 105,00% |\n"
            + "|  |  | Persentase Penduduk Miskin | 10 | 9 | 111,00% |\n"
            + "| Capaian Kinerja |  |  |  |  | 107,50% |\n";
        var report = LppdMetrics.Documents.Recognition.ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "mini.md")).Report;
        var findings = LppdMetrics.Audit.ReportAudit.Run(report).Findings;
        var misprint = Assert.Single(findings, f => f.Source == 9 && f.Rule.StartsWith("capaian.", StringComparison.Ordinal) && f.Rule != "capaian.mean");
        Assert.Equal(LppdMetrics.Audit.FindingStatus.Mismatch, misprint.Status);
        Assert.Equal(110m, misprint.Recomputed);
        Assert.Equal(6, misprint.Location?.Column);
        Assert.Equal(LppdMetrics.Audit.FindingStatus.Match, Assert.Single(findings, f => f.Source == 8).Status);
    }

    [Theory]
    // Word's and Notepad's "Unicode text" (UTF-16 with its byte-order mark): the same report as the UTF-8 seed, every
    // figure at the same line with the same status. The code before refused it ("neither JSON, text, DOCX nor PDF").
    [InlineData(false)]
    [InlineData(true)]
    public void A_report_saved_as_utf16_with_its_byte_order_mark_reads_as_the_utf8_seed(bool bigEndian)
    {
        string seed = File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"));
        using var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(seed));
        using var utf16 = new MemoryStream(new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble()
            .Concat(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(seed)).ToArray());
        static List<string> Findings(ExtractionResult r) =>
            LppdMetrics.Audit.ReportAudit.Run(r.Report).Findings.Select(f => $"{f.Id} {f.Source} {f.Status} {f.Reported}").ToList();
        var expected = Findings(ReportFile.Read(utf8, "seed.txt"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Findings(ReportFile.Read(utf16, "seed.txt")));
    }

    [Theory]
    // Characters that print nothing: a soft hyphen in a header word ("Reali\u00ADsasi", as a word processor's optional
    // hyphen), a right-to-left mark before "%", zero-width spaces and joiners, a word joiner. The code before did not
    // recognise the header (Tabel 3.1 and 3.2 skipped: the misprinted 85,00 % of Tabel 3.2 went unseen, exit 0) or left
    // the percentage not checkable. Each figure now has the line and status of the plain report.
    [InlineData("Realisasi", "Reali\u00ADsasi")]
    [InlineData("%", "\u200F%")]
    [InlineData("Target", "Tar\u200Bget")]
    [InlineData("Anggaran", "Ang\u200Dgaran\u2060")]
    [InlineData(",00", ",\u200C00\u200E")]
    public void Characters_that_print_nothing_change_no_figure(string plain, string invisible)
    {
        string mini = File.ReadAllText(TestDataPath.Of("reports", "mini-lppd.txt"));
        static List<string> Findings(string text) =>
            LppdMetrics.Audit.ReportAudit.Run(LppdMetrics.Documents.Recognition.ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "mini.txt")).Report)
                .Findings.Select(f => $"{f.Id} {f.Source} {f.Status} {f.Reported}").ToList();
        var expected = Findings(mini);
        // mini-lppd.txt's misprint: Tabel 3.2 row 2, 2.400.000 / 3.000.000 = 80,00 % printed 85,00 %
        Assert.Contains(expected, f => f.StartsWith("3.2/", StringComparison.Ordinal) && f.EndsWith(" Mismatch 85.00", StringComparison.Ordinal));
        Assert.Equal(expected, Findings(mini.Replace(plain, invisible, StringComparison.Ordinal)));
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

    [Fact]
    public void A_windows_1252_text_is_refused_at_the_line_and_column_of_its_first_byte_that_is_no_utf8()
    {
        // "1 234" with Windows-1252's no-break space (0xA0) as the thousands separator, on line 4 (CR LF), column 9 (after
        // "Jumlah", a tab and "1"). The code before named no place ("neither UTF-8 … text").
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Tabel 1\r\nJudul\r\nA\tB\r\nJumlah\t1"), 0xA0, .. Encoding.ASCII.GetBytes("234\r\n")];
        var ex = Assert.Throws<DocumentReadException>(() => new TextDocumentReader().Read(new MemoryStream(bytes), "cp1252.txt"));
        Assert.Equal((4, 9), (ex.Location?.Line, ex.Location?.Column));
        Assert.StartsWith("byte 0xA0 at line 4, column 9 is not UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_text_with_its_first_bad_byte_in_the_head_is_refused_at_that_byte()
    {
        // "Tabel 1 Anggaran Daerah (é)" on line 1: the code before did not take the head for text and said only "not a
        // report: the content is neither JSON, text, DOCX nor PDF"; a head with a NUL is still no text
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Tabel 1 Anggaran Daerah ("), 0xE9, .. Encoding.ASCII.GetBytes(")\nA\tB\n")];
        var ex = Assert.Throws<DocumentReadException>(() => ReportFile.Read(new MemoryStream(bytes), "cp1252.txt"));
        Assert.Equal((1, 26), (ex.Location?.Line, ex.Location?.Column));
        Assert.StartsWith("byte 0xE9 at line 1, column 26 is not UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.False(new TextDocumentReader().Recognizes([.. Encoding.ASCII.GetBytes("Tabel"), 0xE9, 0]));
    }

    [Fact]
    public void A_pipe_row_holding_a_tab_is_a_pipe_row()
    {
        // an editor's tab inside a Markdown cell: the code before split the row at the tab ("| 2 | Persentase Penduduk
        // Miskin | 10 |" and "9 | 111,00% |"), and the row's capaian was lost without a word. By hand, lower is
        // better: (2·10 − 9) / 10 = 110,00 % against 111,00 % printed; 84 / 80 = 105,00 %.
        string text = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2024\n\n**Tabel 3.1**\n\n**Realisasi kinerja sasaran**\n\n"
            + "| No. | Indikator Kinerja | Target | Realisasi | % |\n|---|---|---|---|---|\n"
            + "| 1 | Indeks Kepuasan Masyarakat | 80 | 84 | 105,00% |\n"
            + "| 2 | Persentase Penduduk Miskin | 10 |\t9 | 111,00% |\n";
        var content = TextDocumentReader.ReadText(text, "x.md");
        Assert.Equal(["2", "Persentase Penduduk Miskin", "10", "9", "111,00%"], content.Blocks.OfType<DocumentTable>().Single().Rows[^1].Cells.Select(c => c.Text));
        var capaian = LppdMetrics.Audit.ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings.Where(f => f.Rule.StartsWith("capaian.", StringComparison.Ordinal));
        Assert.Equal([(9, 105.00m, 105.00m), (10, 111.00m, 110.00m)], capaian.Select(f => (f.Source!.Value, f.Reported!.Value, f.Recomputed!.Value)));
    }

    [Fact]
    public void A_tab_in_a_table_whose_columns_are_found_by_position_is_refused()
    {
        // pandoc's simple table with a tab an editor put for spaces: its width is unknown, so the columns cannot be told
        // apart (the code before counted it one character and could cut a cell in two)
        string text = "Teks.\n\n  No   Indikator    Target\n  ---- ------------ --------\n  1    IKM\t80\n\nSesudah.\n";
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "x.md"));
        Assert.Equal((5, 2), (ex.Location?.Line, ex.Location?.Column));
        Assert.Contains("a tab", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("No | Target\n--- | ---\n1 | 80\n", 2)]
    [InlineData("Teks\n\n|No | Target\n|:---|---:\n|1 | 80\n", 4)]
    public void A_markdown_table_without_its_outer_pipes_is_refused_not_read_as_paragraphs(string text, int line)
    {
        // GitHub Markdown allows a table without its outer pipes; the code before read its rows as paragraphs, its
        // figures lost without a word
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "x.md"));
        Assert.Equal(line, ex.Location?.Line);
        Assert.StartsWith($"a Markdown table without its outer pipes at line {line}", ex.Message, StringComparison.Ordinal);
    }
}
