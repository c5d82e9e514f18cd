using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LppdMetrics.Numbers;

/// <summary>
/// Reads and writes numbers the way LPPD reports print them: dot thousands separators and a decimal comma
/// ("1.263.650", "72,84", "4.036.353.981,9133"), a percent sign with or without a space ("8,16%", "100,00 %"),
/// negatives with a minus or in parentheses ("-9,43%", "(6,10%)"), and the clutter of PDF transcriptions
/// ("Rp. 2.090.349 .863.831, 55", "&lt;b&gt;1.253.550&lt;/b&gt;", "71 (BB)", "±167", "-47,8**").
/// </summary>
/// <remarks>
/// <para>Source: the number formats of LPPD Kabupaten Blitar 2024, collected in docs/methods.md#numbers,
/// and its parser recommendation: strip markup, "Rp" and spaces inside numbers; with both a dot and a comma the last
/// one is the decimal separator; a single kind of separator is decided by group validity and, where the text cannot
/// tell, by <see cref="NumberParseOptions.AmbiguousSeparator"/>; anything malformed is rejected, never guessed.</para>
/// <para>What a cell may hold, in order: an optional qualifier ("±", "&lt;", "≤", "&gt;", "≥"), an opening
/// parenthesis (negative), a sign, "Rp"/"Rp.", the number (spaces inside it are removed unless the
/// pieces around one would read their separators differently joined: "1.234 567" is rejected), "%", a closing parenthesis,
/// a scale word (ribu, juta, miliar/milyar, triliun), a unit ("Menit", "jiwa/km2", "/jiwa/tahun"; "rupiah" and
/// "persen" are recognised), and an annotation in parentheses ("(BB)", "(2023)", "(Baik)") or after " / ".
/// A number wholly in parentheses is negative (accounting style), so "(6,10%)" is −6,10 % and "(2023)" alone is −2023;
/// inside parentheses an explicit sign wins ("(-47,8)" is −47,8). A rupiah amount ending in ",-" ("Rp. 5.000,-") has no decimals. Footnote stars, HTML tags and LaTeX dollar
/// signs are dropped anywhere.</para>
/// <para>Missing-value markers ("NIHIL", "n/a", "n.a", "Tidak ada data", "-", "—") parse to a number with
/// <see cref="ReportNumber.IsMissing"/> true, never to zero. Ranges ("2%-15%") and ratios ("1:4.375") are not single
/// values: <see cref="Parse(string)"/> rejects them with a message naming <see cref="ParseRange(string)"/> or
/// <see cref="ParseRatio(string)"/>. Letter grades alone ("BB") and comparisons ("91% ≤ 100%") are rejected.</para>
/// <para>A number broken across a page-break row ("Rp. 2.097.482" + ".673.044, 55") must be joined by the caller;
/// the continuation alone is rejected because it starts with a separator.</para>
/// </remarks>
public static class IndonesianNumber
{
    /// <summary>Parses one printed cell with the default (Indonesian) options.</summary>
    /// <param name="text">The cell text as printed or transcribed.</param>
    /// <returns>The number, or a missing number for "NIHIL", "n/a", "n.a", "Tidak ada data", "-".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a single number; the message quotes it and says why
    /// (e.g. "Rp. 156.377.147.64,26": malformed digit grouping). No other exception is thrown.</exception>
    public static ReportNumber Parse(string text) => Parse(text, NumberParseOptions.Default);

    /// <summary>Parses one printed cell, reading ambiguous separators as <paramref name="options"/> say.</summary>
    /// <param name="text">The cell text as printed or transcribed.</param>
    /// <param name="options">How to read "3.922" or "10,654" (see <see cref="AmbiguousSeparator"/>) and empty cells.</param>
    /// <returns>The number, or a missing number for a missing-value marker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds an undefined <see cref="AmbiguousSeparator"/>.</exception>
    /// <exception cref="FormatException">The text is not a single number; the message quotes it and says why.</exception>
    public static ReportNumber Parse(string text, NumberParseOptions options)
    {
        CheckArguments(text, options);
        return IndonesianNumberParser.Parse(text, options, out string? error) ?? throw Bad(text, error);
    }

    /// <summary>Tries to parse one printed cell with the default (Indonesian) options.</summary>
    /// <param name="text">The cell text; null gives false.</param>
    /// <param name="result">The number when the method returns true; the default (missing, empty text) otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a number or a missing-value marker.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportNumber result) =>
        TryParse(text, NumberParseOptions.Default, out result);

