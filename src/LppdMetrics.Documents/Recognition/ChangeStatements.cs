using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Changes stated in the running text with both their levels in the same sentence, as chapters I–II of an LPPD word
/// them: "naik sebesar Rp.1.988.806 …, yaitu dari sebesar Rp.35.811.655 … naik menjadi Rp.37.810.461" (from X to Y),
/// "Jumlah Pendapatan Daerah tahun 2024 sebesar Y yaitu naik sebesar A atau P% jika dibandingkan dengan pendapatan
/// tahun 2023 sebesar B" (against a base), "penurunan … sebesar 0,14% sehingga menjadi 4,77% dibandingkan tahun 2023
/// yang sebesar 4,91%". Each becomes a figure of rule <c>change.point</c> (the stated change A against Y − X) and,
/// when "atau P%" follows the change, one of rule <c>change.percent</c> ((Y − X) / X × 100), with the paragraph's
/// line as source and both levels as inputs.
/// </summary>
/// <remarks>
/// <para>The change is the amount right after a word of direction ("naik", "turun", "meningkat", "menurun",
/// "bertambah", "berkurang", "kenaikan", "penurunan", "peningkatan"; "sebesar"/"sebanyak" and a few words without
/// another amount between them allowed); the direction gives its sign (a fall is negative), so a statement of the
/// wrong direction is a mismatch. A change introduced by "rata-rata" (a mean over several years), or whose words reach
/// the amount through "menjadi", "dari", "mencapai", "hingga" or "dibandingkan", is not a change between two levels.</para>
/// <para>The levels are "dari X … menjadi Y" (exactly one such pair in the sentence), else a base "dibandingkan
/// (dengan) … sebesar/sebanyak B" (exactly one) with the level "menjadi Y" or the sentence's first amount when it comes
/// before the change. A percent change "atau P%" belongs to the change only when no other amount is printed between
/// them. A change printed with "%" between levels printed with "%" is read in points unless only the relative change
/// gives it (as <see cref="TextStatements"/> does); between levels printed without "%" it is a relative change.</para>
/// <para>No guess: a sentence with a change and a level but not both levels, with two bases, or with two sizes after
/// one word of direction ("penurunan 77 sangat signifikan …, yakni sebesar 10.680") is listed in the table note with
/// the reason; amounts printed beside another number are not read (<see cref="StatedAmounts.BesideAnother"/>), and a
/// level or a change is never looked for across a number left unread; a stated value inside the values that numbers
/// rounding to the printed levels allow (the rounding box, <see cref="TextStatements.Box"/>,
/// <see cref="PercentChanges.Undecidable"/>) is listed as not judged, never reported as a mismatch.</para>
/// </remarks>
internal static partial class ChangeStatements
{
    /// <summary>The statements' figures, and the statements left out with their reasons.</summary>
    /// <param name="content">The document.</param>
    public static (List<ReportFigure> Figures, List<string> Skipped) Recognize(DocumentContent content)
    {
        var figures = new List<ReportFigure>();
        var skipped = new List<string>();
        foreach (var block in content.Blocks)
        {
            if (block is not DocumentParagraph paragraph) continue;
            string text = PrintedCell.Plain(paragraph.Text);
            if (!DirectionWord().IsMatch(text)) continue;
            bool first = true;
            foreach (string sentence in StatedAmounts.Sentences(text))
            {
                Sentence(sentence, first, paragraph.Location, figures, skipped);
                first = false;
            }
        }
        return (figures, skipped);
    }

