using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace LppdMetrics.Cli;

/// <summary>
/// The fast path of a CSV microdata file: its data rows split at line breaks into one chunk per share of the file,
/// each chunk read in parallel straight from the file into the value and weight columns (or the integer codes of the
/// strata and PSU columns), with no object or delegate per row.
/// </summary>
/// <remarks>
/// <para>The header is parsed once by Sep (<see cref="CsvInput"/>); this class only takes a file whose shape it reads
/// exactly as Sep does: a UTF-8 file (with or without its byte order mark) whose header line ends in <c>\n</c> or
/// <c>\r\n</c> and splits into the same names, and whose data holds no carriage return other than before a line feed
/// and no quote other than around a plain quoted cell (<see cref="PlainQuotes"/>: text or numbers as R's
/// <c>write.csv</c> and Excel quote them, read as the bytes between the quotes, as Sep reads them). Every row must have the header's number of cells; the cells a scan does not read
/// are only counted (their separators passed by bit counts within each 32-byte block), not visited. A cell of the value or weight
/// column of at most 15 digits with an optional fraction is read by <see cref="CsvFastNumber"/> (eight bytes at a time
/// for a whole number); one that matches <c>-?digits(.digits)?([eE][+-]?digits{1,3})?</c> (with <c>--decimal-comma</c>: <c>-?digits</c>)
/// is converted here to the correctly rounded double (Clinger's fast path: at most 19 digits, a significand up to
/// 2^53 and a power of ten up to 10^22, exact in a double, so one multiplication or division rounds correctly;
/// otherwise the runtime's UTF-8 parser), the same bits as Sep's parser and <see cref="double.Parse(string)"/>; any
/// other cell goes through <see cref="CsvInput.TryNumber"/>, the one definition of a numeric cell.</para>
/// <para>Any row that is not clean — another quote, a bare carriage return, a wrong number of cells, a cell that is not a
/// finite number, a negative value, a weight ≤ 0, a line longer than the read buffer — makes the whole read return
/// false, and the caller reads the file with the general readers, which raise the exact error (file, row, column).</para>
/// <para>Memory: one 1 MiB buffer per worker, beside the columns (allocated by <see cref="LargeArray.Allocate{T}"/>).</para>
/// </remarks>
internal sealed class CsvChunks
{
    private const int BufferSize = 1 << 20;
    private const int MinChunkBytes = 1 << 22;
    private const int BlockRows = 4096;
    private static readonly double[] PowersOfTen = Enumerable.Range(0, 23).Select(k => Math.Pow(10, k)).ToArray();

    private readonly string _path;
    private readonly long[] _starts;
    private readonly byte _separator;
    private readonly int _columns;

    private CsvChunks(string path, long[] starts, byte separator, int columns)
    {
        _path = path;
        _starts = starts;
        _separator = separator;
        _columns = columns;
    }

    /// <summary>The number of chunks (0 for a file without data bytes after the header).</summary>
    public int Count => _starts.Length - 1;

    /// <summary>A block of consecutive rows of one chunk, handed to a reader's state.</summary>
    /// <typeparam name="T">The state of one chunk.</typeparam>
    /// <param name="state">The chunk's state.</param>
    /// <param name="firstRow">The 0-based index of the block's first row within the chunk.</param>
    /// <param name="values">The values of the rows.</param>
    /// <param name="weights">The weights of the rows (1 without a weight column).</param>
    public delegate void Block<in T>(T state, long firstRow, ReadOnlySpan<double> values, ReadOnlySpan<double> weights);

