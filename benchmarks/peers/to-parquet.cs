#:package Parquet.Net
// Converts the benchmark CSV of make_data.py (income,weight,strata,psu) to Parquet, for the Parquet rows of run.sh:
// income and weight as double, strata and psu as int32, row groups of 2^20 rows, Snappy (Parquet.Net's default), or
// no compression with a third argument `none` (pandas: to_parquet(..., compression=None); R arrow:
// write_parquet(..., compression = "uncompressed")).
//     dotnet run benchmarks/peers/to-parquet.cs -- IN.csv OUT.parquet [none]
// The same numbers in one line of R or pandas: arrow::write_parquet(data.table::fread("IN.csv"), "OUT.parquet") or
// pandas.read_csv("IN.csv").to_parquet("OUT.parquet"). Those write arrow's shape instead: optional columns, int64 for
// whole-number columns, dictionary pages with plain fallback, pages of 1 MiB, Snappy, row groups of 2^20 rows. lppd's
// reader decodes both shapes on its fast path and costs about the same processor time on either (benchmarks/README.md,
// "Issue 18, session 4"), so this file keeps the types lppd computes with (double values, int32 codes), as in earlier
// sessions; Parquet.Net cannot write dictionary-encoded numbers or several pages per column chunk anyway.
using System.Globalization;
using Parquet;
using Parquet.Schema;

const int RowGroup = 1 << 20;
var fields = new DataField[] { new DataField<double>("income"), new DataField<double>("weight"), new DataField<int>("strata"), new DataField<int>("psu") };
using var reader = new StreamReader(args[0]);
if (reader.ReadLine() != "income,weight,strata,psu")
    throw new InvalidDataException($"{args[0]}: the header must be income,weight,strata,psu (make_data.py).");
await using FileStream output = File.Create(args[1]);
var options = new ParquetOptions { CompressionMethod = args.Length > 2 && args[2] == "none" ? CompressionMethod.None : CompressionMethod.Snappy };
await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, options);
double[] income = new double[RowGroup], weight = new double[RowGroup];
int[] strata = new int[RowGroup], psu = new int[RowGroup];
long rows = 0;
while (true)
{
    int n = 0;
    string? line;
    while (n < RowGroup && (line = reader.ReadLine()) is not null)
    {
        string[] cells = line.Split(',');
        income[n] = double.Parse(cells[0], CultureInfo.InvariantCulture);
        weight[n] = double.Parse(cells[1], CultureInfo.InvariantCulture);
        strata[n] = int.Parse(cells[2], CultureInfo.InvariantCulture);
        psu[n] = int.Parse(cells[3], CultureInfo.InvariantCulture);
        n++;
    }
    if (n == 0)
        break;
    using ParquetRowGroupWriter group = writer.CreateRowGroup();
    await group.WriteAsync<double>(fields[0], income.AsMemory(0, n));
    await group.WriteAsync<double>(fields[1], weight.AsMemory(0, n));
    await group.WriteAsync<int>(fields[2], strata.AsMemory(0, n));
    await group.WriteAsync<int>(fields[3], psu.AsMemory(0, n));
    rows += n;
}
Console.WriteLine($"{args[1]}: {rows} rows");