    /// <summary>Tries to parse one printed cell, reading ambiguous separators as <paramref name="options"/> say.</summary>
    /// <param name="text">The cell text; null gives false.</param>
    /// <param name="options">How to read ambiguous separators and empty cells.</param>
    /// <param name="result">The number when the method returns true; the default (missing, empty text) otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a number or a missing-value marker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds an undefined <see cref="AmbiguousSeparator"/>.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberParseOptions options, out ReportNumber result)
    {
        Guard.NotNull(options);
        Guard.Defined(options.AmbiguousSeparator, "options.AmbiguousSeparator");
        result = default;
        if (text is null)
            return false;
        if (IndonesianNumberParser.Parse(text, options, out _) is not ReportNumber number)
            return false;
        result = number;
        return true;
    }

    /// <summary>Parses a ratio "1:4.375", "1 : 1.509", "1:2500" with the default (Indonesian) options.</summary>
    /// <param name="text">The printed ratio.</param>
    /// <returns>Both sides as numbers ("1:4.375" → 1 and 4375).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two numbers separated by one colon, or a side is missing
    /// ("n/a"); the message quotes the text.</exception>
    public static ReportRatio ParseRatio(string text) => ParseRatio(text, NumberParseOptions.Default);

    /// <summary>Parses a ratio "1:4.375", reading each side with <paramref name="options"/>.</summary>
    /// <param name="text">The printed ratio.</param>
    /// <param name="options">How to read ambiguous separators in each side.</param>
    /// <returns>Both sides as numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds an undefined <see cref="AmbiguousSeparator"/>.</exception>
    /// <exception cref="FormatException">The text is not two numbers separated by one colon; the message quotes it.</exception>
    public static ReportRatio ParseRatio(string text, NumberParseOptions options)
    {
        CheckArguments(text, options);
        string s = NumberTextCleaner.Clean(text);
        int colon = s.IndexOf(':');
        if (colon < 0 || s.IndexOf(':', colon + 1) >= 0)
            throw Bad(text, "a ratio has exactly one colon, as in 1:4.375", "a ratio");
        ReportNumber left = Side(text, s[..colon].Trim(), "before the colon", "a ratio", options);
        ReportNumber right = Side(text, s[(colon + 1)..].Trim(), "after the colon", "a ratio", options);
        return new ReportRatio(text, left, right);
    }

    /// <summary>Parses a range "2%-15%", "7% - 8%", "0-20%", "5 s.d. 10" with the default (Indonesian) options.</summary>
    /// <param name="text">The printed range.</param>
    /// <returns>The two bounds; the first takes "%", a scale word, a unit or "Rp" from the second when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two numbers joined by a dash or "s.d."/"s/d"/"sampai"/"hingga",
    /// a bound is missing, or the first bound exceeds the second; the message quotes the text.</exception>
    public static ReportRange ParseRange(string text) => ParseRange(text, NumberParseOptions.Default);

    /// <summary>Parses a range "2%-15%", reading each bound with <paramref name="options"/>.</summary>
    /// <param name="text">The printed range.</param>
    /// <param name="options">How to read ambiguous separators in each bound.</param>
    /// <returns>The two bounds; the first takes "%", a scale word, a unit or "Rp" from the second when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds an undefined <see cref="AmbiguousSeparator"/>.</exception>
    /// <exception cref="FormatException">The text is not a range of two numbers; the message quotes it.</exception>
    public static ReportRange ParseRange(string text, NumberParseOptions options)
    {
        CheckArguments(text, options);
        string s = NumberTextCleaner.Clean(text);
        if (!TrySplitRange(s, out string first, out string second))
            throw Bad(text, "a range is two numbers joined by a dash or s.d., as in 2%-15%", "a range");
        ReportNumber high = Side(text, second, "after the dash", "a range", options);
        ReportNumber low = Side(text, first, "before the dash", "a range", options).InheritFrom(high, text);
        if (low.Value > decimal.MaxValue / low.Multiplier)
            throw Bad(text, "the first bound times its scale word is too large for a decimal", "a range");
        if (low.ScaledValue > high.ScaledValue)
            throw Bad(text, "its first bound exceeds its second", "a range");
        return new ReportRange(text, low, high);
    }

