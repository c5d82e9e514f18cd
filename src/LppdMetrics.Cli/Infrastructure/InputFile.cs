namespace LppdMetrics.Cli;

/// <summary>Reads a user's document file whole, with a size limit, so that a huge or endless file (/dev/zero) is a
/// clear refusal instead of running out of memory.</summary>
public static class InputFile
{
    /// <summary>The largest JSON or document file read: 64 MiB (an LPPD document is 1–5 MB; its JSON about 2 MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> as bytes, refusing more than <see cref="MaxBytes"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <returns>The content.</returns>
    /// <exception cref="InputException">The file is missing, unreadable, or larger than the limit.</exception>
    public static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
        try
        {
            using FileStream stream = File.OpenRead(path);
            using var memory = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                memory.Write(chunk, 0, read);
                if (memory.Length > MaxBytes)
                    throw new InputException(path, null, null, $"is larger than {MaxBytes / (1024 * 1024)} MiB, the limit for a document; is it the right file?");
            }
            return memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "cannot be read: " + EchoText.Cut(ex.Message.ReplaceLineEndings(" ")));
        }
    }

    /// <summary>Reads <paramref name="path"/> as UTF-8 text (a byte-order mark is skipped), refusing more than <see cref="MaxBytes"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InputException">As <see cref="ReadBytes"/>.</exception>
    public static string ReadText(string path)
    {
        byte[] bytes = ReadBytes(path);
        return new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
    }
}
