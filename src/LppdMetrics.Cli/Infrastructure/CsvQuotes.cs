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
    /// that cannot be read. A UTF-16 file (its byte order mark) is checked through a UTF-8 copy (<see cref="InUtf16"/>).
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
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
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
                if (offset == 0)
                {
                    if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
                    {
                        file.Dispose();
                        return InUtf16(path, separator);
                    }
                    if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                        i = bom = 3;
                }
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
                            return Locate(path, sep, bom, offset + i - 1, "text follows the closing quote of a quoted cell; a quote inside a quoted cell is doubled (\"\").");
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
                        return Locate(path, sep, bom, offset + at, "a quote (\") inside a cell that does not start with one; a quoted cell starts and ends with a quote and doubles the quotes inside it.");
                    state = State.Quoted;
                    opened = offset + at;
                    i = at + 1;
                }
                offset += n;
            }
            return state == State.Quoted
                ? Locate(path, sep, bom, opened, "a quote (\") opens a cell and is never closed; check the quotes from this row on.")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first misplaced quote of a UTF-16 file: the file is copied, as UTF-8, to a temporary file that is checked
    /// and deleted. Rows, lines and columns are counted by characters that are ASCII in both encodings (quote,
    /// separator, carriage return, line feed), so they are the places in the original file. Memory stays constant.
    /// </summary>
    private static (long, long, int, string)? InUtf16(string path, char separator)
    {
        string copy = Path.Combine(Path.GetTempPath(), "lppd-quotes-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
            using (var writer = new StreamWriter(copy, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                char[] chars = new char[1 << 16];
                int n;
                while ((n = reader.Read(chars, 0, chars.Length)) > 0)
                    writer.Write(chars, 0, n);
            }
            return FirstMisplaced(copy, separator);
        }
        finally
        {
            try
            {
                File.Delete(copy);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary file left behind is harmless.
            }
        }
    }

    /// <summary>The row, line and column of the byte at <paramref name="position"/>, every quote before it being in place.</summary>
    private static (long, long, int, string) Locate(string path, byte sep, int bom, long position, string problem)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        file.Position = bom;
        long row = 0, line = 1;
        int column = 0;
        bool quoted = false;
        int last = -1;
        for (long at = bom; at < position; at++)
        {
            int b = file.ReadByte();
            if (b < 0)
                break;
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
