namespace LppdMetrics.Cli;

/// <summary>
/// Reads a report figure given as an option value: a number by <see cref="StrictNumber"/> ("8.16", "-0.28", "8,16",
/// "1.234,56"), or a missing-value word as LPPD reports print it ("NIHIL", "n/a", "n.a", "-", "Tidak ada data",
/// recognised by <see cref="IndonesianNumber"/>), which is missing, never 0.
/// </summary>
public static class DecimalOption
{
    /// <summary>Parses <paramref name="text"/>; null for a missing-value word.</summary>
    /// <param name="text">The option's text.</param>
    /// <param name="option">The option's name, for the error ("--realization").</param>
    /// <returns>The exact decimal, or null when the value is missing.</returns>
    /// <exception cref="InputException">The text is neither an unambiguous finite number that a decimal holds nor a
    /// missing-value word; the message names the option, echoes the text and gives a hint.</exception>
    public static decimal? ParseOrMissing(string text, string option)
    {
        if (StrictNumber.TryParse(text, NumberConvention.DecimalPoint, out decimal value, out string? problem))
            return value;
        if (IndonesianNumber.TryParse(text.Trim(), out ReportNumber printed) && printed.IsMissing)
            return null;
        throw new InputException(null, null, null,
            $"{option} '{EchoText.Cut(text)}' {problem} (or write NIHIL, n/a or - for a missing value).");
    }
}