    private static void Sentence(string sentence, bool paragraphStart, SourceLocation location, List<ReportFigure> figures, List<string> skipped)
    {
        var amounts = StatedAmounts.Of(sentence, location);
        if (amounts.Count < 2) return;
        string key = StatedAmounts.Key(location);
        if (amounts.Count > StatedAmounts.MaxPerSentence)
        {
            if (DirectionWord().IsMatch(sentence))
                skipped.Add(string.Create(CultureInfo.InvariantCulture, $"text line {key} \"{StatedAmounts.Quote(sentence, 0, 60)}\": {amounts.Count} amounts in one sentence, more than a statement prints ({StatedAmounts.MaxPerSentence}): not read"));
            return;
        }
        for (int i = 0; i < amounts.Count; i++)
        {
            var change = amounts[i];
            string before = sentence[(i == 0 ? 0 : amounts[i - 1].End)..change.Start];
            if (ChangeLead().Match(before) is not { Success: true } lead) continue;
            if (Average().IsMatch(sentence[..((i == 0 ? 0 : amounts[i - 1].End) + lead.Index)]))
                continue; // "rata-rata meningkat sebanyak …": a mean change, not one between two levels
            int sign = Up(lead.Groups["dir"].Value) ? 1 : -1;
            // "penurunan 77 sangat signifikan …, yakni sebesar 10.680": a second size for the same direction word
            if (i + 1 < amounts.Count && SecondSize().IsMatch(sentence[change.End..amounts[i + 1].Start]))
            {
                skipped.Add($"text line {key} \"{StatedAmounts.Quote(sentence, change.Start - 60, amounts[i + 1].End)}\": two sizes ({change.Text}, {amounts[i + 1].Text}) follow one word of direction: which one is the change is not clear");
                i++;
                continue;
            }
            var levels = Levels(sentence, amounts, i, paragraphStart, out string? why);
            if (levels is not { } l)
            {
                if (why is not null) skipped.Add($"text line {key} \"{StatedAmounts.Quote(sentence, change.Start - 60, change.End + 20)}\": {why}");
                continue;
            }
            string quote = StatedAmounts.Quote(sentence, Math.Min(l.From.Start, Math.Min(l.To.Start, change.Start)) - 10, Math.Max(l.From.End, Math.Max(l.To.End, change.End)));
            string? notJudged = Change(change, sign, l.From, l.To, l.How, quote, location, key, figures);
            if (notJudged is not null) skipped.Add($"text line {key} \"{quote}\": {notJudged}");
            // "… atau P%": the relative change, when nothing else is printed between them
            if (i + 1 < amounts.Count && amounts[i + 1].IsPercent && !change.IsPercent
                && OrPercent().IsMatch(sentence[change.End..amounts[i + 1].Start]))
            {
                notJudged = Percent(amounts[i + 1], sign, l.From, l.To, l.How, quote, location, key, figures);
                if (notJudged is not null) skipped.Add($"text line {key} \"{quote}\": {notJudged}");
            }
        }
    }

    /// <summary>The two levels of the change at <paramref name="at"/>: "dari X … menjadi Y", else Y and a base B.</summary>
    private static (StatedAmounts.Amount From, StatedAmounts.Amount To, string How)? Levels(string sentence, List<StatedAmounts.Amount> amounts, int at,
        bool paragraphStart, out string? why)
    {
        why = null;
        var from = new List<int>();
        var to = new List<int>();
        var bases = new List<int>();
        for (int k = 0; k < amounts.Count; k++)
        {
            if (k == at) continue;
            string before = sentence[(k == 0 ? 0 : amounts[k - 1].End)..amounts[k].Start];
            if (FromWord().IsMatch(before)) from.Add(k);
            else if (ToWord().IsMatch(before)) to.Add(k);
            else if (BaseWord().IsMatch(before)) bases.Add(k);
        }
        // "dari X … menjadi Y": X immediately followed (no amount between) by Y
        var pairs = from.Where(k => to.Contains(k + 1)).ToList();
        if (pairs.Count == 1) return (amounts[pairs[0]], amounts[pairs[0] + 1], "dari … menjadi");
        if (pairs.Count > 1) { why = "two 'dari … menjadi' pairs in the sentence: which one the change belongs to is not said"; return null; }
        if (bases.Count > 1) { why = "two levels compared with ('dibandingkan … sebesar') in the sentence"; return null; }
        if (bases.Count == 0)
        {
            if (to.Count == 1 || from.Count == 1) why = "only one of the two levels of the change is printed in the sentence";
            return null;
        }
        int b = bases[0];
        int y = -1;
        if (to.Count == 1) y = to[0];
        else if (to.Count == 0 && at > 0 && b != 0 && (Level().IsMatch(sentence[..amounts[0].Start]) || (paragraphStart && amounts[0].Start == 0)))
        {
            // the sentence's first amount, stated as the level before the change ("tahun 2024 sebesar Y yaitu naik …");
            // every amount before the change is that level or the base
            if (Enumerable.Range(1, at - 1).All(k => k == b)) y = 0;
        }
        if (y < 0)
        {
            why = "the base is printed ('dibandingkan … sebesar') but not the level it changed to";
            return null;
        }
        return (amounts[b], amounts[y], "dibandingkan");
    }

