namespace LppdMetrics.Cli;

/// <summary>The cells of every CSV output: numbers invariant and round-trip, text quoted when it must be.</summary>
internal static class CsvOutput
{
    /// <summary>A double in its shortest round-trip form; empty for null.</summary>
    /// <param name="value">A finite value, or null.</param>
    /// <returns>The cell.</returns>
    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A decimal with its scale; empty for null.</summary>
    /// <param name="value">The value, or null.</param>
    /// <returns>The cell.</returns>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// A text cell, never evaluated as a formula (<see cref="LppdMetrics.Documents.Writing.InertText.SpreadsheetCell"/>:
    /// a leading <c>'</c> before = + - @ tab CR, a plain number kept), then quoted (RFC 4180) when it holds a comma,
    /// semicolon, quote or line break.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static string Text(string? text) =>
        text is null ? "" : (text = LppdMetrics.Documents.Writing.InertText.SpreadsheetCell(text)).IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Writes one row of cells.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="cells">The cells, already formatted.</param>
    public static void Row(TextWriter output, params string[] cells) => output.WriteLine(string.Join(",", cells));
}
