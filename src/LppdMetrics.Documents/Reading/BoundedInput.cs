namespace LppdMetrics.Documents.Reading;

/// <summary>Reads a whole input into memory under a size limit, for the readers that need random access.</summary>
internal static class BoundedInput
{
    /// <summary>
    /// The rest of <paramref name="stream"/> in a <see cref="MemoryStream"/> positioned at 0; refused with
    /// <see cref="DocumentReadException"/> ("the file is larger than N MiB, the limit for a KIND report.") as soon as it
    /// passes <paramref name="maxBytes"/>, before reading it all when the stream knows its length.
    /// </summary>
    public static MemoryStream ReadAll(Stream stream, long maxBytes, string kind)
    {
        string tooLarge = $"the file is larger than {maxBytes / (1024 * 1024)} MiB, the limit for a {kind} report.";
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            throw new DocumentReadException(tooLarge);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
                throw new DocumentReadException(tooLarge);
            buffer.Write(chunk, 0, n);
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The first line of a library's exception message, for a one-line <see cref="DocumentReadException"/>.</summary>
    public static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
