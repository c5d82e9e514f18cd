#:package Parquet.Net
// Lists the column chunks of two columns of a Parquet file, for lower-bound-parquet.c (issue 18): one line per chunk,
// in row order, "column rows offset bytes codec" (column 0 or 1; offset and bytes of the chunk in the file).
//     dotnet run benchmarks/peers/parquet-chunks.cs -- FILE.parquet income weight > chunks.txt
using Parquet;
using Parquet.Meta;

await using FileStream file = File.OpenRead(args[0]);
await using ParquetReader reader = await ParquetReader.CreateAsync(file);
foreach (RowGroup group in reader.Metadata!.RowGroups)
    foreach (ColumnChunk chunk in group.Columns)
    {
        ColumnMetaData meta = chunk.MetaData!;
        int column = Array.IndexOf(args, meta.PathInSchema[0], 1) - 1;
        if (column is 0 or 1)
        {
            long start = meta.DictionaryPageOffset is long d && d > 0 ? Math.Min(d, meta.DataPageOffset) : meta.DataPageOffset;
            Console.WriteLine($"{column} {meta.NumValues} {start} {meta.TotalCompressedSize} {meta.Codec}");
        }
    }
