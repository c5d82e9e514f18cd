using System.Globalization;

namespace LppdMetrics.Numbers;

/// <summary>
/// The parsing core behind <see cref="IndonesianNumber"/>. It never throws: it returns the number or the reason it
/// cannot read the text, which the public methods turn into a <see cref="FormatException"/> quoting the text.
/// </summary>
internal static class IndonesianNumberParser
{
    /// <summary>The most significant digits accepted; a <see cref="decimal"/> holds 28 exactly.</summary>
    private const int MaxDigits = 28;

    /// <summary>The longest digit run (digits and separators) read; longer runs are rejected before any work.</summary>
    private const int MaxRunLength = 64;

    private static readonly string[] MissingMarkers =
        ["nihil", "n/a", "n.a", "n.a.", "na", "tidakadadata", "tidakada", "-", "--", "–", "—", "−"];

    // Scale words in the order of ReportNumber's scale index (1 → 10^3 … 4 → 10^12).
    private static readonly string[][] ScaleWords =
        [[], ["ribu"], ["juta"], ["miliar", "milyar", "milliar"], ["triliun", "trilyun"]];

    private static readonly string[] RangeWords = ["s.d.", "s.d", "s/d", "sd", "sampai", "hingga"];

    /// <summary>Parses one cell. Returns null and sets <paramref name="error"/> (without the quoted text) on failure.</summary>
    public static ReportNumber? Parse(string text, NumberParseOptions options, out string? error) =>
        ParseClean(text, NumberTextCleaner.Clean(text), options, out error);

