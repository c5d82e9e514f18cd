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
        return InputException.InJson(file, (ex.LineNumber ?? 0) + 1, ex.Path, problem.ReplaceLineEndings(" ").Trim());
    }
}
