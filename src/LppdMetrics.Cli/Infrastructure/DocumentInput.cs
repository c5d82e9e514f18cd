using LppdMetrics.Documents;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Cli;

/// <summary>
/// Reads a report file that is not a JSON document (text, markdown, DOCX, PDF: the formats LppdMetrics.Documents
/// reads) through <see cref="ReportFile"/>, mapping every reading failure to an <see cref="InputException"/> (exit 2,
/// one line naming the file and, when known, the line).
/// </summary>
public static class DocumentInput
{
    /// <summary>Whether the file at <paramref name="path"/> is a JSON document (its first non-blank character is '{').</summary>
    /// <param name="path">An existing file.</param>
    /// <returns>True for JSON, judged by content.</returns>
    /// <exception cref="InputException">The file cannot be read.</exception>
    public static bool IsJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[64];
            int n = stream.Read(head);
            return ReportFile.IsJson(head[..n]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "cannot be read: " + ex.Message);
        }
    }

    /// <summary>Reads and recognises the report at <paramref name="path"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="progress">Told of the pages read from a PDF; null for none.</param>
    /// <returns>The report and the per-table summary.</returns>
    /// <exception cref="InputException">The file is missing, unreadable, not a report, or holds no recognisable LPPD table.</exception>
    public static ExtractionResult Extract(string path, IProgress<PageProgress>? progress = null)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
        try
        {
            return ReportFile.Read(path, progress);
        }
        catch (DocumentReadException ex)
        {
            throw ex.Location?.Line is { } line
                ? InputException.InJson(path, line, null, ex.Message)
                : new InputException(path, null, null, ex.Message);
        }
        catch (JsonException ex)
        {
            throw JsonErrors.About(path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "cannot be read: " + ex.Message);
        }
    }
}
