namespace LppdMetrics.Cli;

/// <summary>
/// Where a command's report goes: standard output, or the file of <c>-o PATH</c>. A file is written whole or not at
/// all: the report goes to a temporary file beside it, which replaces the target only when writing succeeded; a path
/// that cannot be written is bad input (exit 2, one line naming the file). A symbolic link is followed (its final
/// target is replaced, the link stays), and a target that exists with no content (a device such as <c>/dev/null</c>
/// or <c>/dev/full</c>, a pipe such as <c>/dev/stdout</c>, a FIFO, an empty file) is written in place: renaming over
/// it would replace the device or pipe with a regular file.
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
        if (Replaced(full) is not { } replaced)
        {
            WriteInPlace(path, full, bom, binary, text);
            return;
        }
        full = replaced;
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

    /// <summary>
    /// Refuses an output path that names the input file (as given, through a symbolic link, or by another spelling of
    /// the same path): the report or chart would replace the file it was made from.
    /// </summary>
    /// <param name="output">The output path given (null: standard output).</param>
    /// <param name="input">The input file given (null: none, or the embedded report).</param>
    /// <param name="option">The option that named the output ("-o", "--png").</param>
    /// <exception cref="InputException">The two name the same file.</exception>
    public static void RefuseInputAsOutput(string? output, string? input, string option)
    {
        if (output is null || input is null || FinalPath(output) is not { } target || FinalPath(input) is not { } source)
            return;
        StringComparison comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(target, source, comparison))
            throw new InputException(output, null, null, $"is the input file: {option} would replace it with the result; give another name.");
    }

    /// <summary>The full path of <paramref name="path"/> with a symbolic link followed to its final target; null when it is no valid path.</summary>
    private static string? FinalPath(string path)
    {
        try
        {
            string full = Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The file that the report replaces whole: <paramref name="full"/>, or the final target of a symbolic link; null
    /// when the target exists with no content (a device, a pipe, a FIFO, an empty file), which is written in place.
    /// </summary>
    private static string? Replaced(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            // a link to a file with content: replace that file; to a device, a pipe ("pipe:[…]") or nothing yet: write through
            return File.ResolveLinkTarget(full, returnFinalTarget: true) is FileInfo { Exists: true, Length: > 0 } target ? target.FullName : null;
        }
        return info.Exists && info.Length == 0 ? null : full;
    }

    /// <summary>Writes the report straight into <paramref name="full"/> (a device, a pipe or an empty file).</summary>
    private static void WriteInPlace(string path, string full, bool bom, Action<Stream>? binary, Action<TextWriter> text)
    {
        try
        {
            using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            if (binary is not null)
            {
                // a workbook's writer may seek, which a pipe cannot: it is built in memory, then copied
                using var buffer = new MemoryStream();
                binary(buffer);
                buffer.Position = 0;
                buffer.CopyTo(stream);
            }
            else
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(bom), 1 << 16);
                text(writer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "cannot be written: " + ex.Message);
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
