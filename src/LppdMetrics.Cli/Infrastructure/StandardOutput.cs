namespace LppdMetrics.Cli;

/// <summary>
/// Standard output in large blocks. <see cref="Console.Out"/> flushes every write (a system call per line or less:
/// about 9 500 of them for the text audit of the embedded report); the tool's writer instead fills 64 KiB before it
/// writes, and <see cref="LppdApp.Run"/> flushes it before anything reaches standard error, so the bytes and their
/// order are the same.
/// </summary>
internal static class StandardOutput
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// A buffered writer on standard output with the console's encoding, which writes no preamble; the console's own
    /// writer when that encoding cannot be rebuilt without one (any encoding but UTF-8, whose console writer drops the
    /// byte-order mark).
    /// </summary>
    /// <returns>The writer; the caller flushes it before the process ends.</returns>
    public static TextWriter Open()
    {
        Encoding encoding = Console.OutputEncoding;
        if (encoding.Preamble.Length > 0)
        {
            if (encoding.CodePage != Encoding.UTF8.CodePage) return Console.Out;
            encoding = new UTF8Encoding(false);
        }
        return new StreamWriter(Console.OpenStandardOutput(), encoding, BufferSize) { AutoFlush = false };
    }
}
