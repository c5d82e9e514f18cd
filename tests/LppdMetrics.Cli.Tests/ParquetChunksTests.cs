using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.TestSupport;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using static LppdMetrics.Cli.Tests.ParquetFiles;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The fast Parquet path (<see cref="ParquetChunks"/>) against its peer, Parquet.Net's own column reader: the same
/// doubles to the bit and the same first null, on files of Parquet.Net, of other writers (dictionary pages, v2 pages),
/// and on a column chunk built by hand; and from the command line, Parquet and CSV of the same cells give the same
/// output or the same row and column of the first bad cell, values and design codes alike.
/// </summary>
public class ParquetChunksTests
{
    // About 1 in 8 cells is NaN or an infinity, 1 in 8 null (in a nullable column), else a double of any scale.
    private static readonly Gen<double?> Cell = Gen.Frequency(
        (12, Gen.Choose(-1_000_000, int.MaxValue).Zip(Gen.Choose(-30, 30)).Select(t => (double?)(t.Item1 * Math.Pow(10, t.Item2)))),
        (2, Gen.Elements<double?>(double.NaN, double.PositiveInfinity, double.NegativeInfinity)),
        (2, Gen.Constant<double?>(null)));

    private static readonly Gen<Column> AnyColumn = Gen.Choose(1, 200).SelectMany(n => Gen.Elements("double", "double?", "float", "float?", "int", "int?", "long", "long?")
        .SelectMany(type => Cell.ArrayOf(n).Select(cells => MakeColumn("y", type, cells))));

    private static Column MakeColumn(string name, string type, double?[] cells)
    {
        bool nullable = type.EndsWith('?');
        double?[] c = nullable ? cells : cells.Select(x => x ?? 0).Select(x => (double?)x).ToArray();
        static long Whole(double x) => double.IsFinite(x) ? (long)Math.Clamp(Math.Round(x / 1e6), -1e15, 1e15) : 0;
        Array array = type.TrimEnd('?') switch
        {
            "double" => nullable ? c : c.Select(x => x!.Value).ToArray(),
            "float" => nullable ? c.Select(x => (float?)x).ToArray() : c.Select(x => (float)x!.Value).ToArray(),
            "int" => nullable ? c.Select(x => x is double v ? (int?)(int)(Whole(v) % int.MaxValue) : null).ToArray() : c.Select(x => (int)(Whole(x!.Value) % int.MaxValue)).ToArray(),
            _ => nullable ? c.Select(x => x is double v ? (long?)Whole(v) : null).ToArray() : c.Select(x => Whole(x!.Value)).ToArray(),
        };
        return new Column(name, array);
    }

