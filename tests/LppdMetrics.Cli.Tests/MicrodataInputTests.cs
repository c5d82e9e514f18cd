using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static LppdMetrics.Cli.Tests.ParquetFiles;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The input side of issue 18: the parallel CSV reader agrees with the row-by-row reader (values to the bit, and
/// refusals), Parquet gives the same figures and the same errors as the CSV of the same data, and the weighted
/// population is the same figure in every command.
/// </summary>
public class MicrodataInputTests
{
    private static readonly string[] Odd =
    [
        "", " ", "NaN", "Infinity", "-0", "1e400", "-1e-400", "0x10", "1.234,5", "1.234", "12,5", " 7 ", "+3", ".5", "5.", "1e5", "2E-3",
        "1e1000", "00012", "1_000", "١٢", "abc", "12abc", "\"4.5\"", "\" 6 \"", "-2", "0", "1.2.3", "3.174.257", "99999999999999999999999.5",
    ];

    // A cell: a random double in one of several plain forms, a long digit string, or one of the odd texts above.
    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(-12, 12)).Zip(Gen.Elements("R", "F2", "E5", "F0", "G17"))
            .Select(t => (t.Item1.Item1 * Math.Pow(10, t.Item1.Item2)).ToString(t.Item2, CultureInfo.InvariantCulture)),
        Gen.Elements("0123456789".ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and <= 40)
            .Zip(Gen.Choose(0, 45)).Select(t => t.Item2 < t.Item1.Length ? new string(t.Item1).Insert(t.Item2, ".") : new string(t.Item1)),
        Gen.Elements(Odd));

    private static readonly Arbitrary<string[][]> Rows = Arb.From(
        Cell.Two().Select(t => new[] { t.Item1, t.Item2 }).ArrayOf().Where(a => a.Length is > 0 and <= 60));

    [Property(MaxTest = 300)]
    public Property Parallel_csv_reader_agrees_with_the_row_by_row_reader() =>
        Prop.ForAll(Rows, Arb.From(Gen.Elements(false, true)), (rows, decimalComma) =>
        {
            string text = "y;w\n" + string.Join("\n", rows.Select(r => r[0] + ";" + r[1])) + "\n";
            string path = CliRunner.TempFile("r.csv", text);
            List<(double, double)>? expected = RowByRow(path, decimalComma);
            var got = new List<(double, double)>();
            bool clean;
            using (CsvInput csv = CsvInput.Open(path, decimalComma))
                clean = csv.TryReadAll(csv.Column("y"), csv.Column("w"), -1, (v, w, _) => got.Add((v, w)), out _);
            if (expected is null)
                return (!clean).Label("the row-by-row reader refuses the file; the parallel reader must stop too");
            return (clean && got.Count == expected.Count && got.Zip(expected).All(p =>
                    BitConverter.DoubleToInt64Bits(p.First.Item1) == BitConverter.DoubleToInt64Bits(p.Second.Item1)
                    && BitConverter.DoubleToInt64Bits(p.First.Item2) == BitConverter.DoubleToInt64Bits(p.Second.Item2)))
                .Label("values differ or the parallel reader refused a clean file:\n" + text);
        });

    // The reference: every row through CsvInput.Number, value ≥ 0 and weight > 0; null when any row is refused (also
    // the reference of CsvChunksTests).
    internal static List<(double, double)>? RowByRow(string path, bool decimalComma)
    {
        var rows = new List<(double, double)>();
        try
        {
            using CsvInput csv = CsvInput.Open(path, decimalComma);
            int y = csv.Column("y"), w = csv.Column("w");
            while (csv.MoveNext())
            {
                double v = csv.Number(y), weight = csv.Number(w);
                if (v < 0 || weight <= 0)
                    return null;
                rows.Add((v, weight));
            }
            return rows;
        }
        catch (InputException)
        {
            return null;
        }
    }

    [Fact]
    public void Plain_numbers_take_the_fast_path_and_others_do_not()
    {
        foreach (string plain in new[] { "0", "-12", "123.45", "1e-3", "2.5E+12", "007" })
            Assert.True(CsvInput.IsPlain(plain, decimalComma: false), plain);
        foreach (string other in new[] { "", "-", ".5", "5.", "+1", "1e", "1e1234", " 1", "1,5", "1.2.3", "NaN" })
            Assert.False(CsvInput.IsPlain(other, decimalComma: false), other);
        Assert.True(CsvInput.IsPlain("-12345", decimalComma: true));
        Assert.False(CsvInput.IsPlain("123.45", decimalComma: true));
        Assert.False(CsvInput.IsPlain(new string('1', 65), decimalComma: true));
    }

    // 1000 rows, two row groups; the CSV prints each double with "R" (round trip), so both files hold the same bits.
    private static (string Csv, string Parquet) SameData(int rowGroups = 2)
    {
        var random = new Random(18);
        int n = 1000;
        double[] y = new double[n], w = new double[n];
        int[] strata = new int[n], psu = new int[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = Math.Round(Math.Exp(12 + random.NextDouble() * 2), i % 3);
            w[i] = 50 + random.NextDouble() * 400;
            psu[i] = random.Next(40);
            strata[i] = psu[i] / 8;
        }
        string csv = CliRunner.TempFile("same.csv", "y,w,stratum,psu\n" + string.Concat(Enumerable.Range(0, n).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{y[i]:R},{w[i]:R},{strata[i]},{psu[i]}\n"))));
        string parquet = Write("same.parquet", rowGroups, new Column("y", y), new Column("w", w), new Column("stratum", strata), new Column("psu", psu));
        return (csv, parquet);
    }

    [Theory]
    [InlineData("gini", "--format", "json")]
    [InlineData("poverty", "--line", "300000", "--format", "json")]
    [InlineData("poverty", "--line", "300000", "--by", "stratum", "--format", "csv")]
    [InlineData("inequality", "--format", "json")]
    [InlineData("lorenz", "--points", "20", "--format", "csv")]
    [InlineData("gini", "--se", "bootstrap", "--replicates", "20", "--strata", "stratum", "--psu", "psu", "--format", "json")]
    [InlineData("poverty", "--line", "300000", "--se", "linearization", "--strata", "stratum", "--psu", "psu", "--format", "json")]
    public void Parquet_and_csv_of_the_same_data_print_the_same_bits(params string[] args)
    {
        (string csv, string parquet) = SameData();
        CliRunner.Result fromCsv = CliRunner.Run([args[0], "--input", csv, "--value", "y", "--weight", "w", .. args[1..]]);
        CliRunner.Result fromParquet = CliRunner.Run([args[0], "--input", parquet, "--value", "y", "--weight", "w", .. args[1..]]);
        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.Equal(fromCsv.Out, fromParquet.Out);
        Assert.Equal(0, fromParquet.ExitCode);
    }

    [Fact]
    public void Parquet_is_recognised_by_its_magic_bytes_without_the_extension()
    {
        (string csv, string parquet) = SameData(rowGroups: 1);
        string renamed = Path.ChangeExtension(parquet, ".dat");
        File.Copy(parquet, renamed);
        Assert.True(ParquetInput.IsParquet(renamed));
        Assert.False(ParquetInput.IsParquet(csv));
        Assert.Equal(CliRunner.Run("gini", "--input", csv, "--value", "y", "--weight", "w", "--format", "json").Out,
            CliRunner.Run("gini", "--input", renamed, "--value", "y", "--weight", "w", "--format", "json").Out);
    }

    [Fact]
    public void Every_numeric_parquet_type_reads_as_the_same_number_in_a_csv()
    {
        // The same five numbers as float (exactly representable), int32, int64, decimal and text; y = 1, 2, 3, 4, 10.
        double[] expected = [1, 2, 3, 4, 10];
        string path = Write("types.parquet", 1,
            new Column("f", new float[] { 1, 2, 3, 4, 10 }),
            new Column("i", new[] { 1, 2, 3, 4, 10 }),
            new Column("l", new long[] { 1, 2, 3, 4, 10 }),
            new Column("d", new[] { 1m, 2m, 3m, 4m, 10m }),
            new Column("s", new string?[] { "1", " 2", "3.0", "4", "1e1" }),
            new Column("w", new[] { 0.5, 1.5, 1, 1, 2 }));
        // By hand: W = 6, mean = (0.5 + 3 + 3 + 4 + 20)/6 = 30.5/6; poor below 3.5: y = 1, 2, 3 with weight 3 → P0 = 0.5.
        foreach (string column in new[] { "f", "i", "l", "d", "s" })
        {
            JsonElement j = JsonDocument.Parse(CliRunner.Run("poverty", "--input", path, "--value", column, "--weight", "w", "--line", "3.5", "--format", "json").Out).RootElement;
            Assert.Equal(6.0, j.GetProperty("population").GetDouble());
            Assert.Equal(0.5, j.GetProperty("p0").GetProperty("value").GetDouble());
        }
        Assert.Equal(5, expected.Length);
    }

    [Fact]
    public void Decimal_column_gives_the_double_of_its_decimal_text()
    {
        // 0.1 + 0.2 style values: the decimal 1234.56 must become the double nearest 1234.56, as the CSV text does.
        decimal[] d = [1234.56m, 0.1m, 0.2m, 0.3m, 98765.4321m];
        string parquet = Write("dec.parquet", 1, new Column("y", d));
        string csv = CliRunner.TempFile("dec.csv", "y\n" + string.Join("\n", d.Select(x => x.ToString(CultureInfo.InvariantCulture))) + "\n");
        Assert.Equal(CliRunner.Run("inequality", "--input", csv, "--value", "y", "--format", "json").Out,
            CliRunner.Run("inequality", "--input", parquet, "--value", "y", "--format", "json").Out);
    }

    [Fact]
    public void Parquet_errors_name_file_row_and_column_as_the_csv_errors_do()
    {
        string nulls = Write("null.parquet", 2, new Column("y", new double?[] { 1, 2, 3, null, 5, 6 }));
        AssertError($"{nulls}, row 4, column 'y': empty cell; a number is required.", "gini", "--input", nulls, "--value", "y");

        string text = Write("text.parquet", 1, new Column("y", new string?[] { "1", "2", "abc" }));
        AssertError($"{text}, row 3, column 'y': 'abc' is not a finite number with a decimal point (pass --decimal-comma for 1.234,56).",
            "gini", "--input", text, "--value", "y");

        string negative = Write("neg.parquet", 1, new Column("y", new[] { 1.0, 2, 3 }), new Column("w", new[] { 1.0, -2, 1 }));
        AssertError($"{negative}, row 2, column 'w': -2 is not a positive weight; weights must be > 0.",
            "poverty", "--input", negative, "--value", "y", "--weight", "w", "--line", "2");

        string csv = CliRunner.TempFile("same-header.csv", "y,w\n1,1\n");
        string missingCsv = CliRunner.Run("gini", "--input", csv, "--value", "z").Error;
        AssertError(missingCsv.Replace(csv, negative, StringComparison.Ordinal).TrimEnd()["lppd: ".Length..], "gini", "--input", negative, "--value", "z");

        string nan = Write("nan.parquet", 1, new Column("y", new[] { 1.0, double.NaN }));
        AssertError($"{nan}, row 2, column 'y': 'NaN' is not a finite number.", "gini", "--input", nan, "--value", "y");

        string broken = CliRunner.TempFile("broken.parquet", "PAR1 this is not a parquet file PAR1");
        CliRunner.Result r = CliRunner.Run("gini", "--input", broken, "--value", "y");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"lppd: {broken}: cannot be read as Parquet", r.Error);
    }

    // An empty, blank or null code of the --by column was counted as a group of its own named "" (its rows' P0 and
    // contributions printed beside the others'); the design codes and IKM's unit names were already refused.
    [Fact]
    public void An_empty_group_code_is_refused_with_its_row_in_csv_and_parquet()
    {
        const string Empty = "empty group code; every row needs its group (--by).";
        foreach (string blank in new[] { "", "  ", "\"\"" })
        {
            string csv = CliRunner.TempFile("by.csv", $"y,g\n1,a\n2,b\n3,{blank}\n4,a\n");
            AssertError($"{csv}, row 3 (line 4), column 'g': {Empty}", "poverty", csv, "--value", "y", "--line", "2.5", "--by", "g");
        }
        // The value's error comes first, as in every row: value, weight, group.
        string both = CliRunner.TempFile("by-both.csv", "y,g\n1,a\n-2,\n");
        AssertError($"{both}, row 2 (line 3), column 'y': -2 is negative; consumption and income must be ≥ 0.", "poverty", both, "--value", "y", "--line", "2.5", "--by", "g");

        string text = Write("by-text.parquet", 2, new Column("y", new[] { 1.0, 2, 3, 4 }), new Column("g", new string?[] { "a", "b", "a", null }));
        AssertError($"{text}, row 4, column 'g': {Empty}", "poverty", text, "--value", "y", "--line", "2.5", "--by", "g");
        string spaces = Write("by-blank.parquet", 1, new Column("y", new[] { 1.0, 2, 3 }), new Column("g", new string?[] { "a", " ", "a" }));
        AssertError($"{spaces}, row 2, column 'g': {Empty}", "poverty", spaces, "--value", "y", "--line", "2.5", "--by", "g");
        string codes = Write("by-int.parquet", 1, new Column("y", new[] { 1.0, 2, 3 }), new Column("g", new int?[] { 1, null, 2 }));
        AssertError($"{codes}, row 2, column 'g': {Empty}", "poverty", codes, "--value", "y", "--line", "2.5", "--by", "g");
    }

    // A footer or page header that claims more rows than the data holds: Parquet.Net's general reader decoded what the
    // pages hold and left the other rows as 0, so the Gini of 1…6 claimed as 63 rows was 0.94 with n = 63, and a first
    // page claiming 1 value of 6 gave a Gini of 0.5 (rows 2–6 read as 0).
    [Fact]
    public void A_parquet_file_whose_counts_disagree_with_its_data_is_refused()
    {
        string path = Write("counts.parquet", 1, new Column("y", new[] { 1.0, 2, 3, 4, 5, 6 }));
        byte[] file = File.ReadAllBytes(path);
        int footerLength = BitConverter.ToInt32(file, file.Length - 8), footer = file.Length - 8 - footerLength;

        // The row group's num_rows: the last i64 field holding 6 (Thrift compact: 0x16, zigzag 6 = 0x0C) in the
        // footer, after the column chunk's num_values. Claimed as 63 (0x7E).
        byte[] rows = (byte[])file.Clone();
        int at = file.AsSpan(footer, footerLength).LastIndexOf([(byte)0x16, (byte)0x0C]);
        Assert.True(at > 0);
        rows[footer + at + 1] = 0x7E;
        string moreRows = CliRunner.TempFile("more-rows.parquet", "");
        File.WriteAllBytes(moreRows, rows);
        AssertError($"{moreRows}, column 'y': cannot be read as Parquet: row group 1 says it holds 63 rows, but the column's chunk holds 6 values.",
            "gini", moreRows, "--value", "y");

        // The first data page's num_values (an i32 field: 0x15, 0x0C) claimed as 1 (0x02).
        byte[] page = (byte[])file.Clone();
        int position = 4;
        Assert.True(ParquetPageHeader.TryRead(file, ref position, out ParquetPageHeader header) && header.Values == 6);
        int values = file.AsSpan(4, position - 4).IndexOf([(byte)0x15, (byte)0x0C]);
        page[4 + values + 1] = 0x02;
        position = 4;
        Assert.True(ParquetPageHeader.TryRead(page, ref position, out header) && header.Values == 1);
        string fewerValues = CliRunner.TempFile("fewer-values.parquet", "");
        File.WriteAllBytes(fewerValues, page);
        AssertError($"{fewerValues}, column 'y': cannot be read as Parquet: row group 1 says it holds 6 rows, but the column's pages hold 1 values.",
            "gini", fewerValues, "--value", "y");
        AssertError($"{fewerValues}, column 'y': cannot be read as Parquet: row group 1 says it holds 6 rows, but the column's pages hold 1 values.",
            "poverty", fewerValues, "--value", "y", "--line", "3", "--by", "y");
    }

    private static void AssertError(string message, params string[] args)
    {
        CliRunner.Result r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal("lppd: " + message, r.Error.TrimEnd());
    }

    [Fact]
    public void Grouped_and_ikm_read_parquet_as_they_read_csv()
    {
        double[] pop = [0.2, 0.2, 0.2, 0.2, 0.2], share = [0.05, 0.1, 0.15, 0.25, 0.45];
        string csv = CliRunner.TempFile("g.csv", "pop,share\n" + string.Concat(pop.Zip(share, (p, s) => string.Create(CultureInfo.InvariantCulture, $"{p},{s}\n"))));
        string parquet = Write("g.parquet", 2, new Column("pop", pop), new Column("share", share));
        string[] grouped = ["--population", "pop", "--share", "share", "--format", "json"];
        CliRunner.Result a = CliRunner.Run(["grouped", "--input", csv, .. grouped]), b = CliRunner.Run(["grouped", "--input", parquet, .. grouped]);
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.Equal(a.Out, b.Out);

        // Six respondents of two units; U1–U9 as integers in Parquet (U5 of row 3 null: unanswered), text in the CSV.
        int n = 6;
        var columns = new List<Column>();
        var lines = new List<string> { "U1,U2,U3,U4,U5,U6,U7,U8,U9,unit" };
        string[][] cells = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, 9).Select(u => i == 2 && u == 4 ? "" : (1 + (i + u) % 4).ToString(CultureInfo.InvariantCulture)).ToArray()).ToArray();
        for (int u = 0; u < 9; u++)
            columns.Add(new Column("U" + (u + 1), cells.Select(r => r[u] == "" ? null : r[u]).ToArray()));
        string[] unit = ["Dinas A", "Dinas B", "Dinas A", "Dinas B", "Dinas A", "Dinas B"];
        columns.Add(new Column("unit", unit));
        lines.AddRange(cells.Select((r, i) => string.Join(",", r) + "," + unit[i]));
        string satisfactionCsv = CliRunner.TempFile("ikm.csv", string.Join("\n", lines) + "\n");
        string satisfactionParquet = Write("ikm.parquet", 1, [.. columns]);
        CliRunner.Result c = CliRunner.Run("ikm", "--input", satisfactionCsv, "--unit", "unit", "--format", "json");
        CliRunner.Result d = CliRunner.Run("ikm", "--input", satisfactionParquet, "--unit", "unit", "--format", "json");
        Assert.True(c.ExitCode == 0, c.Error);
        Assert.Equal(c.Out, d.Out);
    }

    [Fact]
    public void Design_codes_read_as_integers_keep_the_single_psu_message()
    {
        // Stratum B has one PSU (x): the message names the texts of the codes, as with the string design.
        string path = CliRunner.TempFile("design.csv", "y,s,p\n1,A,u\n2,A,v\n3,B,x\n4,B,x\n5,A,u\n");
        CliRunner.Result r = CliRunner.Run("gini", "--input", path, "--value", "y", "--se", "bootstrap", "--strata", "s", "--psu", "p");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("stratum B has a single PSU (x, first at index 2)", r.Error);
    }

    [Fact]
    public void Population_is_the_same_exact_figure_in_every_command()
    {
        // Weights 1e16, 1, 1, 1, 1 (the largest value first): summed left to right in doubles, each +1 is lost to
        // rounding (1e16 + 1 ties to 1e16); the exact total is 1e16 + 4 = 10000000000000004, a double.
        string path = CliRunner.TempFile("pop.csv", "y,w\n9,1e16\n1,1\n2,1\n3,1\n4,1\n");
        string[] common = ["--input", path, "--value", "y", "--weight", "w", "--format", "json"];
        foreach (string[] command in new[] { new[] { "gini" }, ["poverty", "--line", "5"], ["inequality"] })
        {
            CliRunner.Result r = CliRunner.Run([.. command, .. common]);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal(1e16 + 4, JsonDocument.Parse(r.Out).RootElement.GetProperty("population").GetDouble());
            Assert.Contains("\"population\": 10000000000000004", r.Out);
        }
        string[] text = ["--input", path, "--value", "y", "--weight", "w"];
        Assert.Contains("weighted population 10,000,000,000,000,004.00", CliRunner.Run(["gini", .. text]).Out);
        Assert.Contains("weighted population 10,000,000,000,000,004.00", CliRunner.Run(["inequality", .. text]).Out);
        Assert.Contains("10,000,000,000,000,004.00", CliRunner.Run(["poverty", "--line", "5", .. text]).Out);
    }
}
