using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// A document cannot be read: corrupt, encrypted, scanned (no text layer), binary, over a size limit, or with no
/// recognisable LPPD table. The message is one line for the user, in English, naming what is wrong; the CLI shows it
/// with the file name and exits with code 2.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line saying what is wrong (no file name; the caller adds it).</param>
    /// <param name="location">Where in the document, when known.</param>
    /// <param name="inner">The underlying exception, when there is one.</param>
    public DocumentReadException(string message, SourceLocation? location = null, Exception? inner = null)
        : base(message, inner) => Location = location;

    /// <summary>Where in the document the problem is; null when it concerns the whole file.</summary>
    public SourceLocation? Location { get; }
}
