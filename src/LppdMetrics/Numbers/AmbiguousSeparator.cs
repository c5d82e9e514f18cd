namespace LppdMetrics.Numbers;

/// <summary>
/// How <see cref="IndonesianNumber"/> reads a number whose only separator is a single dot or a single comma
/// followed by exactly three digits, after an integer part of one to three digits that does not start with 0
/// ("3.922", "10.654", "10,654", "359,398"). Such a separator can be a thousands separator or a decimal separator,
/// and the printed text alone cannot tell which (docs/methods.md#numbers: the IID row prints
/// "3.922" on an old scale, the RPJMD row "Pengeluaran Perkapita (000)" prints "10,654" for Rp 10.654 ribu).
/// </summary>
/// <remarks>
/// Every other separator pattern is decided by the text itself: both a dot and a comma (the last one is the decimal
/// separator), several of the same separator (thousands; every group after the first must have exactly three digits),
/// or a single separator that cannot be a thousands separator ("0.330", "20.13", "1,08", "1234.567": decimal).
/// </remarks>
public enum AmbiguousSeparator
{
    /// <summary>
    /// The Indonesian convention (the default): a lone dot is a thousands separator ("3.922" → 3922, "1:4.375" → 4375)
    /// and a lone comma is a decimal separator ("10,654" → 10,654; "1,004" → 1,004).
    /// </summary>
    Indonesian = 0,

    /// <summary>
    /// The separator is a thousands separator, dot or comma: "10,654" in a "(000)" row → 10654,
    /// "359,398" in a "jiwa" row → 359398, "3.922" → 3922.
    /// </summary>
    Thousands = 1,

    /// <summary>The separator is a decimal separator, dot or comma: "3.922" → 3,922; "10,654" → 10,654.</summary>
    Decimal = 2,

    /// <summary>Refuse to guess: the ambiguous text is a <see cref="FormatException"/> that says so.</summary>
    Reject = 3,
}