    /// <summary>
    /// Plans the chunks of <paramref name="path"/>, whose header Sep read as <paramref name="header"/> with
    /// <paramref name="separator"/>; null when the file is not of the shape this class reads (see the remarks).
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="separator">The separator Sep detected.</param>
    /// <param name="header">The column names Sep read.</param>
    /// <param name="chunks">The number of chunks, or 0 for one per 4 MiB of data, at most four per core.</param>
    /// <returns>The plan, or null.</returns>
    public static CsvChunks? Plan(string path, char separator, IReadOnlyList<string> header, int chunks = 0)
    {
        if (separator > 127 || separator is '"' or '\r' or '\n')
            return null;
        try
        {
            using SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            long length = RandomAccess.GetLength(file);
            byte[] head = new byte[(int)Math.Min(length, 1 << 16)];
            int read = RandomAccess.Read(file, head, 0);
            ReadOnlySpan<byte> bytes = head.AsSpan(0, read);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
                return null;
            int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            int end = bytes[bom..].IndexOf((byte)'\n');
            if (end < 0)
                return null;
            ReadOnlySpan<byte> line = bytes.Slice(bom, end);
            if (line.EndsWith((byte)'\r'))
                line = line[..^1];
            if (!SameHeader(line, (byte)separator, header))
                return null;
            long dataStart = bom + end + 1;
            length = Math.Max(dataStart, DataEnd(file, length));
            long size = length - dataStart;
            int count = chunks > 0 ? chunks : (int)Math.Clamp(size / MinChunkBytes, 1, 4 * Environment.ProcessorCount);
            if (size == 0)
                count = 0;
            long[] starts = new long[count + 1];
            starts[0] = dataStart;
            starts[count] = length;
            for (int k = 1; k < count; k++)
                starts[k] = Math.Max(starts[k - 1], LineStartFrom(file, dataStart + size * k / count, length));
            return new CsvChunks(path, starts, (byte)separator, header.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the value and weight columns into two arrays of exactly one entry per row: counts each chunk's rows
    /// (its line feeds) in parallel, then parses each chunk into its slice.
    /// </summary>
    /// <param name="value">The index of the value column.</param>
    /// <param name="weight">The index of the weight column, or −1 for weights of 1.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>.</param>
    /// <param name="values">The values, when the method returns true.</param>
    /// <param name="weights">The weights, when the method returns true.</param>
    /// <returns>True when every row was clean.</returns>
    public bool TryReadColumns(int value, int weight, bool decimalComma, out double[] values, out double[] weights)
    {
        values = weights = [];
        if (!TryCount(out long[] offsets))
            return false;
        long total = offsets[^1];
        double[] v = LargeArray.Allocate<double>((int)total), w = LargeArray.Allocate<double>((int)total);
        var parsers = new Scanner<NumberRows>[Count];
        for (int k = 0; k < Count; k++)
            parsers[k] = new(this, new NumberRows(value, weight, decimalComma, v, w, (int)offsets[k], (int)(offsets[k + 1] - offsets[k]), null));
        if (!ForEachChunk(static (chunks, handle, k, buffer, parsers) => parsers[k].Run(handle, chunks._starts[k], chunks._starts[k + 1], buffer) && parsers[k].Rows.Full, parsers))
            return false;
        values = v;
        weights = w;
        return true;
    }

    /// <summary>
    /// Reads the rows chunk by chunk in parallel, each chunk into its own state made by <paramref name="create"/> and
    /// fed blocks of rows in file order by <paramref name="add"/> (different chunks on different threads).
    /// </summary>
    /// <typeparam name="T">The state of one chunk.</typeparam>
    /// <param name="value">The index of the value column.</param>
    /// <param name="weight">The index of the weight column, or −1 for weights of 1.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>.</param>
    /// <param name="create">Makes the state of one chunk.</param>
    /// <param name="add">Adds a block of rows to a chunk's state.</param>
    /// <param name="parts">The chunks' states and row counts in file order, when the method returns true.</param>
    /// <returns>True when every row was clean; the states are then complete.</returns>
    public bool TryReadParts<T>(int value, int weight, bool decimalComma, Func<T> create, Block<T> add, out (T State, long Rows)[] parts)
    {
        var parsers = new Scanner<NumberRows>[Count];
        var states = new T[Count];
        for (int k = 0; k < Count; k++)
        {
            T state = states[k] = create();
            parsers[k] = new(this, new NumberRows(value, weight, decimalComma, new double[BlockRows], new double[BlockRows], 0, BlockRows,
                (first, v, w) => add(state, first, v, w)));
        }
        bool ok = ForEachChunk(static (chunks, handle, k, buffer, parsers) => parsers[k].Run(handle, chunks._starts[k], chunks._starts[k + 1], buffer), parsers);
        parts = ok ? states.Select((s, k) => (s, parsers[k].Rows.Rows)).ToArray() : [];
        return ok;
    }

    /// <summary>
    /// Reads one or two code columns (strata, PSUs) as integer codes numbered in order of first appearance in the file,
    /// with each code's text: the rows counted per chunk, each chunk coded on its own core, the chunks' codes then
    /// renumbered in file order. False for a file the general reader must read: an empty or non-ASCII code, or any
    /// row that is not clean.
    /// </summary>
    /// <param name="first">The first column's index, or −1.</param>
    /// <param name="second">The second column's index, or −1.</param>
    /// <param name="codes">Each column's codes (one per row) and texts (one per code), or null for a column not asked for.</param>
    /// <returns>True when every row was clean.</returns>
    public bool TryReadCodes(int first, int second, out ((int[] Codes, List<string> Texts)? First, (int[] Codes, List<string> Texts)? Second) codes)
    {
        codes = default;
        if (!TryCount(out long[] offsets))
            return false;
        int total = (int)offsets[^1];
        int[]? a = first >= 0 ? new int[total] : null, b = second >= 0 ? new int[total] : null;
        var scanners = new Scanner<CodeRows>[Count];
        for (int k = 0; k < Count; k++)
            scanners[k] = new(this, new CodeRows(first, second, a, b, (int)offsets[k], (int)(offsets[k + 1] - offsets[k])));
        if (!ForEachChunk(static (chunks, handle, k, buffer, s) => s[k].Run(handle, chunks._starts[k], chunks._starts[k + 1], buffer) && s[k].Rows.Full, scanners))
            return false;
        codes = (a is null ? null : (a, Renumber(a, offsets, scanners.Select(s => s.Rows.FirstTexts).ToArray())),
            b is null ? null : (b, Renumber(b, offsets, scanners.Select(s => s.Rows.SecondTexts).ToArray())));
        return true;
    }

    /// <summary>
    /// Turns chunk-local codes into file-wide ones: the chunks' texts taken in file order, each new text numbered
    /// next, which is the order of first appearance in the file; returns the file's texts.
    /// </summary>
    private static List<string> Renumber(int[] codes, long[] offsets, List<string>[] local)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var maps = new int[local.Length][];
        for (int k = 0; k < local.Length; k++)
        {
            maps[k] = new int[local[k].Count];
            for (int c = 0; c < local[k].Count; c++)
            {
                if (!index.TryGetValue(local[k][c], out int code))
                {
                    index.Add(local[k][c], code = texts.Count);
                    texts.Add(local[k][c]);
                }
                maps[k][c] = code;
            }
        }
        Parallel.For(0, local.Length, k =>
        {
            int[] map = maps[k];
            for (long i = offsets[k]; i < offsets[k + 1]; i++)
                codes[i] = map[codes[i]];
        });
        return texts;
    }

    /// <summary>Each chunk's first row (0-based) and, last, the number of rows: the line feeds counted on all cores.</summary>
    private bool TryCount(out long[] offsets)
    {
        long[] rows = new long[Count];
        offsets = new long[Count + 1];
        if (!ForEachChunk(static (chunks, handle, k, buffer, rows) => chunks.CountRows(handle, k, buffer, out rows[k]), rows) || rows.Sum() > Array.MaxLength)
            return false;
        for (int k = 0; k < Count; k++)
            offsets[k + 1] = offsets[k] + rows[k];
        return true;
    }

    private delegate bool ChunkWork<in TArg>(CsvChunks chunks, SafeFileHandle handle, int chunk, byte[] buffer, TArg arg);

    /// <summary>Runs <paramref name="work"/> on every chunk, on all cores; false when any returns false or fails to read.</summary>
    private bool ForEachChunk<TArg>(ChunkWork<TArg> work, TArg arg)
    {
        if (Count == 0)
            return true;
        int failed = 0;
        try
        {
            using SafeFileHandle handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.RandomAccess);
            int workers = Math.Min(Count, Environment.ProcessorCount);
            int next = -1;
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
            {
                byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
                try
                {
                    int k;
                    while (Volatile.Read(ref failed) == 0 && (k = Interlocked.Increment(ref next)) < Count)
                    {
                        if (!work(this, handle, k, buffer, arg))
                            Volatile.Write(ref failed, 1);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or AggregateException)
        {
            return false;
        }
        return failed == 0;
    }

    /// <summary>The rows of chunk <paramref name="k"/>: its line feeds, and one more for a last line without one.</summary>
    private bool CountRows(SafeFileHandle handle, int k, byte[] buffer, out long rows)
    {
        long position = _starts[k], end = _starts[k + 1];
        rows = 0;
        byte last = (byte)'\n';
        while (position < end)
        {
            int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - position)), position);
            if (read <= 0)
                return false;
            rows += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
            position += read;
        }
        if (last != (byte)'\n')
            rows++;
        return true;
    }

    /// <summary>The first line start at or after <paramref name="position"/>, or the file's length.</summary>
    /// <summary>
    /// The end of the file's last line that is not empty: blank lines at the end (an editor's extra line breaks) are no
    /// rows, as <see cref="CsvInput.MoveNext"/> reads them. The file's length when it does not end in blank lines, or
    /// when they fill the last 64 KiB (then the rows are read by Sep, which stops at them just the same).
    /// </summary>
    private static long DataEnd(SafeFileHandle file, long length)
    {
        byte[] tail = new byte[(int)Math.Min(length, 1 << 16)];
        int read = RandomAccess.Read(file, tail, length - tail.Length);
        ReadOnlySpan<byte> bytes = tail.AsSpan(0, read);
        int last = bytes.LastIndexOfAnyExcept((byte)'\n', (byte)'\r');
        if (last < 0 || last + 1 == bytes.Length)
            return length;
        // Keep the last row's own line break: \r\n, \n or \r.
        int ending = bytes[last + 1] == '\r' && last + 2 < bytes.Length && bytes[last + 2] == '\n' ? 2 : 1;
        return length - bytes.Length + last + 1 + ending;
    }

    private static long LineStartFrom(SafeFileHandle file, long position, long length)
    {
        Span<byte> buffer = stackalloc byte[4096];
        long at = position - 1;
        while (at < length)
        {
            int read = RandomAccess.Read(file, buffer, at);
            if (read <= 0)
                return length;
            int nl = buffer[..read].IndexOf((byte)'\n');
            if (nl >= 0)
                return at + nl + 1;
            at += read;
        }
        return length;
    }

    /// <summary>Whether the header line splits into Sep's names (plain or simply quoted names only).</summary>
    private static bool SameHeader(ReadOnlySpan<byte> line, byte separator, IReadOnlyList<string> header)
    {
        if (line.Contains((byte)'\r'))
            return false;
        int column = 0;
        while (true)
        {
            int end = line.IndexOf(separator);
            ReadOnlySpan<byte> cell = end < 0 ? line : line[..end];
            if (cell.Contains((byte)'"'))
            {
                if (cell.Length < 2 || cell[0] != '"' || cell[^1] != '"' || cell[1..^1].Contains((byte)'"'))
                    return false;
                cell = cell[1..^1];
            }
            if (column >= header.Count || !Utf8Equals(cell, header[column]))
                return false;
            column++;
            if (end < 0)
                break;
            line = line[(end + 1)..];
        }
        return column == header.Count;
    }

    private static bool Utf8Equals(ReadOnlySpan<byte> bytes, string text)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes) == text;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a cell of the value or weight column as a finite number: the plain forms here, anything else through
    /// <see cref="CsvInput.TryNumber"/>; false for a cell that is not one.
    /// </summary>
    /// <param name="cell">The cell's UTF-8 bytes.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>.</param>
    /// <param name="value">The number.</param>
    /// <returns>True for a finite number.</returns>
    internal static bool TryNumber(ReadOnlySpan<byte> cell, bool decimalComma, out double value)
    {
        int plain = Plain(cell, decimalComma, out ulong significand, out int exponent);
        if (plain > 0)
        {
            value = exponent < 0 ? significand / PowersOfTen[-exponent] : significand * PowersOfTen[exponent];
            if (cell[0] == (byte)'-')
                value = -value;
            return true;
        }
        // A plain cell read as 0 goes to TryText, which refuses a nonzero one that underflowed ("1e-400").
        if (plain == 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value != 0)
            return true;
        return TryText(cell, decimalComma, out value);
    }

