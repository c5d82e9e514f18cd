namespace LppdMetrics.Documents.Reading;

/// <summary>Reads a stream to its end into memory, refusing (never truncating) content over a size limit.</summary>
internal static class BoundedStream
{
    /// <summary>The content of <paramref name="stream"/> from its position to its end.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="maxBytes">The largest content accepted.</param>
    /// <param name="what">What the file is, for the message ("a text report").</param>
    /// <returns>The content, positioned at 0.</returns>
    /// <exception cref="DocumentReadException">The content is larger than <paramref name="maxBytes"/>.</exception>
    public static MemoryStream ReadAll(Stream stream, long maxBytes, string what)
    {
        string tooLarge = $"the file is larger than {maxBytes / (1024 * 1024)} MiB, the limit for {what}.";
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
}