    /// <summary>A change in points (or a relative change when the levels are not percentages and the change is), or why it is not judged.</summary>
    private static string? Change(StatedAmounts.Amount change, int sign, StatedAmounts.Amount from, StatedAmounts.Amount to, string how, string quote,
        SourceLocation location, string key, List<ReportFigure> figures)
    {
        if (change.IsPercent && !from.IsPercent && !to.IsPercent)
            return Percent(change, sign, from, to, how, quote, location, key, figures);
        decimal stated = sign * Math.Abs(change.Value);
        int d = change.Printed.Decimals;
        decimal diff = to.Value - from.Value;
        if (change.IsPercent && ReportRounding.Round(diff, d) != stated && from.Value > 0
            && ReportRounding.Round((to.Value - from.Value) / from.Value * 100m, d) == stated)
            return Percent(change, sign, from, to, how, quote, location, key, figures);
        if (TextStatements.Box(from.Printed, to.Printed, stated, false, d) is { } why) return why;
        figures.Add(Figure(key + "/change", FigureKinds.PointChange, change, stated, from, to, how, quote, location));
        return null;
    }

    private static string? Percent(StatedAmounts.Amount change, int sign, StatedAmounts.Amount from, StatedAmounts.Amount to, string how, string quote,
        SourceLocation location, string key, List<ReportFigure> figures)
    {
        decimal stated = sign * Math.Abs(change.Value);
        if (PercentChanges.Undecidable(from.Printed, to.Printed, stated, change.Printed.Decimals) is { } why) return why;
        figures.Add(Figure(key + "/change-percent", FigureKinds.PercentChange, change, stated, from, to, how, quote, location));
        return null;
    }

    private static ReportFigure Figure(string id, string rule, StatedAmounts.Amount change, decimal stated, StatedAmounts.Amount from, StatedAmounts.Amount to,
        string how, string quote, SourceLocation location) => new()
    {
        Id = "text/" + id,
        Label = $"\"{quote}\": {(rule == FigureKinds.PercentChange ? "percent change" : "change")} stated with both levels in the sentence ({how})",
        Rule = rule,
        Reported = stated,
        Printed = change.Text,
        Decimals = change.Printed.Decimals,
        Source = location.Line,
        Location = location,
        Note = stated == change.Value ? null : string.Create(CultureInfo.InvariantCulture, $"the direction is written in words: read as {stated}"),
        Inputs = [from.Printed.Input("level before (same sentence)"), to.Printed.Input("level after (same sentence)")],
    };

    private static bool Up(string word) => word.ToLowerInvariant() is "naik" or "meningkat" or "bertambah" or "kenaikan" or "peningkatan";

    [GeneratedRegex(@"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|peningkatan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionWord();

    /// <summary>A direction word, then up to 100 characters without a level's word or a number other than a year, then
    /// "sebesar"/"sebanyak" (optional): the text before a change.</summary>
    [GeneratedRegex(@"\b(?<dir>naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|peningkatan)\b(?<mid>(?:(?!\b(?:dibandingkan|menjadi|dari|mencapai|hingga|sampai|rata|sejak|selama|atau)\b)(?:[^;:\d]|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d))){0,100}?)(?:\b(?:sebesar|sebanyak)\s+(?:minus\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeLead();

    /// <summary>"rata-rata" (or "secara rata-rata") just before the direction word: a mean change.</summary>
    [GeneratedRegex(@"\brata(?:-rata|\s+rata)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Average();

    [GeneratedRegex(@"\bdari\s+(?:sebesar\s+|sebanyak\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromWord();

    [GeneratedRegex(@"\bmenjadi\s+(?:sebesar\s+|sebanyak\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToWord();

    /// <summary>"dibandingkan (dengan) … sebesar/sebanyak": the base, named within the same clause (no comma, no other subject).</summary>
    /// <remarks>The clause crosses years ("tahun 2023 sebesar"), never another number left unread ("sebesar 2031
    /// Rp.11.449.000/jiwa/tahun atau sebesar 4,5%": the base is the unread amount, not 4,5%).</remarks>
    [GeneratedRegex(@"\bdibandingkan\b(?:\s+dengan)?(?:(?!\b(?:menjadi|dari|rata|nasional|provinsi|jawa|sedangkan|dan|naik|turun|meningkat|menurun|penurunan|kenaikan|peningkatan|pertumbuhan)\b)(?:[^;:,\d]|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d))){0,60}?\b(?:sebesar|sebanyak)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BaseWord();

    [GeneratedRegex(@"\b(?:sebesar|sebanyak|sejumlah|mencapai|tercatat)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    /// <summary>The text between a change and a second size of the same change: "sebesar"/"sebanyak" at its end, no other direction word, level or base before it.</summary>
    [GeneratedRegex(@"^(?:(?!\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|peningkatan|dari|menjadi|dibandingkan|atau|dan|sedangkan|sehingga)\b)[^;:.])*\b(?:sebesar|sebanyak)\s+(?:minus\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondSize();

    [GeneratedRegex(@"^(?:[^;:\d]|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)){0,60}?\batau\s+(?:sebesar\s+|sekitar\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrPercent();
}
