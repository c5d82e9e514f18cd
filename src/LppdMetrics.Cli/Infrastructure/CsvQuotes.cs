using System.Text;

namespace LppdMetrics.Cli;

/// <summary>
/// The strict check of a CSV file's quotes, as RFC 4180 places them: a quoted cell starts with a quote (at the start
/// of a line or after a separator), doubles every quote inside it, and ends with a quote followed by a separator, a line
/// break or the end of the file. Sep reads any other quote as the start of a quoted section, which joins the following
/// lines into one cell up to the next quote: rows would vanish without an error.
/// </summary>
internal static class CsvQuotes
{
    private const int BufferSize = 1 << 20;

    private enum State
    {
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>
    /// The first misplaced quote of <paramref name="path"/> (header included): its 1-based data row (0 for the header),
    /// 1-based line, 0-based column and the sentence for the error; null when every quote is in place, or for a file
    /// that cannot be read. A UTF-16 file (its byte order mark) is read through a stream that transcodes it to UTF-8:
    /// rows, lines and columns are counted by characters that are ASCII in both encodings (quote, separator, carriage
    /// return, line feed), so they are the places in the original file.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="separator">The separator (ASCII).</param>
    /// <returns>The place and the problem, or null.</returns>
    public static (long Row, long Line, int Column, string Problem)? FirstMisplaced(string path, char separator)
    {
        if (separator > 127)
            return null;
        byte sep = (byte)separator;
        try
        {
            Encoding? utf16 = Utf16Of(path);
            Stream Open()
            {
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
                return utf16 is null ? file : Encoding.CreateTranscodingStream(file, utf16, Encoding.UTF8);
            }
            using Stream file = Open();
            byte[] buffer = new byte[BufferSize];
            long offset = 0, opened = -1;
            int bom = 0;
            byte previous = (byte)'\n'; // the byte before the data: a cell starts there
            State state = State.Unquoted;
            while (true)
            {
                int n = file.Read(buffer, 0, buffer.Length);
                if (n == 0)
                    break;
                ReadOnlySpan<byte> data = buffer.AsSpan(0, n);
                int i = 0;
                if (offset == 0 && data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    i = bom = 3;
                while (i < n)
                {
                    if (state == State.QuoteInQuoted)
                    {
                        byte b = data[i];
                        if (b == (byte)'"')
                        {
                            state = State.Quoted; // a doubled quote inside the cell
                            i++;
                            continue;
                        }
                        if (b != sep && b is not ((byte)'\n' or (byte)'\r'))
                            return Locate(Open, sep, bom, offset + i - 1, "text follows the closing quote of a quoted cell; a quote inside a quoted cell is doubled (\"\").");
                        state = State.Unquoted;
                        previous = (byte)'"';
                        continue;
                    }
                    int quote = data[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        if (state == State.Unquoted)
                            previous = data[n - 1];
                        break;
                    }
                    int at = i + quote;
                    if (state == State.Quoted)
                    {
                        state = State.QuoteInQuoted;
                        i = at + 1;
                        continue;
                    }
                    byte before = at > i ? data[at - 1] : previous;
                    if (before != sep && before is not ((byte)'\n' or (byte)'\r'))
                        return Locate(Open, sep, bom, offset + at, "a quote (\") inside a cell that does not start with one; a quoted cell starts and ends with a quote and doubles the quotes inside it.");
                    state = State.Quoted;
                    opened = offset + at;
                    i = at + 1;
                }
                offset += n;
            }
            return state == State.Quoted
                ? Locate(Open, sep, bom, opened, "a quote (\") opens a cell and is never closed; check the quotes from this row on.")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The encoding of a file that starts with a UTF-16 byte order mark; null for any other.</summary>
    private static Encoding? Utf16Of(string path)
    {
        Span<byte> head = stackalloc byte[2];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        return file.ReadAtLeast(head, 2, throwOnEndOfStream: false) < 2 ? null
            : head is [0xFF, 0xFE] ? Encoding.Unicode
            : head is [0xFE, 0xFF] ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>The row, line and column of the byte at <paramref name="position"/>, every quote before it being in place.</summary>
    private static (long, long, int, string) Locate(Func<Stream> open, byte sep, int bom, long position, string problem)
    {
        using var file = new BufferedStream(open(), 1 << 16);
        long row = 0, line = 1;
        int column = 0;
        bool quoted = false;
        int last = -1;
        for (long at = 0; at < position; at++)
        {
            int b = file.ReadByte();
            if (b < 0)
                break;
            if (at < bom)
                continue; // the UTF-8 byte order mark
            bool lineEnd = b == '\n' ? last != '\r' : b == '\r';
            if (lineEnd)
                line++;
            if (b == '"')
                quoted = !quoted;
            else if (!quoted && b == sep)
                column++;
            else if (!quoted && lineEnd)
            {
                row++;
                column = 0;
            }
            last = b;
        }
        return (row, line, column, problem);
    }
}
