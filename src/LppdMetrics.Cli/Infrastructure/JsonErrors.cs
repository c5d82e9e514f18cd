namespace LppdMetrics.Cli;

/// <summary>Turns a System.Text.Json error in a user's file into a located <see cref="InputException"/>.</summary>
public static class JsonErrors
{
    /// <summary>The input error for <paramref name="ex"/> in <paramref name="file"/>: row = the 1-based line, column = the JSON path.</summary>
    /// <param name="file">The JSON file as the user named it.</param>
    /// <param name="ex">The error.</param>
    /// <returns>The exception, to throw.</returns>
    public static InputException About(string file, JsonException ex)
    {
        // System.Text.Json appends " Path: $.x | LineNumber: 3 | BytePositionInLine: 5." to its messages; the
        // location is given separately, so keep the sentence only.
        string problem = ex.Message;
        int cut = problem.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) problem = problem[..cut];
        // "The JSON value could not be converted to LppdMetrics.Reports.ReportFigure." names a .NET type, not the fault.
        if (problem.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
            problem = ex.InnerException is { } inner && (inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase) || inner.Message.Contains("UTF-16", StringComparison.Ordinal))
                ? "the text holds an unpaired surrogate (\\uD800–\\uDFFF escaped alone): it is not Unicode text."
                : "the value is not of the kind this field takes (a number, a text, a list or an object; `lppd audit --export-default` shows a whole document).";
        return InputException.InJson(file, (ex.LineNumber ?? 0) + 1, ex.Path, problem.ReplaceLineEndings(" ").Trim());
    }
}