    private static bool TryText(ReadOnlySpan<byte> cell, bool decimalComma, out double value)
    {
        value = 0;
        if (cell.Length > 1 << 10)
            return false;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(cell);
        }
        catch (ArgumentException)
        {
            // Sep would read invalid UTF-8 as replacement characters: never a number.
            return false;
        }
        return CsvInput.TryNumber(text, decimalComma, out value, out _);
    }

    /// <summary>
    /// 1 when <paramref name="s"/> is a plain number (the grammar of <see cref="CsvInput.IsPlain"/>) within Clinger's
    /// fast path, with its significand and power of ten; 0 when plain but outside it; −1 when not plain.
    /// </summary>
    private static int Plain(ReadOnlySpan<byte> s, bool decimalComma, out ulong significand, out int exponent)
    {
        significand = 0;
        exponent = 0;
        int i = 0, n = s.Length;
        if (i < n && s[i] == (byte)'-') i++;
        int start = i;
        ulong m = 0;
        uint d;
        while (i < n && (d = (uint)(s[i] - '0')) <= 9)
        {
            m = unchecked(m * 10 + d);
            i++;
        }
        int digits = i - start;
        if (digits == 0)
            return -1;
        if (decimalComma)
        {
            if (i != n || n > 64)
                return -1;
        }
        else
        {
            int fraction = 0;
            if (i < n && s[i] == (byte)'.')
            {
                int from = ++i;
                while (i < n && (d = (uint)(s[i] - '0')) <= 9)
                {
                    m = unchecked(m * 10 + d);
                    i++;
                }
                fraction = i - from;
                if (fraction == 0)
                    return -1;
                digits += fraction;
            }
            int e = 0;
            if (i < n && (s[i] | 0x20) == (byte)'e')
            {
                i++;
                bool negative = false;
                if (i < n && s[i] is (byte)'+' or (byte)'-')
                    negative = s[i++] == (byte)'-';
                int from = i;
                while (i < n && (d = (uint)(s[i] - '0')) <= 9)
                {
                    e = e * 10 + (int)d;
                    i++;
                    if (i - from > 3)
                        return -1;
                }
                if (i == from)
                    return -1;
                if (negative)
                    e = -e;
            }
            if (i != n)
                return -1;
            exponent = e - fraction;
        }
        if (digits > 19 || m > 1UL << 53 || exponent is < -22 or > 22)
            return 0;
        significand = m;
        return 1;
    }

    /// <summary>What a scan does with the cells of a row: false at a cell or row that is not clean.</summary>
    private interface IRows
    {
        /// <summary>A cell of the current row: the UTF-8 bytes data[start..end), without the line end.</summary>
        bool Cell(ReadOnlySpan<byte> data, int start, int end, int column);

        /// <summary>The end of the current row.</summary>
        bool EndRow();

        /// <summary>The end of the chunk.</summary>
        void End();

        /// <summary>
        /// The first column at or after <paramref name="column"/> whose cells <see cref="Cell"/> reads
        /// (<see cref="int.MaxValue"/> when none): the cells before it are only counted, not visited (a survey file has
        /// dozens of columns around the few a command reads).
        /// </summary>
        int NextRead(int column);
    }

    /// <summary>The first of the columns <paramref name="a"/> and <paramref name="b"/> (−1: none) at or after <paramref name="column"/>; <see cref="int.MaxValue"/> when neither is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextOf(int column, int a, int b)
    {
        int next = int.MaxValue;
        if (a >= column) next = a;
        if (b >= column && b < next) next = b;
        return next;
    }

    /// <summary>
    /// Whether every quote of <paramref name="lines"/> (whole lines, the first at its start) belongs to a plain quoted
    /// cell, as R's <c>write.csv</c> and Excel write text: a quote that starts a cell (at a line start or after a
    /// separator), then bytes that are none of quote, separator, carriage return or line feed, then a quote that ends
    /// the cell (before a separator, a line end or the end of the data). Such a cell splits the line exactly where
    /// Sep splits it, and Sep reads it as the bytes between the quotes. Any other quote (a doubled quote, a quoted
    /// separator or line break, a quote inside a cell) is left to Sep and <see cref="CsvQuotes"/>.
    /// </summary>
    /// <param name="lines">Complete lines (the last may lack its line feed at the end of the data).</param>
    /// <param name="separator">The separator.</param>
    /// <returns>True when every quote is in a plain quoted cell.</returns>
    internal static bool PlainQuotes(ReadOnlySpan<byte> lines, byte separator)
    {
        int at = 0;
        while (at < lines.Length)
        {
            int open = lines[at..].IndexOf((byte)'"');
            if (open < 0)
                return true;
            open += at;
            if (open > 0 && lines[open - 1] != separator && lines[open - 1] != (byte)'\n')
                return false;
            // The cell's text is short: a byte loop, not a vector search, finds its closing quote.
            int close = open + 1;
            while (close < lines.Length && lines[close] is var b && b != (byte)'"')
            {
                if (b == separator || b is (byte)'\n' or (byte)'\r')
                    return false;
                close++;
            }
            if (close == lines.Length)
                return false;
            at = close + 1;
            if (at < lines.Length && lines[at] != separator && lines[at] is not ((byte)'\n' or (byte)'\r'))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Takes the quotes out of the first <paramref name="complete"/> bytes of <paramref name="data"/> (whole lines whose
    /// quotes <see cref="PlainQuotes"/> accepted: each plain quoted cell becomes the text between its quotes, as Sep
    /// unquotes it) and moves the bytes after them down behind; the new length of the data.
    /// </summary>
    /// <param name="data">The buffer's bytes.</param>
    /// <param name="complete">How many leading bytes are whole, checked lines.</param>
    /// <returns>The data's length without the quotes taken out.</returns>
    internal static int WithoutQuotes(Span<byte> data, int complete)
    {
        int write = data[..complete].IndexOf((byte)'"');
        if (write < 0)
            return data.Length;
        int read = write;
        while (read < complete)
        {
            int quote = data[read..complete].IndexOf((byte)'"');
            int length = quote < 0 ? complete - read : quote;
            data.Slice(read, length).CopyTo(data[write..]); // overlapping, downwards: CopyTo moves as memmove does
            write += length;
            read += quote < 0 ? length : length + 1;
        }
        data[complete..].CopyTo(data[write..]);
        return write + (data.Length - complete);
    }

    /// <summary>Scans the lines of one chunk, handing every cell and row end to <see cref="Rows"/>.</summary>
    private sealed class Scanner<T>(CsvChunks chunks, T rows) where T : struct, IRows
    {
        /// <summary>The row handler (a struct, so that its calls are direct).</summary>
        public T Rows = rows;

        /// <summary>Parses [<paramref name="start"/>, <paramref name="end"/>); false at the first row that is not clean.</summary>
        public bool Run(SafeFileHandle handle, long start, long end, byte[] buffer)
        {
            long position = start;
            int have = 0;
            bool carriageReturns = false, quotes = false;
            while (true)
            {
                int read = position < end ? RandomAccess.Read(handle, buffer.AsSpan(have, (int)Math.Min(buffer.Length - have, end - position)), position) : 0;
                if (read < 0 || (read == 0 && position < end))
                    return false;
                ReadOnlySpan<byte> fresh = buffer.AsSpan(have, read);
                // One pass for both while neither is seen: each is noted (and the rest searched for the other).
                if (!(quotes && carriageReturns) && fresh.IndexOfAny((byte)'"', (byte)'\r') is int special and >= 0)
                {
                    ReadOnlySpan<byte> rest = fresh[special..];
                    quotes |= rest.Contains((byte)'"');
                    carriageReturns |= rest.Contains((byte)'\r');
                }
                position += read;
                have += read;
                bool last = position >= end;
                if (quotes)
                {
                    // The buffer always starts at a line start; its complete lines are checked (the line cut at its end
                    // is checked with the next read). Any quote but a plain quoted cell hands the file back; plain
                    // quotes are then taken out, which leaves each cell as Sep unquotes it, so the scan of a file
                    // without quotes reads it unchanged.
                    int complete = last ? have : buffer.AsSpan(0, have).LastIndexOf((byte)'\n') + 1;
                    if (!PlainQuotes(buffer.AsSpan(0, complete), chunks._separator))
                        return false;
                    have = WithoutQuotes(buffer.AsSpan(0, have), complete);
                }
                int used = Lines(buffer.AsSpan(0, have), last, carriageReturns);
                if (used < 0)
                    return false;
                if (last)
                    break;
                if (used == 0 && have == buffer.Length)
                    return false; // a line longer than the buffer
                buffer.AsSpan(used, have - used).CopyTo(buffer);
                have -= used;
            }
            Rows.End();
            return true;
        }

        /// <summary>
        /// Parses the complete lines of <paramref name="data"/> (and, when <paramref name="last"/>, a final line
        /// without a line feed); the number of bytes consumed, or −1 at a row that is not clean.
        /// </summary>
        private int Lines(ReadOnlySpan<byte> data, bool last, bool carriageReturns)
        {
            // The row handler is worked on as a local copy (written back before every return), so that the compiler can
            // keep its fields (the cell just read, the row count) in registers instead of in this object.
            T rows = Rows;
            byte separator = chunks._separator;
            int columns = chunks._columns;
            int lineStart = 0, cellStart = 0, column = 0;
            ref byte origin = ref MemoryMarshal.GetReference(data);
            int n = data.Length;
            Vector256<byte> separators = Vector256.Create(separator), feeds = Vector256.Create((byte)'\n');
            for (int block = 0; block < n; block += 32)
            {
                uint separatorMask, feedMask;
                if (block + 32 <= n)
                {
                    Vector256<byte> chunk = Vector256.LoadUnsafe(ref origin, (nuint)block);
                    separatorMask = Vector256.Equals(chunk, separators).ExtractMostSignificantBits();
                    feedMask = Vector256.Equals(chunk, feeds).ExtractMostSignificantBits();
                }
                else
                {
                    separatorMask = feedMask = 0;
                    for (int j = block; j < n; j++)
                    {
                        separatorMask |= data[j] == separator ? 1u << (j - block) : 0;
                        feedMask |= data[j] == (byte)'\n' ? 1u << (j - block) : 0;
                    }
                }
                uint mask = separatorMask | feedMask;
                while (mask != 0)
                {
                    int pass = rows.NextRead(column) - column; // separators before the next cell read
                    if (pass > 0)
                    {
                        // Cells not read are only counted: their separators are passed, up to the next cell read or
                        // the line feed, whichever comes first (a row that ends early is then refused as usual).
                        uint feedsLeft = mask & feedMask;
                        uint separatorsLeft = feedsLeft == 0 ? mask : mask & (feedsLeft - 1 & ~feedsLeft);
                        uint passed = separatorsLeft;
                        if (BitOperations.PopCount(separatorsLeft) > pass)
                        {
                            passed = 0;
                            for (uint left = separatorsLeft; pass > 0; pass--)
                            {
                                passed |= left & (0 - left);
                                left &= left - 1;
                            }
                        }
                        if (passed != 0)
                        {
                            column += BitOperations.PopCount(passed);
                            cellStart = block + 32 - BitOperations.LeadingZeroCount(passed);
                            mask &= ~passed;
                            if (mask == 0)
                                break;
                        }
                    }
                    int at = block + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    bool feed = Unsafe.Add(ref origin, at) == (byte)'\n';
                    int cellEnd = at;
                    if (feed && carriageReturns && at > cellStart && data[at - 1] == (byte)'\r')
                        cellEnd--;
                    if (!rows.Cell(data, cellStart, cellEnd, column))
                    {
                        Rows = rows;
                        return -1;
                    }
                    column++;
                    cellStart = at + 1;
                    if (!feed)
                        continue;
                    if (column != columns || (carriageReturns && data[lineStart..cellEnd].Contains((byte)'\r')) || !rows.EndRow())
                    {
                        Rows = rows;
                        return -1;
                    }
                    column = 0;
                    lineStart = cellStart;
                }
            }
            if (last && lineStart < n)
            {
                // The last line of the file, without a line feed.
                ReadOnlySpan<byte> line = data[lineStart..];
                bool clean = !(carriageReturns && line.Contains((byte)'\r')) && rows.Cell(data, cellStart, n, column) && column + 1 == columns
                    && rows.EndRow();
                Rows = rows;
                return clean ? n : -1;
            }
            Rows = rows;
            return lineStart;
        }
    }

    /// <summary>The value and weight cells of each row, into a slice of the columns or into blocks handed on.</summary>
    private struct NumberRows(int value, int weight, bool decimalComma, double[] values, double[] weights, int offset, int capacity,
        Action<long, ReadOnlySpan<double>, ReadOnlySpan<double>>? flush) : IRows
    {
        private int _filled;
        private double _v;
        private double _w = 1;

        /// <summary>The rows parsed.</summary>
        public long Rows { get; private set; }

        /// <summary>Whether the target holds as many rows as its capacity (the count of the first pass).</summary>
        public readonly bool Full => _filled == capacity;

        public readonly int NextRead(int column) => NextOf(column, value, weight);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Cell(ReadOnlySpan<byte> data, int start, int end, int column)
        {
            if (column == value)
            {
                if (!CsvFastNumber.TryRead(data, start, end, decimalComma, out _v) && (!TryNumber(data[start..end], decimalComma, out _v) || _v < 0))
                    return false;
                if (column == weight)
                    _w = _v;
                return column != weight || _w > 0;
            }
            if (column == weight)
                return (CsvFastNumber.TryRead(data, start, end, decimalComma, out _w) || TryNumber(data[start..end], decimalComma, out _w)) && _w > 0;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool EndRow()
        {
            if (_filled == capacity)
            {
                if (flush is null)
                    return false; // more rows than the first pass counted
                Flush();
            }
            values[offset + _filled] = _v;
            weights[offset + _filled] = _w;
            _w = 1;
            _filled++;
            Rows++;
            return true;
        }

        public void End()
        {
            if (flush is not null && _filled > 0)
                Flush();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Flush()
        {
            flush!(Rows - _filled, values.AsSpan(0, _filled), weights.AsSpan(0, _filled));
            _filled = 0;
        }
    }

    /// <summary>
    /// The cells of one or two code columns (strata, PSUs) of each row as chunk-local integer codes, numbered in order of
    /// first appearance within the chunk, written into a slice of the code arrays.
    /// </summary>
    private struct CodeRows(int first, int second, int[]? firstCodes, int[]? secondCodes, int offset, int capacity) : IRows
    {
        private readonly CodeTable _first = new();
        private readonly CodeTable _second = new();
        private int _filled;
        private int _a;
        private int _b;

        public readonly List<string> FirstTexts => _first.Texts;

        public readonly List<string> SecondTexts => _second.Texts;

        public readonly bool Full => _filled == capacity;

        public readonly int NextRead(int column) => NextOf(column, first, second);

        public bool Cell(ReadOnlySpan<byte> data, int start, int end, int column)
        {
            if (column == first && !_first.TryCode(data[start..end], out _a))
                return false;
            if (column == second && !_second.TryCode(data[start..end], out _b))
                return false;
            return true;
        }

        public bool EndRow()
        {
            if (_filled == capacity)
                return false;
            if (firstCodes is not null)
                firstCodes[offset + _filled] = _a;
            if (secondCodes is not null)
                secondCodes[offset + _filled] = _b;
            _filled++;
            return true;
        }

        public readonly void End()
        {
        }
    }

    /// <summary>The distinct texts of a code column in one chunk, in order of first appearance.</summary>
    private sealed class CodeTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Texts { get; } = [];

        /// <summary>The code of a cell, trimmed as <see cref="CsvInput.Cell"/> trims; false for an empty or non-ASCII cell.</summary>
        public bool TryCode(ReadOnlySpan<byte> cell, out int code)
        {
            code = 0;
            int from = 0, to = cell.Length;
            while (from < to && IsAsciiSpace(cell[from])) from++;
            while (to > from && IsAsciiSpace(cell[to - 1])) to--;
            cell = cell[from..to];
            if (cell.IsEmpty || cell.Length > 256 || !Ascii.IsValid(cell))
                return false; // an empty code is an error, raised by the row-by-row reader; non-ASCII text goes there too
            Span<char> text = stackalloc char[cell.Length];
            Ascii.ToUtf16(cell, text, out _);
            var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out code))
            {
                code = Texts.Count;
                string name = text.ToString();
                _index.Add(name, code);
                Texts.Add(name);
            }
            return true;
        }

        private static bool IsAsciiSpace(byte b) => b is (byte)' ' or (>= 9 and <= 13);
    }
}
