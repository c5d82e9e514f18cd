namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Reads one file format into <see cref="DocumentContent"/>: paragraphs and tables of cells in reading order, each
/// with its location. A reader never interprets numbers or classifies tables; that is the recognisers' work.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format this reader reads.</summary>
    DocumentFormatKind Format { get; }

    /// <summary>
    /// Whether a file that starts with <paramref name="head"/> (its first bytes, up to 512) is in this reader's
    /// format, judged by content (a ZIP signature with a Word part, <c>%PDF-</c>, UTF-8 text), never by the file name.
    /// </summary>
    /// <param name="head">The first bytes of the file (fewer when the file is shorter).</param>
    /// <returns>True when this reader should read the file.</returns>
    bool Recognizes(ReadOnlySpan<byte> head);

    /// <summary>Reads the whole document.</summary>
    /// <param name="stream">The file's content, positioned at its start; not closed by the reader.</param>
    /// <param name="name">The file name to show in locations and messages (no folder); null when read from memory.</param>
    /// <returns>The document's blocks in reading order.</returns>
    /// <exception cref="DocumentReadException">The content is not a readable document of this format (corrupt,
    /// encrypted, no text layer, over a size limit); the message is one line for the user.</exception>
    DocumentContent Read(Stream stream, string? name);
}
