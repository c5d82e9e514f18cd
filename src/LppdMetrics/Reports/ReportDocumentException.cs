namespace LppdMetrics.Reports;

/// <summary>
/// A report document (<see cref="LppdReport"/>) is inconsistent: a figure names an unknown rule, has the wrong number
/// of inputs, a precision outside 0–28, an id used twice, or an SPM table that cannot be computed. The message names
/// the figure (and the JSON path where one is known).
/// </summary>
/// <remarks>
/// Distinct from the argument errors of the domain formulas: the audit turns a formula's rejection of printed inputs
/// (a zero base, a component below its minimum) into a not-checkable finding, but a document error stops the audit.
/// It derives from <see cref="ArgumentException"/> (parameter <c>report</c>) so that callers catching argument errors
/// of <c>ReportAudit.Run</c> keep working.
/// </remarks>
public sealed class ReportDocumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the figure.</param>
    /// <param name="figureId">The id of the figure (or SPM urusan) at fault; null when the document as a whole is.</param>
    /// <param name="path">The JSON path of the offending member ("$.spm[0].services[2]"); null when unknown.</param>
    /// <param name="innerException">The error that caused it; null for none.</param>
    public ReportDocumentException(string message, string? figureId, string? path, Exception? innerException = null)
        : base(message, "report", innerException)
    {
        FigureId = figureId;
        Path = path;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ReportDocumentException() : this("The report document is inconsistent.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ReportDocumentException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ReportDocumentException(string message, Exception? innerException) : this(message, null, null, innerException)
    {
    }

    /// <summary>The id of the figure (or SPM urusan) at fault; null when the document as a whole is.</summary>
    public string? FigureId { get; }

    /// <summary>The JSON path of the offending member; null when unknown.</summary>
    public string? Path { get; }
}
