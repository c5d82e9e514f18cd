using Parquet;
using Parquet.Schema;

namespace LppdMetrics.Cli.Tests;

/// <summary>A Parquet DECIMAL column whose scale .NET's decimal cannot hold (above 28) is refused in the project's one line.</summary>
public class ParquetDecimalScaleTests
{
    private static async Task<string> Write(int precision, int scale, bool patchScaleTo30)
    {
        string path = CliRunner.TempFile("scale.parquet", "");
        var field = new DecimalDataField("y", precision, scale);
        await using (FileStream stream = File.Create(path))
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream))
        using (ParquetRowGroupWriter rg = writer.CreateRowGroup())
            await rg.WriteAsync<decimal>(field, new decimal[] { 1m, 3m });
        if (!patchScaleTo30) return path;
        // Thrift compact: a field-delta-1 i32 (0x15) scale 27 (zigzag 54, 0x36), then precision 38 (0x4C), in the
        // SchemaElement and in its DecimalType; scale 30 is zigzag 60 (0x3C)
        byte[] bytes = File.ReadAllBytes(path);
        int patched = 0;
        for (int i = 0; i + 3 < bytes.Length; i++)
            if (bytes[i] == 0x15 && bytes[i + 1] == 0x36 && bytes[i + 2] == 0x15 && bytes[i + 3] == 0x4C) { bytes[i + 1] = 0x3C; patched++; }
        File.WriteAllBytes(path, bytes);
        Assert.Equal(2, patched); // the SchemaElement's scale and its DecimalType's
        return path;
    }

    [Theory]
    [InlineData("poverty", "--line", "0.75")]
    [InlineData("gini", "--correction", "none")]
    [InlineData("inequality", "--format", "text")]
    public async Task A_decimal_column_of_scale_30_is_refused_in_one_line_naming_it(string command, string option, string value)
    {
        // Written at scale 27 (Parquet.Net cannot write a scale above 28) and its footer's scale made 30. Before: ".., cannot
        // be read as Parquet: Value was either too large or too small for a Decimal." naming no column
        string path = await Write(38, 27, patchScaleTo30: true);
        var r = CliRunner.Run(command, path, "--value", "y", option, value);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal($"lppd: {path}, column 'y': is a DECIMAL column of scale 30; at most 28 decimal places can be read: write it as a double, or as a DECIMAL of scale 28 or less.",
            Assert.Single(r.Error.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public async Task A_decimal_column_of_scale_27_is_read()
    {
        string path = await Write(38, 27, patchScaleTo30: false);
        var r = CliRunner.Run("gini", path, "--value", "y", "--format", "json");
        Assert.Equal("", r.Error);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(r.Out).RootElement.GetProperty("n").GetInt32());
    }
}
