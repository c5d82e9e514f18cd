namespace LppdMetrics.Cli;

/// <summary>
/// The one strict reader of the numbers a user types: every numeric option of every command, and the CSV cells of a
/// file read with <c>--decimal-comma</c>. A text is read only when its meaning is certain; anything else is refused
/// with a one-line reason and a hint, never guessed.
/// </summary>
/// <remarks>
/// <para><b>Default convention (<see cref="NumberConvention.DecimalPoint"/>).</b> Plain numbers ("12020", "-0.28",
/// "8.16", "1e-3") as in C, R and Python; and the Indonesian forms where they cannot be misread: a decimal comma
/// ("75,32", "13,5"), dot-grouped thousands ("3.174.257") and both ("1.234,56"). A lone separator followed by exactly
/// three digits after one to three digits ("1.234", "12,020") is ambiguous — one thousand two hundred thirty-four in
/// Indonesian, one point two three four in English — and is refused with a hint (write 1234, or pass
/// <c>--decimal-comma</c>). Commas as thousands separators ("1,234,567", "1,234.56") are the English convention and
/// are refused.</para>
/// <para><b><see cref="NumberConvention.DecimalComma"/></b> (<c>--decimal-comma</c>): a dot is only ever a
/// thousands separator and must group by three ("550.000", "1.234,56"); a comma is the decimal separator.
/// "1234.56" and "1.2.3" do not fit and are refused.</para>
/// <para>Always refused: an empty text, hexadecimal ("0x10"), trailing or leading text ("12abc"), "NaN", "Infinity",
/// "∞", numbers beyond the range of a double ("1e309") and nonzero numbers that a double would read as 0 ("1e-400"). An exponent is accepted only on a number without
/// thousands separators. Only ASCII digits count. The reader allocates nothing on success.</para>
/// </remarks>
public static class StrictNumber
{
    private const int MaxLength = 64;

    /// <summary>Reads <paramref name="text"/> as a finite double.</summary>
    /// <param name="text">The text (surrounding spaces are ignored).</param>
    /// <param name="convention">Which separator is the decimal one.</param>
    /// <param name="value">The number when the method returns true.</param>
    /// <param name="problem">Why the text was refused, with a hint, when the method returns false.</param>
    /// <returns>True when the text is one unambiguous finite number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumberConvention convention, out double value, out string? problem)
    {
        value = 0;
        Span<char> buffer = stackalloc char[MaxLength + 8];
        if (!TryNormalize(text.Trim(), convention, buffer, out int length, out problem))
            return false;
        if (!double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            problem = "is beyond the range of a number (about ±1.8e308)";
            value = 0;
            return false;
        }
        if (value == 0 && HasNonZeroDigit(buffer[..length]))
        {
            // "1e-400" underflows to 0: a number the user wrote as nonzero is never read as 0.
            problem = UnderflowProblem;
            value = 0;
            return false;
        }
        return true;
    }

    /// <summary>Reads <paramref name="text"/> as an exact decimal (same grammar as the double overload).</summary>
    /// <param name="text">The text.</param>
    /// <param name="convention">Which separator is the decimal one.</param>
    /// <param name="value">The number when the method returns true.</param>
    /// <param name="problem">Why the text was refused, when the method returns false.</param>
    /// <returns>True when the text is one unambiguous number that a decimal holds (up to ±7.9e28, 28 decimals;
    /// a nonzero number that would round to 0 is refused).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumberConvention convention, out decimal value, out string? problem)
    {
        value = 0;
        if (!TryParse(text, convention, out double approximate, out problem))
            return false;
        Span<char> buffer = stackalloc char[MaxLength + 8];
        TryNormalize(text.Trim(), convention, buffer, out int length, out _);
        if (!decimal.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            || (value == 0 && approximate != 0))
        {
            problem = "is outside the exact range of this option (at most 28 significant digits, magnitude below 7.9e28)";
            value = 0;
            return false;
        }
        return true;
    }

    /// <summary>Rewrites an accepted text in invariant form ("-1234.56e7") into <paramref name="buffer"/>.</summary>
    private static bool TryNormalize(ReadOnlySpan<char> s, NumberConvention convention, Span<char> buffer, out int length, out string? problem)
    {
        length = 0;
        problem = null;
        if (s.IsEmpty)
            return Fail("is empty; a number is required", out problem);
        if (s.Length > MaxLength)
            return Fail($"is longer than {MaxLength} characters", out problem);
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || s.StartsWith("-0x", StringComparison.OrdinalIgnoreCase))
            return Fail("is hexadecimal; write the number in decimal digits", out problem);
        string lower = s.ToString().ToLowerInvariant().TrimStart('+', '-');
        if (lower is "nan" or "infinity" or "inf" or "∞")
            return Fail("is not a finite number", out problem);

        int pos = 0;
        if (s[0] is '+' or '-')
        {
            if (s[0] == '-')
                buffer[length++] = '-';
            pos = 1;
        }
        int exponentAt = s.IndexOfAny('e', 'E');
        ReadOnlySpan<char> mantissa = exponentAt < 0 ? s[pos..] : (exponentAt < pos ? [] : s[pos..exponentAt]);
        ReadOnlySpan<char> exponent = exponentAt < 0 ? [] : s[(exponentAt + 1)..];
        for (int i = 0; i < mantissa.Length; i++)
        {
            if (!char.IsAsciiDigit(mantissa[i]) && mantissa[i] is not ('.' or ','))
                return Fail($"has unexpected text \"{Shown(mantissa[i..])}\"; only digits, one sign, '.' and ',' are allowed", out problem);
        }
        if (mantissa.IsEmpty || !char.IsAsciiDigit(mantissa[0]) || !char.IsAsciiDigit(mantissa[^1]))
            return Fail("must start and end with a digit", out problem);

