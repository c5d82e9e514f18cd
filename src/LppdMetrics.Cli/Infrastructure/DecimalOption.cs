using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Cli;

/// <summary>
/// Reads a number given as an option value: a decimal with a dot ("8.16", "-0.28", "1e3"), or a missing-value word
/// as LPPD reports print it ("NIHIL", "n/a", "n.a", "-", "Tidak ada data"), which is missing, never 0. A number
/// printed the Indonesian way ("8,16", "100,37 %") is read with <see cref="IndonesianNumber"/>, which also decides
/// what counts as missing.
/// </summary>
public static class DecimalOption
{
    /// <summary>Parses <paramref name="text"/>; null for a missing-value word.</summary>
    /// <param name="text">The option's text.</param>
    /// <param name="option">The option's name, for the error ("--realization").</param>
    /// <returns>The exact decimal, or null when the value is missing.</returns>
    /// <exception cref="InputException">The text is neither a finite decimal nor a missing-value word (NaN and ∞ are not numbers here).</exception>
    public static decimal? ParseOrMissing(string text, string option)
    {
        string t = text.Trim();
        if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            return value;
        if (IndonesianNumber.TryParse(t, out ReportNumber printed))
            return printed.IsMissing ? null : printed.ScaledValue;
        throw new InputException(null, null, null,
            $"{option}: '{text}' is not a number; write it with a dot as decimal separator (8.16), or NIHIL, n/a or - for a missing value.");
    }
}
