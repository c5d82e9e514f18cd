using System.Globalization;

namespace LppdMetrics.Cli;

/// <summary>
/// Reads a number given as an option value: a decimal with a dot ("8.16", "-0.28", "1e3"), or a missing-value word
/// as LPPD reports print it ("NIHIL", "n/a", "n.a", "-", "Tidak ada data"), which is missing, never 0.
/// </summary>
public static class DecimalOption
{
    private static readonly string[] MissingWords = ["NIHIL", "n/a", "n.a", "n.a.", "-", "Tidak ada data", "na"];

    /// <summary>Parses <paramref name="text"/>; null for a missing-value word.</summary>
    /// <param name="text">The option's text.</param>
    /// <param name="option">The option's name, for the error ("--realization").</param>
    /// <returns>The exact decimal, or null when the value is missing.</returns>
    /// <exception cref="InputException">The text is neither a finite decimal nor a missing-value word (NaN and ∞ are not numbers here).</exception>
    public static decimal? ParseOrMissing(string text, string option)
    {
        string t = text.Trim();
        if (MissingWords.Any(w => string.Equals(w, t, StringComparison.OrdinalIgnoreCase)))
            return null;
        if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            return value;
        throw new InputException(null, null, null,
            $"{option}: '{text}' is not a number; write it with a dot as decimal separator (8.16), or NIHIL, n/a or - for a missing value.");
    }
}