    /// <summary>Parses text already passed through <see cref="NumberTextCleaner.Clean"/>; <paramref name="text"/> is kept as <see cref="ReportNumber.Text"/>.</summary>
    public static ReportNumber? ParseClean(string text, string s, NumberParseOptions options, out string? error)
    {
        error = null;
        if (s.Length == 0)
        {
            if (options.EmptyIsMissing)
                return ReportNumber.Missing(text);
            error = "it is empty (a missing value is printed as NIHIL, n/a, n.a, Tidak ada data or -)";
            return null;
        }
        if (IsMissingMarker(s))
            return ReportNumber.Missing(text);

        int pos = 0;
        var qualifier = NumberQualifier.None;
        bool paren = false, rupiah = false, percent = false;
        int sign = 0; // 0 none, 1 plus, -1 minus

        // Prefix: qualifier, "(", sign and "Rp"/"Rp." in any order, each at most once.
        while (true)
        {
            SkipSpaces(s, ref pos);
            if (pos >= s.Length)
                break;
            char c = s[pos];
            if (qualifier == NumberQualifier.None && QualifierOf(c) is var q && q != NumberQualifier.None)
            {
                qualifier = q;
                pos++;
            }
            else if (!paren && sign == 0 && c == '(')
            {
                paren = true;
                pos++;
            }
            else if (sign == 0 && c is '-' or '−' or '–' or '+')
            {
                sign = c == '+' ? 1 : -1;
                pos++;
            }
            else if (!rupiah && IsRupiahPrefix(s, pos, out int after))
            {
                rupiah = true;
                pos = after;
            }
            else
            {
                break;
            }
        }

        if (pos >= s.Length || !char.IsAsciiDigit(s[pos]))
        {
            error = pos < s.Length && s[pos] is '.' or ','
                ? "it starts with a separator (a number split across rows must be joined before parsing)"
                : s.AsSpan().IndexOfAnyInRange('0', '9') < 0
                    ? "it contains no digits"
                    : Invariant($"unexpected \"{s[pos..]}\" where the number should start");
            return null;
        }

        // The digit run: digits, '.', ',' and spaces that are followed by more of them (PDF wraps: "2.090.349 .863.831, 55").
        // spaceBefore[i] marks a space removed before run[i]: JoinProblem checks each such join.
        Span<char> run = stackalloc char[MaxRunLength + 1];
        Span<bool> spaceBefore = stackalloc bool[MaxRunLength + 2]; // a space may follow a full run
        spaceBefore.Clear();
        int length = 0;
        while (pos < s.Length)
        {
            char c = s[pos];
            if (char.IsAsciiDigit(c) || c is '.' or ',')
            {
                if (length == run.Length)
                {
                    error = Invariant($"its number is longer than {MaxRunLength} digits and separators, more than a decimal holds exactly");
                    return null;
                }
                run[length++] = c;
                pos++;
            }
            else if (c == ' ')
            {
                int next = pos;
                SkipSpaces(s, ref next);
                if (next < s.Length && (char.IsAsciiDigit(s[next]) || s[next] is '.' or ','))
                {
                    spaceBefore[length] = true;
                    pos = next;
                }
                else
                    break;
            }
            else
            {
                break;
            }
        }
        // "1.000,-": the rupiah convention for "no sen".
        if (length > 1 && run[length - 1] == ',' && pos < s.Length && s[pos] == '-' && (pos + 1 == s.Length || !char.IsAsciiDigit(s[pos + 1])))
        {
            length--;
            pos++;
        }

        bool read = TryReadDigits(run[..length], options.AmbiguousSeparator, out decimal magnitude, out int decimals, out int decimalAt, out error);
        if (JoinProblem(run[..length], spaceBefore, options.AmbiguousSeparator, decimalAt, error) is string problem)
        {
            error = problem;
            return null;
        }
        if (!read)
            return null;

        // Suffix: "%", the closing parenthesis, a scale word, a unit, an annotation.
        SkipSpaces(s, ref pos);
        if (pos < s.Length && s[pos] == '%')
        {
            percent = true;
            pos++;
            SkipSpaces(s, ref pos);
        }
        if (paren)
        {
            if (pos >= s.Length || s[pos] != ')')
            {
                error = "its opening parenthesis is not closed after the number";
                return null;
            }
            pos++;
            SkipSpaces(s, ref pos);
            if (!percent && pos < s.Length && s[pos] == '%')
            {
                percent = true;
                pos++;
                SkipSpaces(s, ref pos);
            }
        }

        int scaleIndex = 0;
        if (pos < s.Length && ScaleWordAt(s, pos, out int scaleEnd) is int found and > 0)
        {
            scaleIndex = found;
            pos = scaleEnd;
            SkipSpaces(s, ref pos);
        }

        string? unit = null, annotation = null;
        if (pos < s.Length && s[pos] == '/' && pos + 1 < s.Length && s[pos + 1] == ' ')
        {
            annotation = s[(pos + 1)..].Trim();
            if (annotation.Length == 0 || annotation.AsSpan().IndexOfAny('(', ')') >= 0)
            {
                error = Invariant($"unexpected \"{s[pos..]}\" after the number");
                return null;
            }
            pos = s.Length;
        }
        else if (pos < s.Length && ScaleWordAt(s, pos, out _) is not null)
        {
            error = Invariant($"unexpected \"{s[pos..]}\" after the number (one scale word at most)");
            return null;
        }
        else if (pos < s.Length && (char.IsLetter(s[pos]) || s[pos] == '/'))
        {
            int end = s.IndexOf('(', pos);
            if (end < 0)
                end = s.Length;
            unit = s[pos..end].Trim();
            if (!IsUnitText(unit))
            {
                error = Invariant($"unexpected \"{s[pos..]}\" after the number");
                return null;
            }
            pos = end;
            if (unit.Equals("rupiah", StringComparison.OrdinalIgnoreCase))
            {
                rupiah = true;
                unit = null;
            }
            else if (unit.Equals("persen", StringComparison.OrdinalIgnoreCase) && !percent)
            {
                percent = true;
                unit = null;
            }
        }
        if (annotation is null && pos < s.Length && s[pos] == '(')
        {
            int close = s.IndexOf(')', pos + 1);
            if (close < 0 || s.IndexOf('(', pos + 1, close - pos - 1) >= 0)
            {
                error = "its parenthesis after the number is not closed";
                return null;
            }
            annotation = s[(pos + 1)..close].Trim();
            if (annotation.Length == 0)
            {
                error = "it has empty parentheses after the number";
                return null;
            }
            pos = close + 1;
            SkipSpaces(s, ref pos);
        }
        if (pos < s.Length)
        {
            error = TrailingProblem(s, pos);
            return null;
        }

        if (scaleIndex > 0 && magnitude > decimal.MaxValue / ScaleFactor(scaleIndex))
        {
            error = "the value times its scale word is too large for a decimal";
            return null;
        }
        decimal value = sign < 0 || (paren && sign == 0) ? -magnitude : magnitude;
        if (value == 0m)
            value = magnitude; // no negative zero
        return new ReportNumber(text, value, decimals, percent, qualifier, annotation, unit, scaleIndex, rupiah);
    }