    /// <summary>
    /// Prints <paramref name="value"/> the Indonesian way at <paramref name="decimals"/> decimals, rounded half away
    /// from zero (<see cref="ReportRounding.Round(decimal, int)"/>): 1263650 → "1.263.650", 72.84 → "72,84",
    /// with <see cref="NumberFormatOptions.Percent"/> 8.16 → "8,16%", with parentheses −6.1 → "(6,10%)".
    /// </summary>
    /// <param name="value">The value (any decimal).</param>
    /// <param name="decimals">Digits after the decimal comma, 0 to 28; trailing zeros are printed ("100,00").</param>
    /// <param name="options">Percent sign, space before it, negative style and grouping; null means <see cref="NumberFormatOptions.Default"/>.</param>
    /// <returns>The text. A value that rounds to zero prints without a sign ("0,00"). <see cref="Parse(string)"/>
    /// reads it back to the rounded value for every option combination.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or
    /// <paramref name="options"/> holds an undefined <see cref="NegativeNumberStyle"/>.</exception>
    public static string Format(decimal value, int decimals, NumberFormatOptions? options = null)
    {
        options ??= NumberFormatOptions.Default;
        Guard.Defined(options.NegativeStyle, "options.NegativeStyle");
        decimal rounded = ReportRounding.Round(value, decimals);
        bool negative = rounded < 0m;
        bool parentheses = negative && options.NegativeStyle == NegativeNumberStyle.Parentheses;

        // At most 29 integer digits, a point and 28 decimals in invariant form; 9 more dots and 5 signs in ours.
        Span<char> invariant = stackalloc char[64];
        Math.Abs(rounded).TryFormat(invariant, out int written, FixedFormats[decimals], CultureInfo.InvariantCulture);
        invariant = invariant[..written];
        int point = invariant.IndexOf('.');
        ReadOnlySpan<char> integer = point < 0 ? invariant : invariant[..point];

        Span<char> text = stackalloc char[80];
        int n = 0;
        if (negative)
            text[n++] = parentheses ? '(' : '-';
        for (int i = 0; i < integer.Length; i++)
        {
            if (options.GroupThousands && i > 0 && (integer.Length - i) % 3 == 0)
                text[n++] = '.';
            text[n++] = integer[i];
        }
        if (point >= 0)
        {
            text[n++] = ',';
            invariant[(point + 1)..].CopyTo(text[n..]);
            n += invariant.Length - point - 1;
        }
        if (options.PercentSign)
        {
            if (options.SpaceBeforePercent)
                text[n++] = ' ';
            text[n++] = '%';
        }
        if (parentheses)
            text[n++] = ')';
        return new string(text[..n]);
    }

    // "F0" … "F28": the invariant fixed-point formats, cached so that Format allocates only its result.
    private static readonly string[] FixedFormats =
        [.. Enumerable.Range(0, ReportRounding.MaxDecimals + 1).Select(d => "F" + d.ToString(CultureInfo.InvariantCulture))];

    private static void CheckArguments(string text, NumberParseOptions options)
    {
        Guard.NotNull(text);
        Guard.NotNull(options);
        Guard.Defined(options.AmbiguousSeparator, "options.AmbiguousSeparator");
    }

    private static ReportNumber Side(string text, string side, string where, string what, NumberParseOptions options)
    {
        ReportNumber? number = IndonesianNumberParser.ParseClean(side, side, options, out string? error);
        if (number is not ReportNumber n)
            throw Bad(text, Invariant($"the part {where}, \"{side}\", is not a number: {error}"), what);
        if (n.IsMissing)
            throw Bad(text, Invariant($"the part {where}, \"{side}\", is a missing-value marker"), what);
        return n;
    }

    // Splits at the first dash (or s.d./s/d/sampai/hingga) that follows a digit, "%" or ")" of the first bound.
    private static bool TrySplitRange(string s, out string first, out string second)
    {
        char previous = s.Length > 0 ? s[0] : ' '; // the last character before i that is not a space
        for (int i = 1; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(previous) || previous is '%' or ')')
            {
                int length = s[i] is '-' or '–' or '—' or '−' ? 1
                    : (s[i - 1] == ' ' && IndonesianNumberParser.StartsWithRangeWord(s.AsSpan(i))) ? WordLength(s, i)
                    : 0;
                if (length > 0)
                {
                    first = s[..i].Trim();
                    second = s[(i + length)..].Trim();
                    return first.Length > 0 && second.Length > 0;
                }
            }
            if (s[i] != ' ')
                previous = s[i];
        }
        first = second = string.Empty;
        return false;
    }

    private static int WordLength(string s, int i)
    {
        int end = i;
        while (end < s.Length && s[end] != ' ' && !char.IsAsciiDigit(s[end]))
            end++;
        return end - i;
    }

    private static FormatException Bad(string text, string? reason, string what = "a number") =>
        new(Invariant($"\"{text}\" is not {what} as LPPD reports print them: {reason}."));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
