using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The chunked CSV reader (<see cref="CsvChunks"/>) against the row-by-row reader, the reference for every value and
/// every refusal: on any split of the file into chunks, any line ending, with or without a final line feed or a byte
/// order mark, it reads the same bits or hands the file back.
/// </summary>
public class CsvChunksTests
{
    private static readonly string[] Odd =
    [
        "", " ", "NaN", "Infinity", "-0", "-0.0", "1e400", "-1e-400", "1e-400", "0x10", "1.234,5", "1.234", "12,5", " 7 ", "+3", ".5", "5.",
        "1e5", "2E-3", "1e+022", "9007199254740993", "9007199254740992.5", "123456789012345678901234", "1e1000", "00012", "1_000",
        "١٢", "abc", "12abc", "\"4.5\"", "-2", "0", "1.2.3", "3.174.257", "99999999999999999999999.5", "0.1", "1e-22", "4.35e22", "é",
    ];

    // A cell: a random double in one of several plain forms, a long digit string, or one of the odd texts above.
    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(-25, 25)).Zip(Gen.Elements("R", "F2", "E5", "F0", "G17"))
            .Select(t => (t.Item1.Item1 * Math.Pow(10, t.Item1.Item2)).ToString(t.Item2, CultureInfo.InvariantCulture)),
        Gen.Elements("0123456789".ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and <= 40)
            .Zip(Gen.Choose(0, 45)).Select(t => t.Item2 < t.Item1.Length ? new string(t.Item1).Insert(t.Item2, ".") : new string(t.Item1)),
        Gen.Elements(Odd));

    // Rows of (value, weight, a third column of any text without separators or line breaks).
    private static readonly Gen<string[][]> Rows =
        Cell.Three().Select(t => new[] { t.Item1, t.Item2, t.Item3.Replace(";", "", StringComparison.Ordinal) }).ArrayOf().Where(a => a.Length <= 40);

    private sealed record Shape(bool CarriageReturn, bool FinalNewline, bool Bom, bool QuotedHeader, int Chunks, bool DecimalComma);

    private static readonly Gen<Shape> Shapes =
        Gen.Elements(false, true).Four().Zip(Gen.Choose(1, 12).Zip(Gen.Elements(false, true)))
            .Select(t => new Shape(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item1.Item4, t.Item2.Item1, t.Item2.Item2));

    [Property(MaxTest = 400)]
    public Property Chunked_reader_agrees_with_the_row_by_row_reader() =>
        Prop.ForAll(Arb.From(Rows), Arb.From(Shapes), (rows, shape) =>
            AgreesWithTheRowByRowReader(rows, shape, rows.Any(r => r.Any(c => c.Contains('"'))), "a clean file without quotes must be read by the chunks"));

    // Rows as R's write.csv and Excel quote them: any cell without a quote, separator or line break may be quoted.
    private static readonly Gen<string[][]> QuotedRows =
        from rows in Rows
        from quote in Gen.Elements(false, true).ArrayOf(3).ArrayOf(rows.Length)
        select rows.Select((r, i) => r.Select((c, j) => quote[i][j] && !c.Contains('"', StringComparison.Ordinal) ? "\"" + c + "\"" : c).ToArray()).ToArray();

    [Property(MaxTest = 400)]
    public Property Plain_quoted_cells_are_read_by_the_chunks_as_the_row_by_row_reader_reads_them() =>
        Prop.ForAll(Arb.From(QuotedRows), Arb.From(Shapes), (rows, shape) =>
            AgreesWithTheRowByRowReader(rows, shape, rows.Any(r => r.Any(c => c.Length < 2 || c[0] != '"' ? c.Contains('"') : c[1..^1].Contains('"'))),
                "a file whose only quotes are around plain cells must be read by the chunks"));

    [Theory]
    [InlineData("\"a\",1\n\"b", 6, "a,1\n\"b")] // the cut line after the checked ones keeps its quote
    [InlineData("1,\"\"\n", 5, "1,\n")] // an empty quoted cell is an empty cell
    [InlineData("\"12\",\"3\"\n4,5\n", 13, "12,3\n4,5\n")]
    [InlineData("1,2\n", 4, "1,2\n")]
    public void Without_quotes_leaves_each_cell_as_sep_unquotes_it(string before, int complete, string after)
    {
        byte[] data = Encoding.UTF8.GetBytes(before);
        int length = CsvChunks.WithoutQuotes(data, complete);
        Assert.Equal(after, Encoding.UTF8.GetString(data, 0, length));
    }

    [Theory]
    [InlineData("y;w;note\n\"1.5\";\"2\";\"a b\"\n\"\"\"x\";3;4\n", false)] // the second row's value is no plain cell: handed back
    [InlineData("\"y\";\"w\";\"note\"\r\n\"1.5\";2;\"Kab. Blitar\"\r\n3;\"4\";\"\"\r\n", true)]
    [InlineData("y;w;note\n1.5;2;x\n\"3\";\"4\";\"\"", true)] // the last line without a line feed
    public void Plain_quoted_cells_are_unquoted(string text, bool taken)
    {
        string path = CliRunner.TempFile("quoted.csv", text);
        Assert.Equal(taken, TryChunked(path, new Shape(false, true, false, false, 2, false), out double[] v, out double[] w));
        if (taken)
        {
            Assert.Equal([1.5, 3.0], v); // by hand: the numbers between the quotes
            Assert.Equal([2.0, 4.0], w);
        }
    }

    // The chunked reader reads what the row-by-row reader reads, to the bit, or hands the file back: always when that
    // reader refuses it, otherwise only when it may (a quote, a bare carriage return).
    private static Property AgreesWithTheRowByRowReader(string[][] rows, Shape shape, bool mayHandBack, string whyNot, int extra = 1, int rotate = 0)
    {
        string path = Write(rows, shape, extra, rotate);
        List<(double, double)>? expected = MicrodataInputTests.RowByRow(path, shape.DecimalComma);
        bool taken = TryChunked(path, shape, out double[] values, out double[] weights);
        if (expected is null)
            return (!taken).Label("the row-by-row reader refuses the file; the chunked reader must hand it back");
        if (!taken)
            return mayHandBack.Label(whyNot);
        return SameBits(values, weights, expected).Label("values differ from the row-by-row reader");
    }

    // Wide rows: the value and the weight, then 1–10 cells the reader only counts, all rotated (value and weight among,
    // after or split by the counted cells) (texts long enough for rows to cross
    // the scanner's 32-byte blocks, empty cells, a bare carriage return), some rows with a cell more or one less.
    private static readonly Gen<string> Filler = Gen.Elements("", "x", "Kabupaten Blitar", new string('z', 45), "3", "a\rb");

    private static readonly Gen<(int Extra, int Rotate, string[][] Rows)> WideRows =
        from extra in Gen.Choose(1, 10)
        from rotate in Gen.Choose(0, extra + 1)
        from rows in (from y in Cell
                      from w in Cell
                      from fill in Gen.ArrayOf(Filler, extra)
                      from drift in Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Elements(-1, 1)))
                      select (string[])[y, w, .. fill[..(fill.Length + Math.Min(drift, 0))], .. drift > 0 ? ["x"] : Array.Empty<string>()])
            .ArrayOf().Where(a => a.Length <= 30)
        select (extra, rotate, rows);

    [Property(MaxTest = 400)]
    public Property Wide_rows_whose_unread_cells_are_only_counted_agree_with_the_row_by_row_reader() =>
        Prop.ForAll(Arb.From(WideRows), Arb.From(Shapes), (wide, shape) =>
            AgreesWithTheRowByRowReader(wide.Rows, shape,
                wide.Rows.Any(r => r.Any(c => c.Contains('"') || c.Contains('\r', StringComparison.Ordinal))),
                "a clean wide file must be read by the chunks", wide.Extra, wide.Rotate));

    // Rows of edge numbers (CsvFastNumberTests.EdgeCell: 15–20 digits, exponents, leading zeros, signs, spaces, a
    // carriage return) for the value and the weight, and a third cell.
    private static readonly Gen<string[][]> EdgeRows =
        CsvFastNumberTests.EdgeCell.Two().Select(t => new[] { t.Item1, t.Item2, "x" }).ArrayOf().Where(a => a.Length <= 30);

    [Property(MaxTest = 300)]
    public Property Edge_numbers_read_by_the_chunks_agree_with_the_row_by_row_reader() =>
        Prop.ForAll(Arb.From(EdgeRows), Arb.From(Shapes), (rows, shape) =>
            AgreesWithTheRowByRowReader(rows, shape, rows.Any(r => r.Any(c => c.Contains('\r', StringComparison.Ordinal))),
                "a clean file without a bare carriage return must be read by the chunks"));

    // A design code: a few short codes (so that they repeat), with spaces around, empty, non-ASCII, or quoted.
    private static readonly Gen<string> Code = Gen.Frequency(
        (12, Gen.Choose(0, 6).Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.Elements("A", "b", " 3", "4 ", "\t5", "x y")),
        (1, Gen.Elements("", "  ", "é", "\"7\"")));

    [Property(MaxTest = 300)]
    public Property Codes_are_numbered_as_the_row_by_row_reader_numbers_them() =>
        Prop.ForAll(Arb.From(Code.Two().ArrayOf().Where(a => a.Length <= 40)), Arb.From(Gen.Choose(1, 9)), (rows, chunkCount) =>
        {
            string text = "s,p,y\n" + string.Concat(rows.Select(r => $"{r.Item1},{r.Item2},1\n"));
            string path = CliRunner.TempFile("codes.csv", text);
            // The reference, as DesignCodes reads a file row by row: trimmed text, numbered in order of first
            // appearance; null when a code is empty (an error there).
            (int[], List<string>)? Expected(Func<(string, string), string> pick)
            {
                var texts = new List<string>();
                var codes = new List<int>();
                foreach (var r in rows)
                {
                    string cell = pick(r);
                    string t = (cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1] : cell).Trim(); // Sep unquotes
                    if (t.Length == 0)
                        return null;
                    if (!texts.Contains(t))
                        texts.Add(t);
                    codes.Add(texts.IndexOf(t));
                }
                return (codes.ToArray(), texts);
            }
            var s = Expected(r => r.Item1);
            var p = Expected(r => r.Item2);
            CsvChunks? chunks;
            using (CsvInput csv = CsvInput.Open(path))
                chunks = CsvChunks.Plan(path, csv.Separator, csv.ColumnNames, chunkCount);
            bool taken = chunks is not null && chunks.TryReadCodes(0, 1, out var read)
                && read.First is var (sc, st) && read.Second is var (pc, pt)
                && Same(sc, st, s) && Same(pc, pt, p);
            bool clean = s is not null && p is not null && !text.Contains('é', StringComparison.Ordinal); // "7" is a plain quoted cell
            return (taken == clean).Label($"taken {taken}, clean {clean}:\n{text}");
        });

    private static bool Same(int[] codes, List<string> texts, (int[] Codes, List<string> Texts)? expected) =>
        expected is var (c, t) && codes.SequenceEqual(c) && texts.SequenceEqual(t);

    [Fact]
    public void Every_split_of_a_small_file_reads_the_same_rows_including_more_chunks_than_rows()
    {
        // 7 rows written by hand; y = 1..7, w = 10·y, a row split across every possible chunk boundary.
        string text = "y;w;note\n" + string.Concat(Enumerable.Range(1, 7).Select(i => $"{i};{10 * i};row {i}\n"));
        string path = CliRunner.TempFile("small.csv", text);
        for (int chunks = 1; chunks <= 20; chunks++)
        {
            Assert.True(TryChunked(path, new Shape(false, true, false, false, chunks, false), out double[] v, out double[] w), $"chunks {chunks}");
            Assert.Equal([1, 2, 3, 4, 5, 6, 7], v);
            Assert.Equal([10, 20, 30, 40, 50, 60, 70], w);
        }
    }

    [Theory]
    [InlineData("y,w\n1.5,2\n", new[] { 1.5 }, new[] { 2.0 })]
    [InlineData("y,w\n1.5,2", new[] { 1.5 }, new[] { 2.0 })]
    [InlineData("y,w\r\n1.5,2\r\n3,4\r\n", new[] { 1.5, 3 }, new[] { 2.0, 4 })]
    [InlineData("y,w\r\n1.5,2\r\n3,4", new[] { 1.5, 3 }, new[] { 2.0, 4 })]
    [InlineData("\"y\",\"w\"\n7,1\n", new[] { 7.0 }, new[] { 1.0 })]
    [InlineData("y\tw\n7\t1\n", new[] { 7.0 }, new[] { 1.0 })]
    [InlineData("y,w\n", new double[0], new double[0])]
    [InlineData("y,w\n1,2\n\n", new[] { 1.0 }, new[] { 2.0 })] // blank lines at the end are no rows
    [InlineData("y,w\r\n1,2\r\n3,4\r\n\r\n\n\r\n", new[] { 1.0, 3 }, new[] { 2.0, 4 })]
    [InlineData("y,w\n1,2\n3,4\n\n\n", new[] { 1.0, 3 }, new[] { 2.0, 4 })]
    [InlineData("y,w\n\n\n", new double[0], new double[0])]
    public void Edge_shapes_are_read_by_the_chunks(string text, double[] y, double[] w)
    {
        string path = CliRunner.TempFile("edge.csv", text);
        for (int chunks = 1; chunks <= 4; chunks++)
        {
            Assert.True(TryChunked(path, new Shape(false, true, false, false, chunks, false), out double[] v, out double[] weights), $"chunks {chunks}");
            Assert.Equal(y, v);
            Assert.Equal(w, weights);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        string path = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", ""))!, "bom.csv");
        File.WriteAllText(path, "y,w\n2,3\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.True(TryChunked(path, new Shape(false, true, true, false, 2, false), out double[] v, out double[] w));
        Assert.Equal([2.0], v);
        Assert.Equal([3.0], w);
    }

    [Theory]
    [InlineData("y,w\n1,2\n3\"\",4\n")] // a quote inside a cell
    [InlineData("y,w\n1,2\n\"3\"\"\",4\n")] // a doubled quote inside a quoted cell
    [InlineData("y,w\n1,2\n\"3\"x,4\n")] // text after the closing quote
    [InlineData("y,w\n1,2\n \"3\",4\n")] // a quote after a space
    [InlineData("y;w;note\n1;2;\"a;b\"\n")] // a quoted separator
    [InlineData("y;w;note\n1;2;\"a\rb\"\n")] // a quoted carriage return
    [InlineData("y;w;note\n1;2;\"ab\n")] // a quote never closed on its line
    [InlineData("y,w\n1,2\r3,4\n")] // a bare carriage return: Sep's line end
    [InlineData("y,w\n1,2\n3\n")] // a short row
    [InlineData("y,w\n1,2\n\n3,4\n")] // an empty line before a row
    [InlineData("y,w\n1,2\n-3,4\n")] // a negative value
    [InlineData("y,w\n1,0\n")] // a weight of 0
    [InlineData("y,\"w\nx\"\n1,2\n")] // a line break inside the quoted header
    [InlineData("y,w,note\r\n1,2,x\r\n3,4,\"a\r\n5,6,b\"\r\n7,8,c\r\n7,8,c\r\n7,8,c\r\n7,8,c\r\n7,8,c\r\n7,8,c\r\n")] // a line break in a quoted unread cell after a carriage return (one row fewer by CSV than by lines)
    public void Files_the_chunks_do_not_read_are_handed_back(string text)
    {
        string path = CliRunner.TempFile("back.csv", text);
        bool taken;
        try
        {
            taken = TryChunked(path, new Shape(false, true, false, false, 2, false), out _, out _);
        }
        catch (InputException)
        {
            taken = false; // the header itself is refused by Sep
        }
        Assert.False(taken);
    }

    [Fact]
    public void Poverty_names_the_first_zero_row_across_chunks()
    {
        // 1.5 million rows of 6 bytes (9 MB: two chunks of the CLI's 4 MiB minimum); the only zero is row 1 200 000,
        // in the second chunk, so Watts (refused with a zero among the poor) must name that row.
        var text = new StringBuilder("y,w\n", 9_000_010);
        for (int i = 1; i <= 1_500_000; i++)
            text.Append(i == 1_200_000 ? "0,1\n" : "100,1\n");
        string path = CliRunner.TempFile("zeros.csv", text.ToString());
        CliRunner.Result result = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "50", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("first at row 1200000", result.Out, StringComparison.Ordinal);
        // By hand: one poor row of weight 1 among 1 500 000 rows of weight 1.
        Assert.Contains("\"population\": 1500000,", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"poorPopulation\": 1,", result.Out, StringComparison.Ordinal);
    }

    // Rows (and the header) are rotated right by `rotate` cells, so that the value and the weight can sit after cells
    // that are only counted.
    private static string Write(string[][] rows, Shape shape, int extra = 1, int rotate = 0)
    {
        string eol = shape.CarriageReturn ? "\r\n" : "\n";
        string[] names = ["y", "w", .. Enumerable.Range(1, extra).Select(i => extra == 1 ? "note" : "n" + i.ToString(CultureInfo.InvariantCulture))];
        static string[] Rotated(string[] cells, int by) => by % cells.Length == 0 ? cells : [.. cells[^(by % cells.Length)..], .. cells[..^(by % cells.Length)]];
        names = Rotated(names, rotate);
        rows = [.. rows.Select(r => r.Length == 0 ? r : Rotated(r, rotate))];
        string header = string.Join(';', names.Select(name => shape.QuotedHeader ? "\"" + name + "\"" : name));
        string text = header + eol + string.Join(eol, rows.Select(r => string.Join(';', r))) + (shape.FinalNewline && rows.Length > 0 ? eol : "");
        string path = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", ""))!, "chunks.csv");
        File.WriteAllText(path, text, new UTF8Encoding(shape.Bom));
        return path;
    }

    private static bool TryChunked(string path, Shape shape, out double[] values, out double[] weights)
    {
        values = weights = [];
        CsvChunks? chunks;
        int y, w;
        using (CsvInput csv = CsvInput.Open(path, shape.DecimalComma))
        {
            y = csv.Column("y");
            w = csv.Column("w");
            chunks = CsvChunks.Plan(path, csv.Separator, csv.ColumnNames, shape.Chunks);
        }
        if (chunks is null)
            return false;
        bool columns = chunks.TryReadColumns(y, w, shape.DecimalComma, out values, out weights);
        // The streaming form must agree with the column form on every file.
        var got = new List<(double, double)>();
        bool parts = chunks.TryReadParts(y, w, shape.DecimalComma, () => new List<(long, double, double)>(),
            (list, first, v, ws) =>
            {
                for (int i = 0; i < v.Length; i++)
                    list.Add((first + i, v[i], ws[i]));
            }, out (List<(long, double, double)> State, long Rows)[] states);
        Assert.Equal(columns, parts);
        if (parts)
        {
            Assert.All(states, s => Assert.Equal(Enumerable.Range(0, (int)s.Rows).Select(i => (long)i), s.State.Select(r => r.Item1)));
            Assert.True(SameBits(values, weights, states.SelectMany(s => s.State.Select(r => (r.Item2, r.Item3))).ToList()));
        }
        return columns;
    }

    private static bool SameBits(double[] values, double[] weights, List<(double, double)> expected) =>
        values.Length == expected.Count && weights.Length == expected.Count && expected.Select((e, i) =>
            BitConverter.DoubleToInt64Bits(e.Item1) == BitConverter.DoubleToInt64Bits(values[i])
            && BitConverter.DoubleToInt64Bits(e.Item2) == BitConverter.DoubleToInt64Bits(weights[i])).All(x => x);
}
