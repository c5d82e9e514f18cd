using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// The amounts printed in a sentence of the running text ("1.263.650", "Rp.146.055.548.558,63", "0,81%", "-0,94%"),
/// read as printed cells, for the statements that carry their own numbers (<see cref="ChangeStatements"/>,
/// <see cref="ShareStatements"/>). Years (1900–2100 printed without separators), numbers glued to a letter ("P1",
/// "S-3", "1.010e+04", "1O"), numbers that a space or an invisible character may have cut ("1.263. 650",
/// "1 2,67", "1&#xAD;0": either piece would be a wrong number), parts of a range ("2021-2022") and numbers printed
/// beside another number (<see cref="BesideAnother"/>: "sebesar 7,77% 0,53", "naik 77 sebesar 0,41") are not amounts.
/// </summary>
internal static partial class StatedAmounts
{
    /// <summary>One amount: where it stands in the sentence and its value as printed.</summary>
    internal readonly record struct Amount(int Start, int End, PrintedCell Printed, bool Currency)
    {
        /// <summary>The value (never null: only numbers are amounts).</summary>
        public decimal Value => Printed.Value!.Value;

        /// <summary>True when a "%" or "persen" follows the number.</summary>
        public bool IsPercent => Printed.IsPercent;

        /// <summary>The amount as printed ("Rp.521.000", "0,81%").</summary>
        public string Text => Printed.Text;
    }

    /// <summary>
    /// The most amounts (or shares) a sentence may print to be read as a statement; a longer run of numbers is a list
    /// or a table flattened into text, and reading it would cost time that grows with the square of its length.
    /// </summary>
    public const int MaxPerSentence = 40;

    /// <summary>The amounts of <paramref name="sentence"/>, in order, each located at <paramref name="location"/>.</summary>
    public static List<Amount> Of(string sentence, SourceLocation location)
    {
        var found = new List<Amount>();
        foreach (Match m in Number().Matches(sentence))
        {
            string n = m.Groups["n"].Value;
            bool currency = m.Groups["rp"].Success;
            bool percent = m.Groups["pct"].Success;
            if (!currency && !percent && n.Length == 4 && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100)
                continue; // a year
            string text = (currency ? "Rp." : "") + n + (percent ? "%" : "");
            if (BesideAnother(sentence, m.Groups["n"].Index, m.Index + m.Length)) continue;
            var printed = SeparatorConvention.TextNumber(text, sentence, location);
            if (printed.Value is null) continue;
            found.Add(new Amount(m.Index, m.Index + m.Length, printed, currency));
        }
        return found;
    }

    /// <summary>
    /// True when the number printed in <paramref name="text"/> from <paramref name="start"/> (its first digit or minus
    /// sign) to <paramref name="end"/> (after its "%", if any) stands beside another number, so that which of the two a
    /// statement prints cannot be told: nothing but spaces, a "%" and a closing parenthesis between them ("7,77%
    /// 0,53", "7) 0,41", "2031 Rp.11.449.000"), or one or two words that give neither number a role of its own
    /// ("77 orang 75,32", "77 sebesar 0,41", "7,77% kinerja sebesar 108,11%"); a year (1900–2100 without separators)
    /// is set aside in the second case ("tahun 2023 sebesar 4,91%"). A number in parentheses after another is its
    /// annotation ("Rp.2.929.868.258,00 (97,66%)", "3.859 orang (65,85%)"), unless another number in parentheses
    /// follows it ("3.859 orang (7,77%) (65,85%)": which one annotates cannot be told), and words such as "dari", "menjadi",
    /// "atau", "dan", "target" give each number its role ("dari 64,62 menjadi 65,10"): neither is beside.
    /// </summary>
    /// <remarks>An extra number inserted into a statement (a footnote mark, a year, a count) would otherwise take the
    /// place of the statement's own number and be checked against its computed value; both are left unread instead.</remarks>
    /// <param name="text">The sentence.</param>
    /// <param name="start">Where the number starts.</param>
    /// <param name="end">Where the number ends, after its percent sign.</param>
    public static bool BesideAnother(string text, int start, int end)
    {
        // Two numbers in parentheses one after the other ("3.859 orang (7,77%) (65,85%)"): which one annotates the
        // number before them cannot be told.
        if (ParenthesisedNext().IsMatch(text, end) || ParenthesisedPrevious().IsMatch(text[Math.Max(0, start - 40)..start]))
            return true;
        if (NextNumber().Match(text, end) is { Success: true } next
            && (next.Groups["words"].Length == 0 || !IsYear(next.Groups["n"].Value, next.Groups["pct"].Success) && NoRole(next.Groups["words"].Value)))
            return true;
        int from = Math.Max(0, start - 80);
        return PreviousNumber().Match(text[from..start]) is { Success: true } previous
            && (previous.Groups["words"].Length == 0 || !IsYear(previous.Groups["n"].Value, previous.Groups["pct"].Success) && NoRole(previous.Groups["words"].Value));
    }