    /// <summary>
    /// Reads the digits of a number: "1.263.650", "4.036.353.981,9133", "0.330", "10,654". The separators are
    /// decided as docs/methods.md#numbers describes: with both a dot and a comma the last one is the decimal
    /// separator; several of one kind are thousands separators; a single one is decimal unless it could be a
    /// thousands separator, in which case <paramref name="mode"/> decides. Grouping must be valid: every group after
    /// the first has exactly three digits ("156.377.147.64,26" is rejected).
    /// </summary>
    internal static bool TryReadDigits(ReadOnlySpan<char> run, AmbiguousSeparator mode, out decimal magnitude, out int decimals, out string? error) =>
        TryReadDigits(run, mode, out magnitude, out decimals, out _, out error);

    /// <summary>As <see cref="TryReadDigits(ReadOnlySpan{char}, AmbiguousSeparator, out decimal, out int, out string?)"/>;
    /// <paramref name="decimalAt"/> is the index of the decimal separator in <paramref name="run"/>, -1 when there is
    /// none (every other '.' or ',' is a thousands separator).</summary>
    private static bool TryReadDigits(ReadOnlySpan<char> run, AmbiguousSeparator mode, out decimal magnitude, out int decimals, out int decimalAt, out string? error)
    {
        magnitude = 0m;
        decimals = 0;
        decimalAt = -1;
        error = null;
        int dots = run.Count('.'), commas = run.Count(',');
        char decimalSeparator = '\0', groupSeparator = '\0';
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = run.LastIndexOf('.') > run.LastIndexOf(',') ? '.' : ',';
            groupSeparator = decimalSeparator == '.' ? ',' : '.';
            if ((decimalSeparator == '.' ? dots : commas) > 1)
            {
                error = Invariant($"\"{run.ToString()}\" mixes dots and commas so that neither can be the decimal separator");
                return false;
            }
        }
        else if (dots + commas > 1)
        {
            groupSeparator = dots > 0 ? '.' : ',';
        }
        else if (dots + commas == 1)
        {
            char separator = dots > 0 ? '.' : ',';
            if (!IsAmbiguous(run))
            {
                decimalSeparator = separator;
            }
            else
            {
                switch (mode)
                {
                    case AmbiguousSeparator.Thousands:
                        groupSeparator = separator;
                        break;
                    case AmbiguousSeparator.Decimal:
                        decimalSeparator = separator;
                        break;
                    case AmbiguousSeparator.Reject:
                        error = Invariant($"\"{run.ToString()}\" is ambiguous: the '{separator}' may separate thousands or decimals (choose with NumberParseOptions.AmbiguousSeparator)");
                        return false;
                    default:
                        if (separator == '.')
                            groupSeparator = separator;
                        else
                            decimalSeparator = separator;
                        break;
                }
            }
        }

        ReadOnlySpan<char> integer = run, fraction = [];
        if (decimalSeparator != '\0')
        {
            int at = run.LastIndexOf(decimalSeparator);
            decimalAt = at;
            integer = run[..at];
            fraction = run[(at + 1)..];
            if (fraction.Length == 0)
            {
                error = Invariant($"\"{run.ToString()}\" ends with its decimal separator");
                return false;
            }
        }
        if (groupSeparator != '\0' && !ValidGrouping(integer, groupSeparator))
        {
            error = Invariant($"\"{run.ToString()}\" has malformed digit grouping (every group after the first must have exactly 3 digits)");
            return false;
        }