        int dots = mantissa.Count('.'), commas = mantissa.Count(',');
        if (exponentAt >= 0)
        {
            if (!IsExponent(exponent))
                return Fail($"has a malformed exponent \"{Shown(exponent)}\" (write 1e-3 or 2.5E6)", out problem);
            char point = convention == NumberConvention.DecimalComma ? ',' : '.';
            if (dots + commas > 1 || (dots + commas == 1 && mantissa.IndexOf(point) < 0))
                return Fail("has an exponent and thousands separators; write the mantissa without grouping", out problem);
        }

        int decimalAt; // index in mantissa of the decimal separator, or -1
        if (convention == NumberConvention.DecimalComma)
        {
            if (commas > 1)
                return Fail("has more than one decimal comma", out problem);
            decimalAt = mantissa.IndexOf(',');
            ReadOnlySpan<char> integer = decimalAt < 0 ? mantissa : mantissa[..decimalAt];
            if (decimalAt >= 0 && mantissa[(decimalAt + 1)..].Contains('.'))
                return Fail("has a dot after the decimal comma; with --decimal-comma write 1.234,56", out problem);
            if (dots > 0 && !IsGrouped(integer, '.'))
                return Fail("does not fit --decimal-comma: a dot is a thousands separator there and must group by three (1.234,56); a decimal is written with a comma (1234,56)", out problem);
        }
        else if (dots > 0 && commas > 0)
        {
            decimalAt = mantissa.IndexOf(',');
            if (commas > 1 || mantissa.LastIndexOf('.') > decimalAt || !IsGrouped(mantissa[..decimalAt], '.'))
                return Fail("mixes separators; write 1234.56, or the Indonesian 1.234,56", out problem);
        }
        else if (commas > 1)
            return Fail("uses commas as thousands separators; write 1234567 or the Indonesian 1.234.567", out problem);
        else if (dots > 1)
        {
            if (!IsGrouped(mantissa, '.'))
                return Fail("has several dots but not a grouping by three (1.234.567); write the number without separators", out problem);
            decimalAt = -1;
        }
        else if (dots + commas == 1)
        {
            char sep = dots == 1 ? '.' : ',';
            decimalAt = mantissa.IndexOf(sep);
            if (exponentAt < 0 && IsGrouped(mantissa, sep))
            {
                string digits = mantissa.ToString().Replace(sep.ToString(), "", StringComparison.Ordinal);
                string asDecimal = mantissa.ToString().Replace(',', '.');
                return Fail($"is ambiguous: {digits} or {asDecimal}? Write {digits} for the whole number or {asDecimal}0 for the decimal", out problem);
            }
        }
        else
            decimalAt = -1;

        foreach (char c in decimalAt < 0 ? mantissa : mantissa[..decimalAt])
        {
            if (c != '.' && c != ',')
                buffer[length++] = c;
        }
        if (decimalAt >= 0)
        {
            buffer[length++] = '.';
            foreach (char c in mantissa[(decimalAt + 1)..])
                buffer[length++] = c;
        }
        if (exponentAt >= 0)
        {
            buffer[length++] = 'e';
            exponent.CopyTo(buffer[length..]);
            length += exponent.Length;
        }
        return true;
    }

    /// <summary>1–3 digits not starting with 0 (or a lone 0 only if there is no group), then groups of exactly 3 digits.</summary>
    private static bool IsGrouped(ReadOnlySpan<char> integer, char separator)
    {
        int first = integer.IndexOf(separator);
        if (first < 0)
            return true;
        if (first is < 1 or > 3 || integer[0] == '0')
            return false;
        for (int i = first; i < integer.Length; i += 4)
        {
            if (integer[i] != separator || i + 3 >= integer.Length)
                return false;
            for (int k = 1; k <= 3; k++)
            {
                if (!char.IsAsciiDigit(integer[i + k]))
                    return false;
            }
        }
        return true;
    }

    /// <summary>True when the mantissa of a normalized number ("-0.000e-5") has a digit other than 0.</summary>
    /// <summary>Why a nonzero number that a double reads as 0 ("1e-400") is refused: the one wording for options and cells.</summary>
    internal const string UnderflowProblem = "is too close to 0 to be held as a number (below about 4.9e-324); it would be read as 0";

    /// <summary>Whether the mantissa of <paramref name="normalized"/> (the text before an exponent) has a digit 1–9: a
    /// number so written that a double reads as 0 underflowed.</summary>
    internal static bool HasNonZeroDigit(ReadOnlySpan<char> normalized)
    {
        foreach (char c in normalized)
        {
            if (c is 'e' or 'E')
                return false;
            if (c is >= '1' and <= '9')
                return true;
        }
        return false;
    }

    private static bool IsExponent(ReadOnlySpan<char> e)
    {
        if (!e.IsEmpty && e[0] is '+' or '-')
            e = e[1..];
        if (e.IsEmpty || e.Length > 4)
            return false;
        foreach (char c in e)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    private static string Shown(ReadOnlySpan<char> text) => EchoText.Cut(text.ToString(), 20);

    private static bool Fail(string why, out string? problem)
    {
        problem = why;
        return false;
    }
}

/// <summary>Which separator a number uses for its decimals (the other, where allowed, groups thousands).</summary>
public enum NumberConvention
{
    /// <summary>Decimal point, as in C, R and Python; unambiguous Indonesian forms are accepted too (see <see cref="StrictNumber"/>).</summary>
    DecimalPoint = 0,

    /// <summary>Decimal comma and dot thousands (<c>--decimal-comma</c>): 1.234,56.</summary>
    DecimalComma = 1,
}
