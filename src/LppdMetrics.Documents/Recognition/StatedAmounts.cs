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
/// "1 2,67", "1&#xAD;0": either piece would be a wrong number) and parts of a range ("2021-2022") are not amounts.
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
            var printed = PrintedCell.Of(new DocumentCell(text, location));
            if (printed.Value is null) continue;
            found.Add(new Amount(m.Index, m.Index + m.Length, printed, currency));
        }
        return found;
    }

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

    [GeneratedRegex(@"(?<=[^\d\s][.])\s+(?=[A-Z])(?<!\bRp[.]\s+)|(?<=\d[.])\s+(?=[A-Z][a-z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:#+\s*)?(?:BAB\s+[IVX]+\b|[a-z]\.\s+\p{Lu}|\d+(?:\.\d+)+\.?\s+\p{Lu}|[IVX]+\.\s+\p{Lu})")]
    private static partial Regex Heading();
}
