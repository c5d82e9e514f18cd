using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Cli;

/// <summary>Loads a report document: a file named by the user (JSON, or a report as published, read by <see cref="DocumentInput"/>), or the embedded Blitar 2024 report.</summary>
public static class ReportInput
{
    /// <summary>The name shown for the embedded report.</summary>
    public const string EmbeddedName = "embedded LPPD Kabupaten Blitar 2024";

    /// <summary>Loads <paramref name="path"/>, or the embedded report when it is null.</summary>
    /// <param name="path">The file (JSON document, text or markdown report), or null.</param>
    /// <param name="progress">Told of the pages read from a PDF; null for none.</param>
    /// <returns>The report and the name to show for it.</returns>
    /// <exception cref="InputException">The file is missing or unreadable, or is not a valid report document (the
    /// message gives the line and the JSON path).</exception>
    public static (LppdReport Report, string Name) Load(string? path, IProgress<PageProgress>? progress = null)
    {
        if (path is null)
            return (LppdReportJson.Blitar2024(), EmbeddedName);
        if (File.Exists(path) && !DocumentInput.IsJson(path))
            return (DocumentInput.Extract(path, progress).Report, path);
        string text = InputFile.ReadText(path);
        try
        {
            return (LppdReportJson.Parse(text), path);
        }
        catch (JsonException ex)
        {
            throw JsonErrors.About(path, ex);
        }
    }
}
