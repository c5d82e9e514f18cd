namespace LppdMetrics.Numbers;

/// <summary>
/// Options for <see cref="IndonesianNumber.Parse(string, NumberParseOptions)"/> where the printed text alone is
/// ambiguous. The defaults follow the Indonesian convention of LPPD reports.
/// </summary>
/// <remarks>
/// Pick the separator reading from the cell's context, never from its digits: the row's unit ("(000)", "Rupiah",
/// "jiwa") or the column's other cells (docs/methods.md#numbers).
/// </remarks>
public sealed record NumberParseOptions
{
    /// <summary>The defaults: <see cref="AmbiguousSeparator.Indonesian"/>, and an empty cell is a <see cref="FormatException"/>.</summary>
    public static NumberParseOptions Default { get; } = new();

    /// <summary>
    /// Reads a lone dot or comma followed by three digits as a thousands separator ("10,654" → 10654), for rows
    /// whose unit says the value is a count or an amount ("Pengeluaran Perkapita (000)", "Jumlah Warga Miskin (jiwa)").
    /// </summary>
    public static NumberParseOptions Thousands { get; } = new() { AmbiguousSeparator = AmbiguousSeparator.Thousands };

    /// <summary>
    /// How a lone dot or comma followed by exactly three digits is read ("3.922", "10,654");
    /// default <see cref="AmbiguousSeparator.Indonesian"/> (dot = thousands, comma = decimal).
    /// </summary>
    public AmbiguousSeparator AmbiguousSeparator { get; init; } = AmbiguousSeparator.Indonesian;

    /// <summary>
    /// When true, an empty or blank cell parses as a missing value (<see cref="ReportNumber.IsMissing"/>);
    /// when false (the default) it is a <see cref="FormatException"/>, because a report prints "-", "n/a" or
    /// "NIHIL" for a missing value and an empty string usually means the caller read the wrong cell.
    /// </summary>
    public bool EmptyIsMissing { get; init; }
}
