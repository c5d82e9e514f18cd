using System.Globalization;
using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LppdMetrics.Statistics;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Meta.Proto;
using Parquet.Schema;

namespace LppdMetrics.Cli;

/// <summary>
/// A Parquet file read with Parquet.Net (pure managed): its footer and schema by Parquet.Net, the column chunks of
/// flat number columns by <see cref="ParquetChunks"/> (Parquet.Net's general reader for any other shape); only the
/// columns asked for, row groups and columns on all cores, straight into the compact value/weight arrays (or, for
/// <see cref="ReadParts{T}"/>, a row group per core); errors name the file, the row and the column as the CSV
/// reader's do, the first bad cell in row order.
/// </summary>
/// <remarks>
/// <para>A file is Parquet when its name ends in <c>.parquet</c> or it starts with the magic bytes <c>PAR1</c>.</para>
/// <para>Numeric columns of any physical type become doubles: <c>double</c> as stored; <c>float</c>, the integers
/// (8 to 64 bits, signed or not) by the exact or correctly rounded conversion; <c>decimal</c> through its exact
/// decimal text, so that it gives the same double as the same number in a CSV file. A text (string) column is read
/// cell by cell as a CSV cell is, with the same messages ('abc' is not a finite number…). A null cell is an empty
/// cell ("empty cell; a number is required."), a NaN or infinity is refused, a negative value or a weight ≤ 0 gets the
/// CSV reader's message. Rows are numbered from 1 across row groups. Repeated (list) columns are refused.</para>
/// </remarks>
internal static class ParquetInput
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    // Parquet.Net pools its page streams without bound unless told: keep at most 16 MiB of free buffers.
    private static readonly ParquetOptions Options = new() { MaximumSmallPoolFreeBytes = 1 << 24, MaximumLargePoolFreeBytes = 1 << 24 };

    /// <summary>Whether <paramref name="path"/> is a Parquet file: by its extension, or by its first four bytes.</summary>
    /// <param name="path">The input file.</param>
    /// <returns>True for Parquet.</returns>
    public static bool IsParquet(string path)
    {
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            return true;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (!file.CanSeek || file.Length < 12)
                return false;
            Span<byte> head = stackalloc byte[4];
            return file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(Magic);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Reads the value and weight columns (weight 1 when <paramref name="weightName"/> is null).</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="valueName">The value column.</param>
    /// <param name="weightName">The weight column, or null.</param>
    /// <param name="decimalComma">Text cells are written <c>1.234,56</c>.</param>
    /// <returns>Values and weights, one entry per row.</returns>
    /// <exception cref="InputException">Unreadable file, missing column, bad cell, or no rows.</exception>
    public static (double[] Values, double[] Weights) ReadColumns(string path, string valueName, string? weightName, bool decimalComma)
    {
        double[][] columns = weightName is null
            ? ReadNumberColumns(path, [valueName], [ValueCheck], decimalComma)
            : ReadNumberColumns(path, [valueName, weightName], [ValueCheck, WeightCheck], decimalComma);
        if (weightName is not null)
            return (columns[0], columns[1]);
        double[] ones = LargeArray.Allocate<double>(columns[0].Length);
        ones.AsSpan().Fill(1.0);
        return (columns[0], ones);
    }

    /// <summary>
    /// Reads number columns in parallel (row groups × columns), each cell checked by its column's
    /// <paramref name="checks"/>; the error is that of the first bad cell in row order, then column order.
    /// </summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="names">The columns.</param>
    /// <param name="checks">For each column, the reason a finite number is refused, or null when it is accepted.</param>
    /// <param name="decimalComma">Text cells are written <c>1.234,56</c>.</param>
    /// <returns>The columns, one array of one entry per row each.</returns>
    /// <exception cref="InputException">Unreadable file, missing column, bad cell, or no rows.</exception>
    public static double[][] ReadNumberColumns(string path, IReadOnlyList<string> names, IReadOnlyList<Func<double, string?>> checks, bool decimalComma)
    {
        using Layout layout = Layout.Open(path);
        DataField[] fields = names.Select(layout.Field).ToArray();
        int total = layout.RowCount();
        double[][] columns = fields.Select(_ => LargeArray.Allocate<double>(total)).ToArray();
        int groups = layout.Offsets.Length - 1, count = groups * fields.Length;
        var problems = new Problem?[count];
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, count));
        Run(() => Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, p =>
        {
            Layout? own = null;
            using var scratch = new ParquetChunks.Scratch();
            try
            {
                for (int k = p; k < count; k += workers)
                {
                    int g = k / fields.Length, c = k % fields.Length;
                    int start = (int)layout.Offsets[g], length = (int)(layout.Offsets[g + 1] - start);
                    problems[k] = ReadChunk(layout, ref own, p == 0, scratch, g, fields[c], columns[c].AsMemory(start, length), decimalComma, checks[c]) is var (i, why)
                        ? new Problem(start + i + 1, c, fields[c].Name, why)
                        : null;
                }
            }
            finally
            {
                own?.Dispose();
            }
        }), path);
        ThrowFirst(path, problems);
        return columns;
    }

    /// <summary>
    /// Reads the value and weight columns row group by row group on all cores, each row group into its own state made
    /// by <paramref name="create"/> and fed by <paramref name="add"/> with the whole row group: no column of the file
    /// is held, only a row group per core.
    /// </summary>
    /// <typeparam name="T">The state of one part.</typeparam>
    /// <param name="path">The Parquet file.</param>
    /// <param name="valueName">The value column.</param>
    /// <param name="weightName">The weight column, or null (weights of 1).</param>
    /// <param name="decimalComma">Text cells are written <c>1.234,56</c>.</param>
    /// <param name="create">Makes the state of a part.</param>
    /// <param name="add">Adds the rows of a row group (first row 0 of the part, values, weights) to its part.</param>
    /// <returns>The row groups' states with their row counts, in file order.</returns>
    /// <exception cref="InputException">Unreadable file, missing column, bad cell (the first in row order), or no rows.</exception>
    public static (T State, long Rows)[] ReadParts<T>(string path, string valueName, string? weightName, bool decimalComma, Func<T> create, CsvChunks.Block<T> add)
    {
        using Layout layout = Layout.Open(path);
        DataField value = layout.Field(valueName);
        DataField? weight = weightName is null ? null : layout.Field(weightName);
        layout.RowCount();
        int groups = layout.Offsets.Length - 1, largest = layout.LargestRowGroup;
        var parts = new (T State, long Rows)[groups];
        var problems = new Problem?[groups];
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, groups));
        Run(() => Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, p =>
        {
            Layout? own = null;
            using var scratch = new ParquetChunks.Scratch();
            // Reused for every row group of this worker: huge pages from the first element to the last.
            using var values = new LargeBuffer<double>(largest);
            using var weights = new LargeBuffer<double>(largest);
            try
            {
                for (int g = p; g < groups; g += workers)
                {
                    long start = layout.Offsets[g];
                    int length = (int)(layout.Offsets[g + 1] - start);
                    problems[g] = ReadRowGroup(layout, ref own, p == 0, scratch, g, value, weight, values.Memory[..length], weights.Memory[..length], decimalComma);
                    if (problems[g] is null)
                    {
                        T state = create();
                        add(state, 0, values.GetSpan()[..length], weights.GetSpan()[..length]);
                        parts[g] = (state, length);
                    }
                }
            }
            finally
            {
                own?.Dispose();
            }
        }), path);
        ThrowFirst(path, problems);
        return parts;
    }

    /// <summary>Streams the rows in file order: value, weight (1 without a weight column), group text (null without one).</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="valueName">The value column.</param>
    /// <param name="weightName">The weight column, or null.</param>
    /// <param name="groupName">The group column, or null.</param>
    /// <param name="decimalComma">Text cells are written <c>1.234,56</c>.</param>
    /// <param name="row">Called once per row.</param>
    /// <returns>The number of rows.</returns>
    /// <exception cref="InputException">Unreadable file, missing column, bad cell, or no rows.</exception>
    public static long ForEachRow(string path, string valueName, string? weightName, string? groupName, bool decimalComma, Action<double, double, string?> row)
    {
        using Layout layout = Layout.Open(path);
        DataField value = layout.Field(valueName);
        DataField? weight = weightName is null ? null : layout.Field(weightName);
        DataField? group = groupName is null ? null : layout.Field(groupName);
        if (layout.Offsets[^1] == 0)
            throw new InputException(path, null, null, "no data rows after the header.");
        Layout? own = null;
        using var scratch = new ParquetChunks.Scratch();
        double[] valueBuffer = LargeArray.Allocate<double>(layout.LargestRowGroup), weightBuffer = LargeArray.Allocate<double>(layout.LargestRowGroup);
        for (int g = 0; g < layout.Offsets.Length - 1; g++)
        {
            long start = layout.Offsets[g];
            int length = (int)(layout.Offsets[g + 1] - start);
            Memory<double> values = valueBuffer.AsMemory(0, length), weights = weightBuffer.AsMemory(0, length);
            string?[]? groups = null;
            Problem? problem = null;
            Run(() =>
            {
                problem = ReadRowGroup(layout, ref own, true, scratch, g, value, weight, values, weights, decimalComma);
                if (group is not null)
                {
                    using ParquetRowGroupReader rg = layout.Reader.OpenRowGroupReader(g);
                    groups = ReadTexts(rg, group, length).GetAwaiter().GetResult();
                }
            }, path);
            int end = problem is null ? length : (int)(problem.Row - start - 1);
            for (int i = 0; i < end; i++)
            {
                if (groups is not null && string.IsNullOrWhiteSpace(groups[i]))
                    throw InputException.InCsv(path, start + i + 1, null, groupName!, MicrodataInput.EmptyGroup);
                if (groups is not null && groups[i]!.Contains(CsvInput.Replacement, StringComparison.Ordinal))
                    throw InputException.InCsv(path, start + i + 1, null, groupName!, CsvInput.NotUtf8);
                row(valueBuffer[i], weightBuffer[i], groups is null ? null : groups[i]!.Trim());
            }
            if (problem is not null)
                throw InputException.InCsv(path, problem.Row, null, problem.Column, problem.Why);
            // The group column is read by Parquet.Net's general reader, whose pages and texts are garbage now.
            if (group is not null)
                CollectPages();
        }
        return layout.Offsets[^1];
    }

    /// <summary>
    /// A design column of whole numbers (int32 or int64, as pandas and arrow write strata and PSU codes) as integer
    /// codes numbered in order of first appearance, with each code's invariant text (what
    /// <see cref="ForEachCode"/> gives for the column, without a string per row); null when the column is of another
    /// type or shape, or holds an integer beyond ±2^53, for which the caller uses <see cref="ForEachCode"/>.
    /// </summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="name">The column.</param>
    /// <returns>The codes (one per row) and texts (one per code), or null.</returns>
    /// <exception cref="InputException">Unreadable file, missing column, or a null code (naming its row).</exception>
    public static (int[] Codes, List<string> Texts)? TryReadCodes(string path, string name)
    {
        using Layout layout = Layout.Open(path);
        DataField field = layout.Field(name);
        if (Type.GetTypeCode(field.ClrType) is not (TypeCode.Int32 or TypeCode.Int64))
            return null;
        int groups = layout.Offsets.Length - 1;
        if (layout.Offsets[^1] > Array.MaxLength)
            return null;
        int[] codes = new int[layout.Offsets[^1]];
        var index = new Dictionary<long, int>();
        var texts = new List<string>();
        double[] buffer = LargeArray.Allocate<double>(layout.LargestRowGroup);
        using var scratch = new ParquetChunks.Scratch();
        for (int g = 0; g < groups; g++)
        {
            int start = (int)layout.Offsets[g], length = (int)(layout.Offsets[g + 1] - start);
            int firstNull = -1;
            if (!Run(() => ParquetChunks.TryRead(layout.Handle, layout.Reader.RowGroups[g].GetMetadata(field), field, buffer.AsSpan(0, length), out firstNull, scratch), path))
                return null;
            int end = firstNull >= 0 ? firstNull : length;
            for (int i = 0; i < end; i++)
            {
                // Below 2^53 in magnitude the double is the integer itself; beyond, two integers could share one.
                double number = buffer[i];
                if (!(Math.Abs(number) < 9007199254740992.0))
                    return null;
                long key = (long)number;
                if (!index.TryGetValue(key, out int code))
                {
                    code = texts.Count;
                    index.Add(key, code);
                    texts.Add(key.ToString(CultureInfo.InvariantCulture));
                }
                codes[start + i] = code;
            }
            if (firstNull >= 0)
                throw InputException.InCsv(path, start + firstNull + 1, null, field.Name, "empty design code; every row needs its stratum and PSU.");
        }
        return (codes, texts);
    }

    /// <summary>
    /// The cells of a design column (stratum or PSU codes) as text keys, in row order: numbers by their invariant
    /// text, strings trimmed. A null or empty cell is refused as in a CSV file.
    /// </summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="name">The column.</param>
    /// <param name="codes">Receives each row's code, in order.</param>
    /// <exception cref="InputException">Unreadable file, missing column, or an empty code.</exception>
    public static void ForEachCode(string path, string name, Action<string> codes)
    {
        using Layout layout = Layout.Open(path);
        DataField field = layout.Field(name);
        for (int g = 0; g < layout.Offsets.Length - 1; g++)
        {
            long start = layout.Offsets[g];
            int length = (int)(layout.Offsets[g + 1] - start);
            string?[] texts = Run(() =>
            {
                using ParquetRowGroupReader rg = layout.Reader.OpenRowGroupReader(g);
                return ReadTexts(rg, field, length).GetAwaiter().GetResult();
            }, path);
            for (int i = 0; i < length; i++)
            {
                if (string.IsNullOrEmpty(texts[i]))
                    throw InputException.InCsv(path, start + i + 1, null, field.Name, "empty design code; every row needs its stratum and PSU.");
                if (texts[i]!.Contains(CsvInput.Replacement, StringComparison.Ordinal))
                    throw InputException.InCsv(path, start + i + 1, null, field.Name, CsvInput.NotUtf8);
                codes(texts[i]!);
            }
            CollectPages();
        }
    }

    /// <summary>
    /// The cells of a few columns of a small file (grouped shares, IKM answers) as trimmed text, null for a null
    /// cell: <c>cells[c][i]</c> is row i + 1 of column <paramref name="names"/>[c]. Numbers are in invariant form.
    /// </summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="names">The columns, in the order the caller reads them.</param>
    /// <returns>The cells, column by column.</returns>
    /// <exception cref="InputException">Unreadable file or a missing column.</exception>
    public static string?[][] ReadTexts(string path, IReadOnlyList<string> names)
    {
        using Layout layout = Layout.Open(path);
        DataField[] fields = names.Select(layout.Field).ToArray();
        long total = layout.Offsets[^1];
        if (total > Array.MaxLength)
            throw new InputException(path, null, null, "the file has more rows than one run can hold (about 2.1 billion).");
        var cells = fields.Select(_ => new string?[total]).ToArray();
        for (int g = 0; g < layout.Offsets.Length - 1; g++)
        {
            int start = (int)layout.Offsets[g], length = (int)(layout.Offsets[g + 1] - start);
            Run(() =>
            {
                using ParquetRowGroupReader rg = layout.Reader.OpenRowGroupReader(g);
                for (int c = 0; c < fields.Length; c++)
                    ReadTexts(rg, fields[c], length).GetAwaiter().GetResult().CopyTo(cells[c], start);
            }, path);
        }
        return cells;
    }

    private sealed record Problem(long Row, int Order, string Column, string Why);

    private const string EmptyCell = "empty cell; a number is required.";

    /// <summary>Throws the error of the first bad cell in row order, then column order, if any.</summary>
    private static void ThrowFirst(string path, Problem?[] problems)
    {
        Problem? first = problems.Where(x => x is not null).OrderBy(x => x!.Row).ThenBy(x => x!.Order).FirstOrDefault();
        if (first is not null)
            throw InputException.InCsv(path, first.Row, null, first.Column, first.Why);
    }

    /// <summary>
    /// One row group's value and weight chunks (weights of 1 without a weight column) into the targets; the first bad
    /// cell in row order (value before weight), or null.
    /// </summary>
    private static Problem? ReadRowGroup(Layout layout, ref Layout? own, bool shareOpen, ParquetChunks.Scratch scratch, int g, DataField value, DataField? weight,
        Memory<double> values, Memory<double> weights, bool decimalComma)
    {
        long start = layout.Offsets[g];
        Problem? problem = ReadChunk(layout, ref own, shareOpen, scratch, g, value, values, decimalComma, ValueCheck) is var (i, why)
            ? new Problem(start + i + 1, 0, value.Name, why)
            : null;
        if (weight is null)
            weights.Span.Fill(1.0);
        else if (ReadChunk(layout, ref own, shareOpen, scratch, g, weight, weights, decimalComma, WeightCheck) is var (j, because)
            && (problem is null || start + j + 1 < problem.Row))
            problem = new Problem(start + j + 1, 1, weight.Name, because);
        return problem;
    }

    private static readonly Func<double, string?> ValueCheck = v => MicrodataInput.Problem(v, false), WeightCheck = w => MicrodataInput.Problem(w, true);

    /// <summary>
    /// One column chunk into <paramref name="target"/>, by <see cref="ParquetChunks"/> when it takes the chunk's
    /// shape (with this thread's <paramref name="scratch"/> buffers), else by Parquet.Net's general reader (through
    /// <paramref name="own"/>, a reader of this thread's, opened on first use; the shared one when
    /// <paramref name="shareOpen"/>); the first bad cell's index and reason, or null.
    /// </summary>
    private static (int Index, string Why)? ReadChunk(Layout layout, ref Layout? own, bool shareOpen, ParquetChunks.Scratch scratch, int g, DataField field, Memory<double> target,
        bool decimalComma, Func<double, string?> check)
    {
        (int Index, string Why)? problem;
        if (ParquetChunks.TryRead(layout.Handle, layout.Reader.RowGroups[g].GetMetadata(field), field, target.Span, out int firstNull, scratch))
            problem = firstNull >= 0 ? (firstNull, EmptyCell) : null;
        else
        {
            own ??= shareOpen ? layout.Share() : Layout.Open(layout.Path);
            using ParquetRowGroupReader rg = own.Reader.OpenRowGroupReader(g);
            problem = Decode(rg, field, target, decimalComma).GetAwaiter().GetResult();
            CollectPages();
        }
        // The cells before the first null or unreadable one (all of them without one) are numbers: check them. A value
        // in [0, ∞) or a weight in (0, ∞) is accepted by its check, so a vector scan skips to the first cell outside.
        Span<double> span = target.Span[..(problem?.Index ?? target.Length)];
        int from = ReferenceEquals(check, ValueCheck) ? FirstOutside(span, positive: false)
            : ReferenceEquals(check, WeightCheck) ? FirstOutside(span, positive: true)
            : 0;
        for (int i = from; i < span.Length; i++)
        {
            double v = span[i];
            if (!double.IsFinite(v))
                return (i, $"'{v.ToString(CultureInfo.InvariantCulture)}' is not a finite number.");
            if (check(v) is string why)
                return (i, why);
        }
        return problem;
    }

    /// <summary>
    /// The index of the first number that is NaN, infinite, negative, or (<paramref name="positive"/>) zero; the span's
    /// length when there is none.
    /// </summary>
    private static int FirstOutside(ReadOnlySpan<double> span, bool positive)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated) // 128-bit: vectorised in the Native AOT build too, compiled for any x64
        {
            ref double start = ref MemoryMarshal.GetReference(span);
            Vector128<double> zero = Vector128<double>.Zero, infinity = Vector128.Create(double.PositiveInfinity);
            for (; i <= span.Length - 4; i += 4)
            {
                Vector128<double> a = Vector128.LoadUnsafe(ref start, (nuint)i), b = Vector128.LoadUnsafe(ref start, (nuint)(i + 2));
                // NaN fails every comparison, so it is outside as the negatives are.
                Vector128<double> inside = (positive ? Vector128.GreaterThan(a, zero) & Vector128.GreaterThan(b, zero)
                        : Vector128.GreaterThanOrEqual(a, zero) & Vector128.GreaterThanOrEqual(b, zero))
                    & Vector128.LessThan(a, infinity) & Vector128.LessThan(b, infinity);
                if (inside.ExtractMostSignificantBits() != 0b11) // a mask lane read as a double is NaN: test the bits
                    break;
            }
        }
        for (; i < span.Length; i++)
        {
            double v = span[i];
            if (!(positive ? v > 0 : v >= 0) || v == double.PositiveInfinity)
                return i;
        }
        return span.Length;
    }

    /// <summary>
    /// Parquet.Net's general reader leaves a column chunk's decompressed pages as garbage; collecting after each chunk
    /// it reads keeps them from piling up beside the columns (on 1e7 rows the read peaked at 240 MB instead of
    /// 590 MB). The fast path (<see cref="ParquetChunks"/>) makes no such garbage and does not collect.
    /// </summary>
    private static void CollectPages() => GC.Collect();

    /// <summary>
    /// Parquet.Net's general reader: one column chunk of any shape into <paramref name="target"/>; the index and reason
    /// of the first null or unreadable text cell (the cells before it decoded), or null.
    /// </summary>
    private static async Task<(int Index, string Why)?> Decode(ParquetRowGroupReader rg, DataField field, Memory<double> target, bool decimalComma) =>
        IsText(field) ? await ReadText(rg, field, target, decimalComma) : Type.GetTypeCode(field.ClrType) switch
        {
            TypeCode.Double when !field.IsNullable => await ReadInPlace(rg, field, target),
            TypeCode.Double => await Read<double>(rg, field, target, static v => v),
            TypeCode.Single => await Read<float>(rg, field, target, static v => v),
            TypeCode.SByte => await Read<sbyte>(rg, field, target, static v => v),
            TypeCode.Byte => await Read<byte>(rg, field, target, static v => v),
            TypeCode.Int16 => await Read<short>(rg, field, target, static v => v),
            TypeCode.UInt16 => await Read<ushort>(rg, field, target, static v => v),
            TypeCode.Int32 => await Read<int>(rg, field, target, static v => v),
            TypeCode.UInt32 => await Read<uint>(rg, field, target, static v => v),
            TypeCode.Int64 => await Read<long>(rg, field, target, static v => v),
            TypeCode.UInt64 => await Read<ulong>(rg, field, target, static v => v),
            TypeCode.Decimal => await Read<decimal>(rg, field, target,
                static v => double.Parse(v.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => throw new InputException(null, null, field.Name,
                $"is a {TypeName(field.ClrType)} column; a number column (double, float, integer, decimal, or text holding numbers) is required."),
        };

    /// <summary>A required double column: decoded straight into the target, no copy.</summary>
    private static async Task<(int, string)?> ReadInPlace(ParquetRowGroupReader rg, DataField field, Memory<double> target)
    {
        await rg.ReadAsync<double>(field, target);
        return null;
    }

    private static async Task<(int, string)?> Read<T>(ParquetRowGroupReader rg, DataField field, Memory<double> target, Func<T, double> convert) where T : struct
    {
        int n = target.Length;
        if (!field.IsNullable)
        {
            T[] buffer = ArrayPool<T>.Shared.Rent(n);
            try
            {
                await rg.ReadAsync<T>(field, buffer.AsMemory(0, n));
                Span<double> span = target.Span;
                for (int i = 0; i < n; i++)
                    span[i] = convert(buffer[i]);
            }
            finally
            {
                ArrayPool<T>.Shared.Return(buffer);
            }
            return null;
        }
        T?[] nullable = ArrayPool<T?>.Shared.Rent(n);
        try
        {
            await rg.ReadAsync<T>(field, nullable.AsMemory(0, n));
            Span<double> span = target.Span;
            for (int i = 0; i < n; i++)
            {
                if (nullable[i] is not T v)
                    return (i, EmptyCell);
                span[i] = convert(v);
            }
        }
        finally
        {
            ArrayPool<T?>.Shared.Return(nullable);
        }
        return null;
    }

    private static async Task<(int, string)?> ReadText(ParquetRowGroupReader rg, DataField field, Memory<double> target, bool decimalComma)
    {
        string?[] texts = await ReadTexts(rg, field, target.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            if (!CsvInput.TryNumber(texts[i] ?? "", decimalComma, out double v, out string? problem))
                return (i, problem);
            target.Span[i] = v;
        }
        return null;
    }

    /// <summary>
    /// A column of text: Parquet.Net gives UTF-8 strings as string or <see cref="ReadOnlyMemory{T}"/> of char (raw
    /// bytes, <see cref="ReadOnlyMemory{T}"/> of byte, are not text).
    /// </summary>
    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>A column's CLR type as a reader names it: <c>Int32</c>, <c>DateTime</c>, "binary" for raw bytes, without namespaces.</summary>
    private static string TypeName(System.Type type) =>
        type == typeof(ReadOnlyMemory<byte>) || type == typeof(byte[]) ? "binary (bytes not marked as UTF-8 text)"
        : type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    /// <summary>A column's cells as trimmed text (null for a null cell): strings as stored, numbers in invariant form.</summary>
    private static async Task<string?[]> ReadTexts(ParquetRowGroupReader rg, DataField field, int n)
    {
        var texts = new string?[n];
        if (IsText(field))
        {
            await rg.ReadAsync(field, texts.AsMemory());
            for (int i = 0; i < n; i++)
                texts[i] = texts[i]?.Trim();
            return texts;
        }
        switch (Type.GetTypeCode(field.ClrType))
        {
            case TypeCode.Int32: await Texts<int>(rg, field, texts); break;
            case TypeCode.Int64: await Texts<long>(rg, field, texts); break;
            case TypeCode.Int16: await Texts<short>(rg, field, texts); break;
            case TypeCode.SByte: await Texts<sbyte>(rg, field, texts); break;
            case TypeCode.Byte: await Texts<byte>(rg, field, texts); break;
            case TypeCode.UInt16: await Texts<ushort>(rg, field, texts); break;
            case TypeCode.UInt32: await Texts<uint>(rg, field, texts); break;
            case TypeCode.UInt64: await Texts<ulong>(rg, field, texts); break;
            case TypeCode.Double: await Texts<double>(rg, field, texts); break;
            case TypeCode.Single: await Texts<float>(rg, field, texts); break;
            case TypeCode.Decimal: await Texts<decimal>(rg, field, texts); break;
            default: throw new InputException(null, null, field.Name, $"is a {TypeName(field.ClrType)} column; a text or number column is required.");
        }
        return texts;
    }

    private static async Task Texts<T>(ParquetRowGroupReader rg, DataField field, string?[] texts) where T : struct, IFormattable
    {
        int n = texts.Length;
        if (!field.IsNullable)
        {
            var buffer = new T[n];
            await rg.ReadAsync<T>(field, buffer.AsMemory());
            for (int i = 0; i < n; i++)
                texts[i] = buffer[i].ToString(null, CultureInfo.InvariantCulture);
            return;
        }
        var nullable = new T?[n];
        await rg.ReadAsync<T>(field, nullable.AsMemory());
        for (int i = 0; i < n; i++)
            texts[i] = nullable[i]?.ToString(null, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a read, turning Parquet.Net's and the file system's failures into one located input error.</summary>
    private static void Run(Action read, string path) => Run<bool>(() => { read(); return true; }, path);

    private static T Run<T>(Func<T> read, string path)
    {
        try
        {
            return read();
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions is [InputException inner, ..])
        {
            throw Located(inner, path);
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(IsCorruptFile))
        {
            // The failures of the row groups read in parallel; any other exception among them is a bug and goes on.
            throw Unreadable(path, ex.Flatten().InnerExceptions[0]);
        }
        catch (InputException ex)
        {
            throw Located(ex, path);
        }
        catch (Exception ex) when (IsCorruptFile(ex))
        {
            throw Unreadable(path, ex);
        }
    }

    /// <summary>
    /// The exceptions Parquet.Net, its codecs (zstd) and the file system raise on a file they cannot read (there is no
    /// single base type for them).
    /// </summary>
    private static bool IsCorruptFile(Exception ex) =>
        ex is ParquetException or ThriftProtocolException or ZstdSharp.ZstdException or IOException or InvalidDataException or NotSupportedException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or InvalidCastException;

    private static InputException Unreadable(string path, Exception ex) =>
        new(path, null, null, "cannot be read as Parquet: " + EchoText.Cut((ex.InnerException ?? ex).Message.ReplaceLineEndings(" ")));

    private static InputException Located(InputException ex, string path) =>
        ex.File is null ? new InputException(path, ex.Row, ex.Column, ProblemOf(ex)) : ex;

    private static string ProblemOf(InputException ex) =>
        ex.Column is null ? ex.Message : ex.Message[(ex.Message.IndexOf("': ", StringComparison.Ordinal) + 3)..];

    /// <summary>An open file with its schema and the first row of each row group.</summary>
    private sealed class Layout : IDisposable
    {
        private readonly bool _owned;

        private Layout(string path, ParquetReader reader, DataField[] fields, SafeFileHandle handle, long[] offsets, bool owned)
        {
            Path = path;
            Reader = reader;
            Fields = fields;
            Handle = handle;
            Offsets = offsets;
            _owned = owned;
        }

        public string Path { get; }

        /// <summary>Parquet.Net's reader: the footer, the schema, and the general reader (one thread at a time).</summary>
        public ParquetReader Reader { get; }

        /// <summary>The schema's columns, decoded when the file is opened.</summary>
        public DataField[] Fields { get; }

        /// <summary>The file for <see cref="ParquetChunks"/>, read with <see cref="RandomAccess"/> by any number of threads.</summary>
        public SafeFileHandle Handle { get; }

        /// <summary>Offsets[g] is the 0-based first row of row group g; the last entry is the row count.</summary>
        public long[] Offsets { get; }

        /// <summary>The rows of the largest row group (each holds at most an array's length: checked when the file is opened).</summary>
        public int LargestRowGroup
        {
            get
            {
                long largest = 0;
                for (int g = 0; g < Offsets.Length - 1; g++)
                    largest = Math.Max(largest, Offsets[g + 1] - Offsets[g]);
                return (int)largest;
            }
        }

        public static Layout Open(string path)
        {
            if (!File.Exists(path))
                throw new InputException(path, null, null, "file not found.");
            return Run(() =>
            {
                SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                ParquetReader? reader = null;
                try
                {
                    CheckFrame(handle, path);
                    // A FileStream, read where the column chunks are (the path overload may buffer more of the file).
                    reader = OpenReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), path);
                    // The schema is decoded here, once, so that a corrupt one is an error of the file (Parquet.Net decodes it on first use).
                    DataField[] fields = reader.Schema.GetDataFields();
                    long[] offsets = new long[reader.RowGroupCount + 1];
                    for (int g = 0; g < reader.RowGroupCount; g++)
                    {
                        long rows = reader.RowGroups[g].RowCount;
                        if (rows < 0 || rows > Array.MaxLength)
                            throw new InputException(path, null, null, string.Create(CultureInfo.InvariantCulture, $"cannot be read as Parquet: row group {g + 1} says it holds {rows} rows."));
                        offsets[g + 1] = offsets[g] + rows;
                    }
                    return new Layout(path, reader, fields, handle, offsets, true);
                }
                catch
                {
                    reader?.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    handle.Dispose();
                    throw;
                }
            }, path);
        }

        /// <summary>
        /// The frame of a Parquet file, checked before Parquet.Net reads it: <c>PAR1</c> at both ends, the footer's
        /// length (the 4 bytes before the last <c>PAR1</c>) within the file, and the footer one well-formed <c>FileMetaData</c>
        /// (<see cref="ParquetPageHeader.IsFileMetaData"/>). Parquet.Net allocates whatever length the file claims and
        /// trusts the counts in the footer; a file cut short or corrupt is refused here with what is wrong with it.
        /// </summary>
        private static void CheckFrame(SafeFileHandle handle, string path)
        {
            long length = RandomAccess.GetLength(handle);
            Span<byte> head = stackalloc byte[4], tail = stackalloc byte[8];
            if (length < 12 || RandomAccess.Read(handle, head, 0) != 4 || RandomAccess.Read(handle, tail, length - 8) != 8
                || !head.SequenceEqual(Magic) || !tail[4..].SequenceEqual(Magic))
                throw new InputException(path, null, null, "cannot be read as Parquet: it does not start and end with the bytes PAR1 (is it cut short?).");
            int footer = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (footer <= 0 || footer > length - 12)
                throw new InputException(path, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"cannot be read as Parquet: its footer is said to be {footer} bytes long, in a file of {length} bytes."));
            byte[] bytes = new byte[footer];
            if (RandomAccess.Read(handle, bytes, length - 8 - footer) != footer || !ParquetPageHeader.IsFileMetaData(bytes))
                throw new InputException(path, null, null, "cannot be read as Parquet: its footer (the file metadata) is corrupt.");
        }

        /// <summary>Parquet.Net's reader of the footer, on <paramref name="stream"/> (disposed with the reader, or here on failure).</summary>
        private static ParquetReader OpenReader(FileStream stream, string path)
        {
            try
            {
                return ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: false).GetAwaiter().GetResult();
            }
            catch (NullReferenceException)
            {
                // Parquet.Net 6.1 dereferences the footer's optional fields unchecked (a column chunk without its metadata):
                // only the library runs in this try, so the null is a field the file lacks.
                stream.Dispose();
                throw new InputException(path, null, null, "cannot be read as Parquet: its footer (the file metadata) lacks a required field.");
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        /// <summary>The same open reader, not disposed by the copy.</summary>
        public Layout Share() => new(Path, Reader, Fields, Handle, Offsets, false);

        /// <summary>The number of rows, refused when there is none or more than an array holds.</summary>
        public int RowCount()
        {
            long total = Offsets[^1];
            if (total == 0)
                throw new InputException(Path, null, null, "no data rows after the header.");
            if (total > Array.MaxLength)
                throw new InputException(Path, null, null, "the file has more rows than one run can hold (about 2.1 billion).");
            return (int)total;
        }

        public DataField Field(string name)
        {
            DataField[] fields = Fields;
            foreach (DataField f in fields)
            {
                if (f.Name != name || f.Path.ToList().Count != 1)
                    continue;
                if (f.IsArray)
                    throw new InputException(Path, null, EchoText.Cut(name, 60), "is a repeated (list) column; one number per row is required.");
                // .NET's decimal holds at most 28 decimal places: Parquet.Net would fail on the first cell with a raw message.
                if (f is DecimalDataField { Scale: > 28 } d)
                    throw new InputException(Path, null, EchoText.Cut(name, 60), string.Create(CultureInfo.InvariantCulture,
                        $"is a DECIMAL column of scale {d.Scale}; at most 28 decimal places can be read: write it as a double, or as a DECIMAL of scale 28 or less."));
                for (int g = 0; g < Reader.RowGroupCount; g++)
                {
                    Parquet.Meta.ColumnMetaData? meta = Reader.RowGroups[g].GetMetadata(f)?.MetaData;
                    // Parquet.Net 6.1 has no LZO decoder (it throws NotImplementedException): say so before reading.
                    if (meta?.Codec == Parquet.Meta.CompressionCodec.LZO)
                        throw new InputException(Path, null, EchoText.Cut(name, 60),
                            "is compressed with LZO, which lppd's Parquet reader (Parquet.Net) does not decode; write the file with Snappy, gzip or zstd.");
                    // A flat column holds one value (or null) per row: a row group that claims more rows than its chunk
                    // holds left the rest of the rows as zeros (Parquet.Net reads what there is), fewer cut the column.
                    // So do its pages (ParquetChunks.PageValues).
                    long rows = Offsets[g + 1] - Offsets[g];
                    long? held = meta is null ? null : meta.NumValues != rows ? meta.NumValues : ParquetChunks.PageValues(Handle, meta);
                    if (held is long values && values != rows)
                        throw new InputException(Path, null, EchoText.Cut(name, 60), string.Create(CultureInfo.InvariantCulture,
                            $"cannot be read as Parquet: row group {g + 1} says it holds {rows} rows, but the column's {(meta!.NumValues != rows ? "chunk holds" : "pages hold")} {values} values."));
                }
                return f;
            }
            throw new InputException(Path, null, EchoText.Cut(name, 60), "no such column; the header has: " + EchoText.Cut(string.Join(", ", fields.Select(f => f.Name)), 200) + ".");
        }

        public void Dispose()
        {
            if (!_owned)
                return;
            Handle.Dispose();
            Reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
