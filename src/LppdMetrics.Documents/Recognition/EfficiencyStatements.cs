using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Efficiency stated in the running text, as §2.2.3 of an LPPD writes it after each budget table: "… capaian
/// realisasi kinerja diperoleh sebesar X%, sedangkan realisasi anggaran diperoleh sebesar Y%. Oleh karena itu
/// efisiensi … dengan nilai efisiensi sebesar Z." → an efficiency figure Z with inputs X and Y, all printed in the
/// same paragraph (rule <c>efficiency</c>: capaian / realisasi anggaran).
/// </summary>
internal static partial class EfficiencyStatements
{
    /// <summary>The id of the group the statements' figures go to.</summary>
    public const string TableId = "text";

    /// <summary>The efficiency figures stated in the paragraphs of <paramref name="content"/>.</summary>
    public static List<ReportFigure> Recognize(DocumentContent content)
    {
        var figures = new List<ReportFigure>();
        foreach (var paragraph in content.Blocks.OfType<DocumentParagraph>())
        {
            string text = PrintedCell.Plain(paragraph.Text);
            var match = Statement().Match(text);
            if (!match.Success) continue;
            // "sebesar 7,77% 97,35%", "sebesar 77 1,03": another number beside one of the three, which is the statement's is not clear
            if (new[] { "x", "y", "z" }.Any(g => StatedAmounts.BesideAnother(text, match.Groups[g].Index, match.Groups[g].Index + match.Groups[g].Length))) continue;
            var location = paragraph.Location;
            string key = location.Line?.ToString(CultureInfo.InvariantCulture) ?? "p" + (location.Page ?? 0).ToString(CultureInfo.InvariantCulture);
            var achievement = Cell(match.Groups["x"].Value, text, location);
            var budget = Cell(match.Groups["y"].Value, text, location);
            var efficiency = Cell(match.Groups["z"].Value, text, location);
            figures.Add(new ReportFigure
            {
                Id = TableId + "/" + key + "/efisiensi",
                Label = "Nilai efisiensi stated in the text = capaian kinerja / realisasi anggaran",
                Rule = FigureKinds.Efficiency,
                Reported = efficiency.Value,
                Printed = efficiency.Text,
                Decimals = efficiency.Value is null ? 0 : efficiency.Decimals,
                Source = location.Line,
                Location = location,
                Inputs = [achievement.Input("capaian kinerja"), budget.Input("realisasi anggaran")],
            });
        }
        return figures;
    }

    private static PrintedCell Cell(string text, string paragraph, SourceLocation location) => SeparatorConvention.TextNumber(text.Trim(), paragraph, location);

    [GeneratedRegex(@"capaian[^%]{0,120}?sebesar\s+(?<x>-?[\d.,]+\s*%)[^%]{0,80}?realisasi anggaran[^%]{0,60}?sebesar\s+(?<y>-?[\d.,]+\s*%).{0,300}?nilai efisiensi\s+sebesar\s+(?<z>-?\d+(?:,\d+)?)(?![.,]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}