    private static bool IsYear(string number, bool percent) =>
        !percent && number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100;

    private static bool NoRole(string words)
    {
        foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (RoleWords.Contains(word))
                return false;
        return true;
    }

    /// <summary>Words that give the number after them a role of its own: a level, a base, a target, a region, another statement.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dari", "daripada", "menjadi", "atau", "dan", "serta", "hingga", "sampai", "ke", "dengan", "yaitu", "yakni", "dibandingkan",
        "terhadap", "pada", "di", "target", "melebihi", "mencapai", "naik", "turun", "meningkat", "menurun", "bertambah",
        "berkurang", "kenaikan", "penurunan", "peningkatan", "lebih", "kurang", "capaian", "realisasi", "direalisasi",
        "terealisasi", "sedangkan", "sehingga", "tercatat", "provinsi", "nasional",
    };

    /// <summary>The sentences of a paragraph (a full stop before a capital letter ends one; "Rp." and decimals do not).</summary>
    public static string[] Sentences(string paragraph) => SentenceBreak().Split(paragraph);

    /// <summary>
    /// True when <paramref name="paragraph"/> is a heading ("### 2.1.3. Angka …", "f. Realisasi Anggaran …", "BAB II",
    /// "2.2.1 Capaian …"): a statement looks for its total no further than the heading before it and the table after it.
    /// </summary>
    public static bool IsHeading(string paragraph) => paragraph.Length <= 160 && Heading().IsMatch(paragraph);

    /// <summary>The key of a paragraph in figure ids: its line, or "p" and its page.</summary>
    public static string Key(SourceLocation location) =>
        location.Line?.ToString(CultureInfo.InvariantCulture) ?? "p" + (location.Page ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <summary>A sentence shortened around <paramref name="end"/> for a table note.</summary>
    public static string Quote(string sentence, int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(sentence.Length, end);
        return (start > 0 ? "…" : "") + sentence[start..end].Trim() + (end < sentence.Length ? "…" : "");
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}\p{Cf}.,/+-])(?<!\p{N}[.,]?\s)(?:(?<rp>Rp\.?\s*))?(?<n>-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)(?![\p{N}\p{L}\p{Cf}]|[.,]\s?\p{N}|-\p{N}|\s[.,]?\s?\p{N})(?<pct>\s*(?:%|persen\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    /// <summary>The number after another (<see cref="BesideAnother"/>), matched at the first one's end.</summary>
    [GeneratedRegex(@"\G\s*\)?(?:\s*%)?\s*\)?(?<words>(?:\s+\p{L}+){0,2})\s*(?:Rp\.?\s*)?-?(?<n>\d(?:[\d.,]*\d)?)(?![\p{L}])(?<pct>\s*%)?", RegexOptions.IgnoreCase)]
    private static partial Regex NextNumber();

    /// <summary>After a number closed by a parenthesis, another number opened by one (<see cref="BesideAnother"/>).</summary>
    [GeneratedRegex(@"\G\s*(?:%|persen\b)?\s*\)\s*\(\s*(?:Rp\.?\s*)?-?\d", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedNext();

    /// <summary>Before a number opened by a parenthesis, another number closed by one (<see cref="BesideAnother"/>).</summary>
    [GeneratedRegex(@"\d\s*(?:%|persen)?\s*\)\s*\(\s*(?:Rp\.?\s*)?-?$", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedPrevious();

    /// <summary>The number before another (<see cref="BesideAnother"/>), matched up to the second one's start.</summary>
    [GeneratedRegex(@"(?:(?<=\bRp\.?\s*)|(?<![\p{L}\p{N}\p{Cf}.,/+-]))(?<n>\d(?:[\d.,]*\d)?)(?<pct>\s*%)?\s*\)?(?<words>(?:\s+\p{L}+){0,2})\s*(?:Rp\.?\s*)?-?$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousNumber();

    [GeneratedRegex(@"(?<=[^\d\s][.])\s+(?=[A-Z])(?<!\bRp[.]\s+)|(?<=\d[.])\s+(?=[A-Z][a-z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:#+\s*)?(?:BAB\s+[IVX]+\b|[a-z]\.\s+\p{Lu}|\d+(?:\.\d+)+\.?\s+\p{Lu}|[IVX]+\.\s+\p{Lu})")]
    private static partial Regex Heading();
}
