namespace LppdMetrics.Cli;

/// <summary>
/// Where a command's report goes: standard output, or the file of <c>-o PATH</c>. A file is written whole or not at
/// all: the report goes to a temporary file beside it, which replaces the target only when writing succeeded; a path
/// that cannot be written is bad input (exit 2, one line naming the file).
/// </summary>
internal static class ReportOutput
{
    /// <summary>
    /// Writes a report with <paramref name="binary"/> when given (onto a stream), else with <paramref name="text"/>
    /// (onto a writer: the command's stdout, or the file in UTF-8, with a byte-order mark when <paramref name="bom"/>
    /// so that Excel reads a CSV file as UTF-8).
    /// </summary>
    public static void Write(CliContext context, string? path, bool bom, Action<Stream>? binary, Action<TextWriter> text)
    {
        if (path is null)
        {
            if (binary is not null)
            {
                using var stream = new TextWriterStream(context.Out);
                binary(stream);
            }
            else
            {
                text(context.Out);
            }
            return;
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(path, null, null, "is not a valid output path.");
        }
        if (Directory.Exists(full))
            throw new InputException(path, null, null, "is a directory; give the output file's name.");
        string temporary = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                if (binary is not null)
                {
                    binary(stream);
                }
                else
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(bom), 1 << 16);
                    text(writer);
                }
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new InputException(path, null, null, "cannot be written: " + ex.Message);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the target was not replaced.
        }
    }
}