        Span<char> digits = stackalloc char[MaxRunLength + 2];
        int n = 0;
        foreach (char c in integer)
            if (c != groupSeparator)
                digits[n++] = c;
        int significant = digits[..n].TrimStart('0').Length + fraction.Length;
        // 28 significant digits are always exact; a 29-digit integer is exact when it fits (up to 79.228.162.514.264.337.593.543.950.335).
        if (significant > MaxDigits && !(significant == MaxDigits + 1 && fraction.Length == 0))
        {
            error = Invariant($"\"{run.ToString()}\" has more than {MaxDigits} digits, more than a decimal holds exactly");
            return false;
        }
        if (fraction.Length > 0)
        {
            digits[n++] = '.';
            fraction.CopyTo(digits[n..]);
            n += fraction.Length;
        }
        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out magnitude))
        {
            error = Invariant($"\"{run.ToString()}\" is too large for a decimal");
            return false;
        }
        decimals = fraction.Length;
        return true;
    }

    /// <summary>
    /// True when <paramref name="run"/> has a single separator that may be a thousands or a decimal separator: one to
    /// three digits not starting with 0 before it, exactly three after it ("3.922", "10,654"); the
    /// <see cref="AmbiguousSeparator"/> option decides.
    /// </summary>
    private static bool IsAmbiguous(ReadOnlySpan<char> run)
    {
        int at = run.IndexOfAny('.', ',');
        return at >= 0 && run.LastIndexOfAny('.', ',') == at && run.Length - at - 1 == 3 && at is >= 1 and <= 3 && run[0] != '0';
    }

    /// <summary>
    /// Decides whether the spaces inside a digit run join one number broken by a PDF or a page ("2.090.349 .863.831, 55",
    /// "12.138.01 0.739", "1,0 8") or may separate two numbers printed side by side ("1.234 567"). At each removed space
    /// the run before it and the run after it are read alone. When either does not read as a number (it starts or ends
    /// with a separator, or its grouping is malformed: "12.138.01"), only a break of one number is possible and the
    /// space is joined. When both read as numbers, the space is joined only if the whole number reads every separator
    /// of both pieces the same way, except that a dot which cannot separate thousands in its piece ("1.26", "04.918":
    /// the break cut its group) may become a thousands separator ("1.26 3.650" → 1.263.650, "3 04.918" → 304.918).
    /// So a separator that separates thousands in its piece never becomes the decimal separator ("1.234 567",
    /// "123 4.567"), a decimal comma never becomes a thousands separator ("1,23 0,567"), nor does a lone separator that
    /// the option made a decimal one ("1,23 4,567"; under <see cref="AmbiguousSeparator.Reject"/> an ambiguous piece
    /// refuses the join), and two numbers whose joined run does not read ("12.345 678,9": malformed grouping) are
    /// refused with this reason first. What no rule can tell apart is read as one number, as the reports mean it:
    /// digits broken where no separator is near ("19148676 4", "2 1.530", "10 0,00%") and a decimal fraction followed
    /// by digits ("1,0 8", "75,12 3").
    /// </summary>
    /// <param name="run">The digit run without its spaces.</param>
    /// <param name="spaceBefore">True at each index of <paramref name="run"/> that followed a removed space.</param>
    /// <param name="mode">The option for a lone ambiguous separator.</param>
    /// <param name="decimalAt">The decimal separator's index in the whole run (-1: none).</param>
    /// <param name="wholeError">Why the whole run does not read as a number; null when it does.</param>
    /// <returns>Null when every space joins (or the run has none); otherwise the reason, without the quoted text.</returns>
    private static string? JoinProblem(ReadOnlySpan<char> run, ReadOnlySpan<bool> spaceBefore, AmbiguousSeparator mode, int decimalAt, string? wholeError)
    {
        for (int split = 1; split < run.Length; split++)
        {
            if (!spaceBefore[split])
                continue;
            ReadOnlySpan<char> before = run[..split], after = run[split..];
            if (!ReadsAlone(before, mode, out int beforeDecimalAt) || !ReadsAlone(after, mode, out int afterDecimalAt))
                continue;
            string? change = wholeError
                ?? SeparatorChange(before, 0, beforeDecimalAt, decimalAt, mode) ?? SeparatorChange(after, split, afterDecimalAt, decimalAt, mode);
            if (change is not null)
                return Invariant($"\"{before.ToString()}\" and \"{after.ToString()}\" may be two numbers side by side: read as one number across the space, {change}");
        }
        return null;
    }

    // A piece of a digit run that reads alone as a number: it starts and ends with a digit and its separators are valid.
    // An ambiguous piece is read with the option (under Reject, as Indonesian: SeparatorChange refuses any use of it).
    private static bool ReadsAlone(ReadOnlySpan<char> piece, AmbiguousSeparator mode, out int decimalAt)
    {
        decimalAt = -1;
        return char.IsAsciiDigit(piece[0]) && char.IsAsciiDigit(piece[^1])
            && TryReadDigits(piece, mode == AmbiguousSeparator.Reject ? AmbiguousSeparator.Indonesian : mode, out _, out _, out decimalAt, out _);
    }

    // How the whole run (decimal separator at wholeDecimalAt) would misread a separator of a piece that starts at offset; null if none.
    private static string? SeparatorChange(ReadOnlySpan<char> piece, int offset, int pieceDecimalAt, int wholeDecimalAt, AmbiguousSeparator mode)
    {
        bool ambiguous = IsAmbiguous(piece);
        for (int i = 0; i < piece.Length; i++)
        {
            if (piece[i] is not ('.' or ','))
                continue;
            bool wasDecimal = i == pieceDecimalAt, isDecimal = offset + i == wholeDecimalAt;
            if (ambiguous && mode == AmbiguousSeparator.Reject)
                return Invariant($"the '{piece[i]}' of \"{piece.ToString()}\", alone a thousands or a decimal separator, would be read as a {(isDecimal ? "decimal" : "thousands")} separator");
            if (isDecimal && !wasDecimal)
                return Invariant($"the '{piece[i]}' of \"{piece.ToString()}\" would turn from a thousands into a decimal separator");
            if (!isDecimal && wasDecimal && (ambiguous || piece[i] != '.'))
                return Invariant($"the '{piece[i]}' of \"{piece.ToString()}\" would turn from a decimal into a thousands separator");
        }
        return null;
    }

    // A unit is letters, digits, '/', '.', spaces and ²/³, with at least one letter: "Menit", "jiwa/km2", "/jiwa/tahun".
    private static bool IsUnitText(string unit)
    {
        bool letter = false;
        foreach (char c in unit)
        {
            if (char.IsLetter(c))
                letter = true;
            else if (!(char.IsAsciiDigit(c) || c is '/' or '.' or ' ' or '²' or '³'))
                return false;
        }
        return letter;
    }

    private static bool ValidGrouping(ReadOnlySpan<char> integer, char separator)
    {
        int first = integer.IndexOf(separator);
        if (first is < 1 or > 3 || integer[0] == '0')
            return false;
        ReadOnlySpan<char> rest = integer[(first + 1)..];
        while (true)
        {
            int next = rest.IndexOf(separator);
            int length = next < 0 ? rest.Length : next;
            if (length != 3)
                return false;
            if (next < 0)
                return true;
            rest = rest[(next + 1)..];
        }
    }

    private static bool IsMissingMarker(string s)
    {
        Span<char> key = stackalloc char[Math.Min(s.Length, 32)];
        int n = 0;
        foreach (char c in s)
        {
            if (c == ' ')
                continue;
            if (n == key.Length)
                return false;
            key[n++] = char.ToLowerInvariant(c);
        }
        foreach (string marker in MissingMarkers)
            if (key[..n].SequenceEqual(marker))
                return true;
        return false;
    }

    private static NumberQualifier QualifierOf(char c) => c switch
    {
        '±' => NumberQualifier.Approximately,
        '<' => NumberQualifier.LessThan,
        '≤' => NumberQualifier.LessThanOrEqual,
        '>' => NumberQualifier.GreaterThan,
        '≥' => NumberQualifier.GreaterThanOrEqual,
        _ => NumberQualifier.None,
    };

    // "Rp", "Rp.", "RP." followed by a space, a digit, a sign or "(".
    private static bool IsRupiahPrefix(string s, int pos, out int after)
    {
        after = pos;
        if (pos + 1 >= s.Length || char.ToLowerInvariant(s[pos]) != 'r' || char.ToLowerInvariant(s[pos + 1]) != 'p')
            return false;
        int i = pos + 2;
        if (i < s.Length && s[i] == '.')
            i++;
        if (i < s.Length && char.IsLetter(s[i]))
            return false;
        after = i;
        return true;
    }

    private static int? ScaleWordAt(string s, int pos, out int end)
    {
        for (int index = 1; index < ScaleWords.Length; index++)
        {
            foreach (string word in ScaleWords[index])
            {
                end = pos + word.Length;
                if (s.AsSpan(pos).StartsWith(word, StringComparison.OrdinalIgnoreCase) && (end == s.Length || !char.IsLetter(s[end])))
                    return index;
            }
        }
        end = pos;
        return null;
    }

    internal static decimal ScaleFactor(int scaleIndex) => scaleIndex switch
    {
        1 => 1_000m,
        2 => 1_000_000m,
        3 => 1_000_000_000m,
        4 => 1_000_000_000_000m,
        _ => 1m,
    };

    private static string TrailingProblem(string s, int pos)
    {
        ReadOnlySpan<char> rest = s.AsSpan(pos);
        if ((rest[0] is '-' or '–' or '—' or '−' || StartsWithRangeWord(rest)) && rest.IndexOfAnyInRange('0', '9') >= 0)
            return "it is a range (read it with IndonesianNumber.ParseRange)";
        if (rest[0] == ':')
            return "it is a ratio (read it with IndonesianNumber.ParseRatio)";
        if (QualifierOf(rest[0]) != NumberQualifier.None || rest[0] == '=')
            return "it is a comparison, not a single value";
        return Invariant($"unexpected \"{s[pos..]}\" after the number");
    }

    internal static bool StartsWithRangeWord(ReadOnlySpan<char> rest)
    {
        foreach (string word in RangeWords)
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
                return true;
        return false;
    }

    internal static void SkipSpaces(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
            pos++;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