    [Property(MaxTest = 100)]
    public Property Fast_path_gives_the_bits_and_first_null_of_parquet_net() =>
        Prop.ForAll(AnyColumn.ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), Gen.Elements(CompressionMethod.Snappy, CompressionMethod.None).ToArbitrary(),
            (column, rowGroups, compression) =>
            {
                string path = Write("p.parquet", Math.Min(rowGroups, column.Cells.Length), compression, column);
                Assert.Equal(Math.Min(rowGroups, column.Cells.Length), CompareEveryChunk(path, expectFast: true));
            });

    [Fact]
    public void Other_codecs_are_left_to_parquet_net()
    {
        string path = Write("gzip.parquet", 2, CompressionMethod.Gzip, new Column("y", new[] { 1.0, 2, 3, 4 }));
        Assert.Equal(2, CompareEveryChunk(path, expectFast: false));
    }

    [Theory]
    [InlineData("nation.plain.parquet", 2)]       // v1 pages, plain int32, optional (definition levels), uncompressed
    [InlineData("nation.dict.v2.parquet", 2)]     // a dictionary page and a v2 data page (RLE_DICTIONARY), Snappy
    [InlineData("postcodes.plain.v2.parquet", 8)] // dictionary-encoded doubles and int32 with nulls, Snappy
    public void Files_of_other_writers_read_as_parquet_net_reads_them(string name, int chunks) =>
        Assert.Equal(chunks, CompareEveryChunk(TestDataPath.Of("microdata", "parquet-dotnet", name), expectFast: true));

    [Fact]
    public void Byte_stream_split_is_left_to_parquet_net() =>
        Assert.Equal(1, CompareEveryChunk(TestDataPath.Of("microdata", "parquet-dotnet", "bss_with_nulls_double.parquet"), expectFast: false));

    [Fact]
    public void Hand_built_chunk_of_four_pages_decodes_to_the_known_values()
    {
        // Dictionary {0.5, 2.25, 1e300}; a v1 page of 10 dictionary indices (bit-packed, 2 bits each); a v1 page of 5
        // plain doubles after the dictionary (arrow's fallback when the dictionary is full); a v2 page of 4 plain doubles.
        double[] dictionary = [0.5, 2.25, 1e300];
        int[] indices = [0, 1, 2, 0, 1, 2, 2, 1, 0, 0];
        double[] plain = [3, 4, 5, 6, 7], last = [8, 9, 10, 11];
        double[] expected = [.. indices.Select(i => dictionary[i]), .. plain, .. last];
        (double[] values, int firstNull) = DecodeHandBuilt(dictionary, indices, plain, last, nullInLastPage: -1);
        Assert.Equal(-1, firstNull);
        Assert.Equal(expected, values);

        // The same with the third cell of the v2 page null: its definition levels 1, 1, 0, 1 (bit-packed), values 8, 9, 11.
        (values, firstNull) = DecodeHandBuilt(dictionary, indices, plain, [8, 9, 11], nullInLastPage: 2);
        Assert.Equal(10 + 5 + 2, firstNull);
        Assert.Equal(expected[..17], values[..17]);
    }

    [Property(MaxTest = 40)]
    public Property Parquet_and_csv_of_the_same_cells_agree_from_the_command_line() =>
        Prop.ForAll(Cell.ArrayOf().Where(a => a.Length > 0).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), Gen.Elements(CompressionMethod.Snappy, CompressionMethod.Gzip).ToArbitrary(),
            (cells, rowGroups, compression) =>
            {
                double?[] y = cells.Select(x => x is double v ? (double?)Math.Abs(v) : null).ToArray();
                double?[] w = cells.Select((x, i) => i % 5 == 3 ? x : 1 + i % 7).ToArray();
                string parquet = Write("c.parquet", Math.Min(rowGroups, y.Length), compression, new Column("y", y), new Column("w", w));
                string csv = CliRunner.TempFile("c.csv", "y,w\n" + string.Concat(y.Zip(w, (a, b) => Text(a) + "," + Text(b) + "\n")));
                foreach (string[] command in new[] { new[] { "gini" }, ["poverty", "--line", "1e9"] })
                {
                    CliRunner.Result fromCsv = CliRunner.Run([.. command, "--input", csv, "--value", "y", "--weight", "w", "--format", "csv"]);
                    CliRunner.Result fromParquet = CliRunner.Run([.. command, "--input", parquet, "--value", "y", "--weight", "w", "--format", "csv"]);
                    Assert.Equal(fromCsv.ExitCode, fromParquet.ExitCode);
                    Assert.Equal(fromCsv.Out, fromParquet.Out);
                    // The same cell is named (row and column); NaN's wording differs between a text cell and a double.
                    Assert.Equal(Where(fromCsv.Error, csv), Where(fromParquet.Error, parquet));
                }
            });

    [Fact]
    public void Whole_number_design_codes_are_coded_as_the_csv_texts_are()
    {
        // Two PSUs 2^53 and 2^53 + 1, which one double cannot tell apart: they must stay two PSUs, as in the CSV.
        long[] psu = [.. Enumerable.Range(0, 12).Select(i => 9007199254740992L + i % 2)];
        double[] y = [.. Enumerable.Range(1, 12).Select(i => (double)(i * i))];
        int[] strata = new int[12];
        string parquet = Write("codes.parquet", 2, new Column("y", y), new Column("s", strata), new Column("p", psu));
        string csv = CliRunner.TempFile("codes.csv", "y,s,p\n" + string.Concat(Enumerable.Range(0, 12).Select(i => string.Create(CultureInfo.InvariantCulture, $"{y[i]},{strata[i]},{psu[i]}\n"))));
        string[] se = ["--value", "y", "--se", "bootstrap", "--replicates", "20", "--strata", "s", "--psu", "p", "--format", "json"];
        CliRunner.Result fromCsv = CliRunner.Run(["gini", "--input", csv, .. se]), fromParquet = CliRunner.Run(["gini", "--input", parquet, .. se]);
        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.Equal(fromCsv.Out, fromParquet.Out);

        // int32 codes with a null in row 3 of the PSU column: the CSV's empty-code error, same row and column.
        int?[] holes = [1, 2, null, 1, 2, 1];
        parquet = Write("hole.parquet", 2, new Column("y", y[..6]), new Column("s", new int[6]), new Column("p", holes));
        csv = CliRunner.TempFile("hole.csv", "y,s,p\n" + string.Concat(Enumerable.Range(0, 6).Select(i => string.Create(CultureInfo.InvariantCulture, $"{y[i]},0,{holes[i]}\n"))));
        fromCsv = CliRunner.Run(["gini", "--input", csv, .. se]);
        fromParquet = CliRunner.Run(["gini", "--input", parquet, .. se]);
        Assert.Equal(2, fromParquet.ExitCode);
        Assert.Equal(Regex.Replace(fromCsv.Error.Replace(csv, "FILE", StringComparison.Ordinal), @" \(line \d+\)", ""), fromParquet.Error.Replace(parquet, "FILE", StringComparison.Ordinal));
        Assert.Contains("row 3, column 'p': empty design code", fromParquet.Error);
    }

    private static string Text(double? x) => x is double v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>"FILE, row N, column 'c':" of an error (a CSV error also names the line, which a Parquet file has not).</summary>
    private static string Where(string error, string path)
    {
        string located = Regex.Replace(error.Replace(path, "FILE", StringComparison.Ordinal), @" \(line \d+\)", "");
        return error.Length == 0 ? "" : located[..(located.IndexOf("':", StringComparison.Ordinal) + 2)];
    }

    /// <summary>Every flat number column chunk of the file, read by both; the number of chunks compared.</summary>
    private static int CompareEveryChunk(string path, bool expectFast)
    {
        using FileStream stream = File.OpenRead(path);
        ParquetReader reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        using var file = File.OpenHandle(path);
        int compared = 0;
        foreach (DataField field in reader.Schema.GetDataFields())
        {
            TypeCode code = System.Type.GetTypeCode(field.ClrType);
            if (field.Path.ToList().Count != 1 || code is not (TypeCode.Double or TypeCode.Single or TypeCode.Int32 or TypeCode.Int64))
                continue;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                ParquetRowGroupReader rg = reader.RowGroups[g];
                (double[] expected, int expectedNull) = Reference(rg, field, code);
                double[] actual = new double[expected.Length];
                bool fast = ParquetChunks.TryRead(file, rg.GetMetadata(field), field, actual, out int firstNull);
                Assert.Equal(expectFast, fast);
                if (fast)
                {
                    Assert.Equal(expectedNull, firstNull);
                    int end = firstNull >= 0 ? firstNull : expected.Length;
                    Assert.Equal(expected[..end].Select(BitConverter.DoubleToInt64Bits), actual[..end].Select(BitConverter.DoubleToInt64Bits));
                }
                compared++;
            }
        }
        return compared;
    }

    /// <summary>Parquet.Net's reading of a chunk as doubles, and the index of its first null (−1: none).</summary>
    private static (double[] Values, int FirstNull) Reference(ParquetRowGroupReader rg, DataField field, TypeCode code) => code switch
    {
        TypeCode.Double => Reference<double>(rg, field, v => v),
        TypeCode.Single => Reference<float>(rg, field, v => v),
        TypeCode.Int32 => Reference<int>(rg, field, v => v),
        _ => Reference<long>(rg, field, v => v),
    };

    private static (double[] Values, int FirstNull) Reference<T>(ParquetRowGroupReader rg, DataField field, Func<T, double> convert) where T : struct
    {
        int n = (int)rg.RowCount;
        var cells = new T?[n];
        if (field.IsNullable)
            rg.ReadAsync<T>(field, cells.AsMemory()).AsTask().GetAwaiter().GetResult();
        else
        {
            var plain = new T[n];
            rg.ReadAsync<T>(field, plain.AsMemory()).AsTask().GetAwaiter().GetResult();
            for (int i = 0; i < n; i++)
                cells[i] = plain[i];
        }
        int firstNull = Array.FindIndex(cells, c => c is null);
        return (cells.Select(c => c is T v ? convert(v) : 0).ToArray(), firstNull);
    }

    /// <summary>Writes the four pages of the hand-built chunk of an optional double column to a file and decodes it.</summary>
    private static (double[] Values, int FirstNull) DecodeHandBuilt(double[] dictionary, int[] indices, double[] plain, double[] last, int nullInLastPage)
    {
        int rows = indices.Length + plain.Length + 4;
        var chunk = new List<byte>();
        byte[] dictionaryData = Doubles(dictionary);
        chunk.AddRange(Header(2, dictionaryData.Length, h => Struct(h, 7, s => { I32(s, dictionary.Length); I32(s, 0); })));
        chunk.AddRange(dictionaryData);
        int dataOffset = chunk.Count;

        // v1: definition levels (4-byte length, one RLE run of 10 ones), then bit width 2 and one bit-packed run of 2 groups.
        var page = new List<byte>();
        byte[] levels = [10 << 1, 1];
        page.AddRange(BitConverter.GetBytes(levels.Length));
        page.AddRange(levels);
        page.Add(2);
        page.Add((2 << 1) | 1);
        page.AddRange(Pack(indices, 2, 16));
        chunk.AddRange(Header(0, page.Count, h => Struct(h, 5, s => { I32(s, indices.Length); I32(s, 8); I32(s, 3); I32(s, 3); })));
        chunk.AddRange(page);

        page.Clear();
        levels = [(byte)(plain.Length << 1), 1];
        page.AddRange(BitConverter.GetBytes(levels.Length));
        page.AddRange(levels);
        page.AddRange(Doubles(plain));
        chunk.AddRange(Header(0, page.Count, h => Struct(h, 5, s => { I32(s, plain.Length); I32(s, 0); I32(s, 3); I32(s, 3); })));
        chunk.AddRange(page);

        // v2: levels uncompressed before the values, their length in the header; values not compressed.
        int[] defined = [.. Enumerable.Range(0, 4).Select(i => i == nullInLastPage ? 0 : 1)];
        byte[] v2Levels = nullInLastPage < 0 ? [4 << 1, 1] : [(1 << 1) | 1, .. Pack(defined, 1, 8)];
        byte[] v2Values = Doubles(last);
        chunk.AddRange(Header(3, v2Levels.Length + v2Values.Length, h => Struct(h, 8, s =>
        {
            I32(s, 4); I32(s, nullInLastPage < 0 ? 0 : 1); I32(s, 4); I32(s, 0); I32(s, v2Levels.Length); I32(s, 0);
            s.Add(0x12); // field 7 (delta 1), boolean false: is_compressed = false
        })));
        chunk.AddRange(v2Levels);
        chunk.AddRange(v2Values);

        string path = CliRunner.TempFile("hand.parquet", "");
        File.WriteAllBytes(path, [.. "PAR1"u8.ToArray(), .. chunk]);
        var field = new DataField<double?>("y");
        _ = new ParquetSchema(field);
        var meta = new ColumnChunk
        {
            MetaData = new ColumnMetaData
            {
                Type = Parquet.Meta.Type.DOUBLE, Codec = CompressionCodec.UNCOMPRESSED, NumValues = rows,
                DictionaryPageOffset = 4, DataPageOffset = 4 + dataOffset, TotalCompressedSize = chunk.Count,
            },
        };
        using var file = File.OpenHandle(path);
        double[] values = new double[rows];
        Assert.True(ParquetChunks.TryRead(file, meta, field, values, out int firstNull));
        return (values, firstNull);
    }

    private static byte[] Doubles(double[] values) => values.SelectMany(BitConverter.GetBytes).ToArray();

    /// <summary>Bit-packs <paramref name="values"/> (least significant bit first) into <paramref name="count"/> slots.</summary>
    private static byte[] Pack(int[] values, int width, int count)
    {
        var bytes = new byte[count * width / 8];
        for (int i = 0; i < values.Length; i++)
            for (int b = 0; b < width; b++)
                if ((values[i] >> b & 1) != 0)
                    bytes[(i * width + b) / 8] |= (byte)(1 << ((i * width + b) % 8));
        return bytes;
    }

    // A page header in the Thrift compact protocol: type, uncompressed and compressed size (fields 1–3), then one
    // struct field (5: data page, 7: dictionary page, 8: data page v2) whose fields the caller writes as 1, 2, 3….
    private static byte[] Header(int type, int size, Action<List<byte>> rest)
    {
        var h = new List<byte>();
        I32(h, type);
        I32(h, size);
        I32(h, size);
        rest(h);
        h.Add(0);
        return [.. h];
    }

    /// <summary>A struct field <paramref name="id"/> (after field 3), its fields written by <paramref name="fields"/>, then its stop byte.</summary>
    private static void Struct(List<byte> h, int id, Action<List<byte>> fields)
    {
        h.Add((byte)(((id - 3) << 4) | 12));
        fields(h);
        h.Add(0);
    }

    /// <summary>The next field (id one more than the last) of type i32, zigzag varint.</summary>
    private static void I32(List<byte> h, int value)
    {
        h.Add((1 << 4) | 5);
        uint zigzag = (uint)((value << 1) ^ (value >> 31));
        while (zigzag >= 0x80)
        {
            h.Add((byte)(zigzag | 0x80));
            zigzag >>= 7;
        }
        h.Add((byte)zigzag);
    }
}
