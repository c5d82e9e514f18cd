using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Regressions found by a differential hostile-input hunt on the microdata readers (the CSV chunks, Sep's readers,
/// Parquet), and properties that check the fast CSV reader against a plain reference parse: every input is either
/// read to the numbers a careful reader reads, or refused with exit code 2 and one error line.
/// </summary>
public class MicrodataDifferentialTests
{
    /// <summary>The JSON of a successful run.</summary>
    private static JsonElement Json(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == ExitCodes.Success, $"exit {r.ExitCode}: {r.Error}");
        return JsonDocument.Parse(r.Out).RootElement;
    }

    // ---- A NUL character after a number: .NET's parser ignores trailing NULs, so "5\0" was read as 5. ----

    /// <summary>A cell of a number followed by NUL characters is refused, by every reader, naming row and column.</summary>
    [Theory]
    [InlineData("5\0")]
    [InlineData("5\0\0\0")]
    [InlineData("12.5\0")]
    [InlineData("\u00005")]
    public void A_number_with_a_nul_character_is_refused_not_read(string cell)
    {
        string path = CliRunner.TempFile("nul.csv", $"y,w\n3,2\n{cell},1\n");
        foreach (string[] command in new[]
                 {
                     new[] { "gini", "--input", path, "--value", "y", "--weight", "w" },
                     new[] { "poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4" },
                     new[] { "poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4", "--by", "w" },
                 })
        {
            string line = CliRunner.OneErrorLine(CliRunner.Run(command));
            Assert.Contains("row 2", line);
            Assert.Contains("column 'y'", line);
        }
        Assert.False(CsvInput.TryNumber(cell, false, out _, out _));
        Assert.False(CsvChunks.TryNumber(Encoding.UTF8.GetBytes(cell), false, out _));
    }

    /// <summary>A Parquet text cell with a NUL is refused as the same CSV cell is.</summary>
    [Fact]
    public void A_parquet_text_cell_with_a_nul_character_is_refused()
    {
        string path = ParquetFiles.Write("nul.parquet", 1, new ParquetFiles.Column("y", new string?[] { "3", "5\0" }), new ParquetFiles.Column("w", new[] { 1.0, 1.0 }));
        string line = CliRunner.OneErrorLine(CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w"));
        Assert.Contains("row 2", line);
    }

    // ---- A stray quote: Sep reads a quote inside an unquoted cell as the start of a quoted section, and joined the ----
    // ---- following lines into that cell up to the next quote or the end of the file: rows vanished, exit 0.        ----

    /// <summary>The commands and paths that read a CSV file through Sep (the chunks hand back any file with a quote).</summary>
    public static TheoryData<string> Commands => new() { "gini", "poverty", "poverty --by", "inequality" };

    private static CliRunner.Result Run(string command, string path) => command switch
    {
        "gini" => CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w", "--format", "json"),
        "poverty" => CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "3", "--format", "json"),
        "poverty --by" => CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "3", "--by", "g", "--format", "json"),
        _ => CliRunner.Run("inequality", "--input", path, "--value", "y", "--weight", "w", "--format", "json"),
    };

    /// <summary>A stray quote in a text cell that no command reads, with no quote after it: refused at its row and column.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void A_stray_quote_to_the_end_of_the_file_is_refused_not_read_as_fewer_rows(string command)
    {
        string path = CliRunner.TempFile("stray.csv", "y,w,g,name\n1,1,u,a\n2,1,u,b\"\n3,1,u,c\n4,1,u,d\n");
        string line = CliRunner.OneErrorLine(Run(command, path));
        Assert.Contains("row 2 (line 3), column 'name'", line);
        Assert.Contains("quote", line);
    }

    /// <summary>Two stray quotes in the same column: the joined row has the header's number of cells, and was accepted.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void Two_stray_quotes_in_one_column_are_refused_not_read_as_fewer_rows(string command)
    {
        string path = CliRunner.TempFile("stray2.csv", "y,w,g,name\r\n1,1,u,a\r\n2,1,u,b\"\r\n3,1,u,c\r\n4,1,u,d\"\r\n5,1,u,e\r\n");
        Assert.Contains("row 2 (line 3), column 'name'", CliRunner.OneErrorLine(Run(command, path)));
    }

    /// <summary>A quoted cell that is never closed, up to the end of the file, is refused at its row.</summary>
    [Fact]
    public void A_quoted_cell_never_closed_is_refused()
    {
        string path = CliRunner.TempFile("open.csv", "y,w,g,name\n1,1,u,a\n2,1,u,\"b\n3,1,u,c\n");
        string line = CliRunner.OneErrorLine(Run("gini", path));
        Assert.Contains("row 2 (line 3), column 'name'", line);
        Assert.Contains("never closed", line);
    }

    /// <summary>Text after the closing quote of a quoted cell that spans lines is refused.</summary>
    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        string path = CliRunner.TempFile("after.csv", "y,w,g,name\n1,1,u,\"a\nb\"x\n2,1,u,c\n");
        Assert.Contains("row 1 (line 3), column 'name'", CliRunner.OneErrorLine(Run("gini", path))); // the closing quote is on line 3
    }

    /// <summary>
    /// Malformed quotes on one line: Sep would read <c>"1"2</c> as 12 and <c>1"2</c> as a cell with a quote in it;
    /// a reader that guesses where a cell ends could give a wrong number, so each is refused at its row and column.
    /// </summary>
    [Theory]
    [InlineData("y,w\n\"1\"2,1\n3,2\n", "row 1 (line 2), column 'y'", "text follows the closing quote")]
    [InlineData("y,w\n3,2\n1,\"2\"0\n", "row 2 (line 3), column 'w'", "text follows the closing quote")]
    [InlineData("y,w,g\n1,1, \"a\"\n", "row 1 (line 2), column 'g'", "does not start with one")]
    [InlineData("y,w\r\n1,1\r\n2,1\"\r\n", "row 2 (line 3), column 'w'", "does not start with one")]
    public void A_malformed_quote_on_one_line_is_refused(string text, string place, string why)
    {
        string line = CliRunner.OneErrorLine(Run("gini", CliRunner.TempFile("oneline.csv", text)));
        Assert.Contains(place, line);
        Assert.Contains(why, line);
    }

    /// <summary>
    /// A UTF-16 file (little- or big-endian, with its byte order mark) has its quotes checked as a UTF-8 one: a stray
    /// quote is refused at its row, line and column; well-placed quotes, a line break inside one included, are read.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_quotes_of_a_utf16_file_are_checked(bool bigEndian)
    {
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        string stray = CliRunner.TempFile("u16.csv", "");
        File.WriteAllText(stray, "y,w,g\n1,1,\"a\nb\"\n2,1,\"ké\"\n3,1,c\"\n", encoding);
        string line = CliRunner.OneErrorLine(Run("gini", stray));
        Assert.Contains("row 3 (line 5), column 'g'", line); // the quoted line break makes row 3 the file's line 5
        string good = CliRunner.TempFile("u16ok.csv", "");
        File.WriteAllText(good, "y,w,g\n1,1,\"a\nb\"\n2,3,\"ké\"\n", encoding);
        Assert.Equal(4.0, Json(Run("gini", good)).GetProperty("population").GetDouble()); // 1 + 3: two rows
    }

    /// <summary>A header whose quote never closes is refused as the header's problem (no data row is named).</summary>
    [Fact]
    public void A_header_quote_never_closed_is_refused()
    {
        string line = CliRunner.OneErrorLine(Run("gini", CliRunner.TempFile("header.csv", "y,\"w\n1,1\n")));
        Assert.Contains("the header's cell 2: a quote", line); // y is cell 1, the quote opens cell 2
        Assert.DoesNotContain(", row ", line);
    }

    /// <summary>Quoted cells with line breaks and doubled quotes, as R and Excel write them, are still read.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void Well_quoted_cells_over_several_lines_are_read(string command)
    {
        string path = CliRunner.TempFile("quoted.csv", "y,w,name,g\n1,1,\"a\nb\",u\n2,3,\"say \"\"hi\"\"\r\nthere\",u\n\"4\",2,\"\",\"u\"\n");
        Assert.Equal(6.0, Json(Run(command, path)).GetProperty("population").GetDouble()); // 1 + 3 + 2: three rows
    }

    // ---- A bad cell early and a malformed row later in a large file: Sep's parallel reader rethrew the later ----
    // ---- row's error when it was disposed, an unhandled AggregateException (exit 3).                          ----

    /// <summary>The first bad row is named (exit 2), although a worker parsing ahead met a malformed row.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("7,8,9")]
    public void A_bad_cell_before_a_malformed_row_in_a_large_file_is_an_error_not_a_crash(string malformed)
    {
        var text = new StringBuilder("y,w\n");
        for (int i = 1; i <= 60_000; i++)
            text.Append(i == 700 ? "abc" : (i % 997).ToString(CultureInfo.InvariantCulture)).Append(',').Append(1 + (i % 13)).Append('\n');
        string body = text.ToString();
        int at = IndexOfLine(body, 20_000);
        string path = CliRunner.TempFile("late.csv", body.Insert(at, malformed + "\n"));
        foreach (string[] extra in new[] { new[] { "gini" }, new[] { "poverty", "--line", "3" }, new[] { "poverty", "--line", "3", "--by", "w" } })
            Assert.Contains("row 700", CliRunner.OneErrorLine(CliRunner.Run([.. extra, "--input", path, "--value", "y", "--weight", "w"])));
    }

    private static int IndexOfLine(string text, int line)
    {
        int at = 0;
        for (int k = 1; k < line; k++)
            at = text.IndexOf('\n', at) + 1;
        return at;
    }

    // ---- Properties: the chunked reader against a plain reference parse. ----

    /// <summary>
    /// A plain number cell: 1–25 digits, an optional fraction of 1–25 digits, an optional exponent (up to ±330);
    /// leading zeros and 15–20 digit significands are common, and the exact midpoint between two doubles now and then.
    /// No sign (values and weights are ≥ 0), no NaN or infinity: every cell is a finite number or 0.
    /// </summary>
    private static readonly Gen<string> PlainCell = Gen.OneOf(
        from whole in Gen.Choose(1, 25)
        from fraction in Gen.Choose(0, 25)
        from digits in Gen.Elements("0123456789".ToCharArray()).ArrayOf(whole + fraction)
        from exponent in Gen.Frequency((4, Gen.Constant("")), (1, Gen.Choose(-330, 300).Select(e => "e" + e.ToString(CultureInfo.InvariantCulture))))
        select new string(digits, 0, whole) + (fraction > 0 ? "." + new string(digits, whole, fraction) : "") + exponent,
        Gen.Choose(15, 20).SelectMany(n => Gen.Elements("0123456789".ToCharArray()).ArrayOf(n)).Select(d => new string(d)),
        Gen.Choose(1, int.MaxValue).Zip(Gen.Choose(-20, 20)).Select(t => Midpoint(t.Item1 * Math.Pow(10, t.Item2))))
        .Where(cell => double.IsFinite(Reference(cell)));

    /// <summary>The exact decimal text of the midpoint between <paramref name="x"/> (positive, normal) and the next double.</summary>
    private static string Midpoint(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1075 - 1;
        BigInteger m = 2 * (BigInteger)((bits & 0xFFFFFFFFFFFFFL) | (1L << 52)) + 1;
        if (exponent >= 0)
            return (m << exponent).ToString(CultureInfo.InvariantCulture);
        string d = (m * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture).PadLeft(-exponent + 1, '0');
        return d[..^(-exponent)] + "." + d[^(-exponent)..];
    }

    /// <summary>The value of a plain cell as the reference reads it: <see cref="double.Parse(string, IFormatProvider)"/>, invariant.</summary>
    private static double Reference(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Rows of plain numbers after a first row padded to just under the 1 MiB read buffer, so that the rows cross the
    /// buffer's end at any offset, in 1–4 chunks: the chunks take the file and read every cell to the bits of
    /// <see cref="double.Parse(string, IFormatProvider)"/>; the weight column holds only cells above 0.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Plain_numbers_across_the_read_buffer_read_the_bits_of_double_parse() =>
        Prop.ForAll(
            Arb.From(PlainCell.Two().ArrayOf().Where(a => a.Length is > 0 and <= 200)),
            Arb.From(Gen.Choose(0, 4000).Zip(Gen.Choose(1, 4))),
            Arb.From(Gen.Elements("\n", "\r\n")),
            (rows, split, lineEnd) =>
            {
                (int shortBy, int chunkCount) = split;
                // A value that underflows to 0 ("928.3e-327") is refused, not read: it is left out as a weight ≤ 0 is.
                rows = rows.Select(r => (Reference(r.Item1) == 0 && StrictNumber.HasNonZeroDigit(r.Item1) ? "1" : r.Item1, Reference(r.Item2) > 0 ? r.Item2 : "1")).ToArray();
                var text = new StringBuilder("y,w,pad").Append(lineEnd);
                text.Append("1,1,").Append('p', (1 << 20) - 16 - shortBy).Append(lineEnd);
                foreach (var (y, w) in rows)
                    text.Append(y).Append(',').Append(w).Append(",x").Append(lineEnd);
                string path = CliRunner.TempFile("buffer.csv", text.ToString());
                CsvChunks? chunks;
                using (CsvInput csv = CsvInput.Open(path))
                    chunks = CsvChunks.Plan(path, csv.Separator, csv.ColumnNames, chunkCount);
                bool taken = chunks is not null && chunks.TryReadColumns(0, 1, false, out double[] values, out double[] weights)
                    && values.Length == rows.Length + 1
                    && rows.Select((r, i) => Same(values[i + 1], Reference(r.Item1)) && Same(weights[i + 1], Reference(r.Item2))).All(b => b);
                File.Delete(path);
                return taken.Label("the chunks must read every plain cell to the bits of double.Parse");
            });

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    /// <summary>
    /// Both cell readers (bytes and text) read a plain cell to the bits of double.Parse, with or without spaces around;
    /// a cell with a nonzero digit that double.Parse reads as 0 ("1e-400", "928.3e-327") is refused by both.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property A_plain_cell_reads_the_bits_of_double_parse() =>
        Prop.ForAll(Arb.From(PlainCell), Arb.From(Gen.Elements("", " ", "\t")), (cell, space) =>
        {
            double expected = Reference(cell);
            string padded = space + cell + space;
            if (expected == 0 && StrictNumber.HasNonZeroDigit(cell))
                return (!CsvChunks.TryNumber(Encoding.UTF8.GetBytes(padded), false, out _) && !CsvInput.TryNumber(padded, false, out _, out _))
                    .Label($"'{cell}' underflows to 0 and must be refused");
            bool bytes = CsvChunks.TryNumber(Encoding.UTF8.GetBytes(padded), false, out double fromBytes) && Same(fromBytes, expected);
            bool text = CsvInput.TryNumber(padded, false, out double fromText, out _) && Same(fromText, expected);
            bool fast = !CsvFastNumber.TryRead(Encoding.UTF8.GetBytes(cell), false, out double fromFast) || Same(fromFast, expected);
            return (bytes && text && fast).Label($"'{cell}': expected {expected:R}");
        });

    /// <summary>A NUL character anywhere in a numeric cell makes it no number, for both cell readers and both conventions.</summary>
    [Property(MaxTest = 500)]
    public Property A_nul_anywhere_in_a_cell_is_never_a_number() =>
        Prop.ForAll(Arb.From(PlainCell), Arb.From(Gen.Choose(0, 30)), Arb.From(Gen.Elements(false, true)), (cell, at, decimalComma) =>
        {
            string bad = cell.Insert(Math.Min(at, cell.Length), "\0");
            return (!CsvChunks.TryNumber(Encoding.UTF8.GetBytes(bad), decimalComma, out _) && !CsvInput.TryNumber(bad, decimalComma, out _, out _))
                .Label($"'{bad.Replace("\0", "\\0", StringComparison.Ordinal)}' was read as a number");
        });

    /// <summary>
    /// A quote put anywhere into an unread text cell (not at its start) of a valid file: the file is refused, or read
    /// with all its rows, never read with fewer.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property A_stray_quote_never_drops_rows() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(1, 40)),
            Arb.From(Gen.Choose(0, 39).Two().ArrayOf().Where(a => a.Length is > 0 and <= 3)),
            Arb.From(Gen.Elements("\n", "\r\n")),
            (rowCount, quotes, lineEnd) =>
            {
                var cells = Enumerable.Range(0, rowCount).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
                foreach (var (row, at) in quotes)
                    if (row < rowCount)
                        cells[row] = cells[row].Insert(1 + at % cells[row].Length, "\"");
                string text = "y,w,name" + lineEnd + string.Concat(cells.Select((c, i) => $"{i + 1},1,{c}{lineEnd}"));
                string path = CliRunner.TempFile("q.csv", text);
                CliRunner.Result r = CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w", "--format", "json");
                bool ok = r.ExitCode == ExitCodes.BadInput
                    ? r.Out.Length == 0 && r.Error.TrimEnd('\n').Split('\n').Length == 1
                    : r.ExitCode == ExitCodes.Success && JsonDocument.Parse(r.Out).RootElement.GetProperty("n").GetInt32() == rowCount;
                return ok.Label($"exit {r.ExitCode} {r.Error} {r.Out}\n{text}");
            });
}
