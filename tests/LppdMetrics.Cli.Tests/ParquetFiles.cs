using Parquet;
using Parquet.Schema;

namespace LppdMetrics.Cli.Tests;

/// <summary>Writes small Parquet files for the tests with Parquet.Net: each column a typed array, one or more row groups.</summary>
public static class ParquetFiles
{
    /// <summary>A column: its name and its cells (double[], float[], int[], long[], their nullable arrays, decimal[], string?[]).</summary>
    public sealed record Column(string Name, Array Cells);

    /// <summary>Writes <paramref name="columns"/> to a new temporary file, split into <paramref name="rowGroups"/> row groups.</summary>
    public static string Write(string name, int rowGroups, params Column[] columns) => Write(name, rowGroups, CompressionMethod.Snappy, columns);

    /// <summary>Writes <paramref name="columns"/> as <see cref="Write(string, int, Column[])"/> does, compressed by <paramref name="compression"/>.</summary>
    public static string Write(string name, int rowGroups, CompressionMethod compression, params Column[] columns)
    {
        string path = CliRunner.TempFile(name, "");
        WriteTo(path, rowGroups, compression, columns).GetAwaiter().GetResult();
        return path;
    }

    private static DataField Field(Column c) => c.Cells switch
    {
        decimal[] => new DecimalDataField(c.Name, 18, 6),
        double?[] or float?[] or int?[] or long?[] => new DataField(c.Name, Nullable.GetUnderlyingType(c.Cells.GetType().GetElementType()!)!, isNullable: true),
        string?[] => new DataField<string>(c.Name, true),
        _ => new DataField(c.Name, c.Cells.GetType().GetElementType()!, isNullable: false),
    };

    private static async Task WriteTo(string path, int rowGroups, CompressionMethod compression, Column[] columns)
    {
        DataField[] fields = columns.Select(Field).ToArray();
        int n = columns[0].Cells.Length;
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = compression });
        for (int g = 0; g < rowGroups; g++)
        {
            int start = (int)((long)n * g / rowGroups), end = (int)((long)n * (g + 1) / rowGroups);
            using ParquetRowGroupWriter rg = writer.CreateRowGroup();
            for (int c = 0; c < columns.Length; c++)
            {
                DataField f = fields[c];
                switch (columns[c].Cells)
                {
                    case double[] a: await rg.WriteAsync<double>(f, a.AsMemory(start, end - start)); break;
                    case double?[] a: await rg.WriteAsync<double>(f, a.AsMemory(start, end - start)); break;
                    case float[] a: await rg.WriteAsync<float>(f, a.AsMemory(start, end - start)); break;
                    case float?[] a: await rg.WriteAsync<float>(f, a.AsMemory(start, end - start)); break;
                    case int?[] a: await rg.WriteAsync<int>(f, a.AsMemory(start, end - start)); break;
                    case long?[] a: await rg.WriteAsync<long>(f, a.AsMemory(start, end - start)); break;
                    case int[] a: await rg.WriteAsync<int>(f, a.AsMemory(start, end - start)); break;
                    case long[] a: await rg.WriteAsync<long>(f, a.AsMemory(start, end - start)); break;
                    case decimal[] a: await rg.WriteAsync<decimal>(f, a.AsMemory(start, end - start)); break;
                    case string?[] a: await rg.WriteAsync(f, a[start..end]!); break;
                    default: throw new NotSupportedException(columns[c].Cells.GetType().Name);
                }
            }
        }
    }
}
