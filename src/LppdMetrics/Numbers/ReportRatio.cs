namespace LppdMetrics.Numbers;

/// <summary>
/// A ratio printed as "1:4.375" or "1 : 1.509" (doctors or health workers per population, docs/methods.md#numbers,
/// lines 584–587 and 1388), read by <see cref="IndonesianNumber.ParseRatio(string)"/>.
/// </summary>
/// <param name="Text">The text as given to the parser.</param>
/// <param name="Antecedent">The number before the colon (usually 1).</param>
/// <param name="Consequent">The number after the colon ("4.375" → 4375 by the Indonesian dot-thousands reading).</param>
public readonly record struct ReportRatio(string Text, ReportNumber Antecedent, ReportNumber Consequent)
{
    /// <summary>
    /// Consequent ÷ Antecedent in decimal arithmetic ("1:4.375" → 4375: one per 4.375 people; "2:100" → 50).
    /// Null when the antecedent is 0, either side is missing, or the quotient is beyond the decimal range.
    /// </summary>
    public decimal? PerOne =>
        Antecedent.Value is decimal a && a != 0m && Consequent.Value is decimal c
        && (Math.Abs(a) >= 1m || Math.Abs(c) <= decimal.MaxValue * Math.Abs(a))
            ? c / a
            : null;
}
