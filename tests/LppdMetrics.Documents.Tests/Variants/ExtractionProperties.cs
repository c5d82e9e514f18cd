using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>Properties of the extraction: rendering round trip, PDF-style number breaks, one misprint one mismatch.</summary>
public class ExtractionProperties
{
    private static List<(string Rule, int? Line, decimal? Reported, string Inputs)> Figures(LppdReport report) =>
        report.Tables.SelectMany(t => t.Figures)
            .Select(f => (f.Rule, f.Source, f.Reported, string.Join(";", f.Inputs.Select(i => i.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"))))
            .ToList();

    [Property(MaxTest = 100)]
    public Property A_rendered_report_extracts_to_the_figures_it_prints() =>
        Prop.ForAll(GeneratedReport.Arbitrary, report =>
        {
            var (text, expected) = TextRenderer.Render(report);
            var extracted = ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "generated.txt"));
            var found = extracted.Report.Tables.SelectMany(t => t.Figures).ToList();
            bool all = expected.All(e => found.Any(f => f.Rule == e.Rule && f.Source == e.Line && f.Reported == e.Reported
                                                        && f.Inputs.Select(i => i.Value).SequenceEqual(e.Inputs.Select(v => (decimal?)v))));
            return all && found.Count == expected.Count && extracted.Report.Year == report.Year
                   && extracted.Report.Region == report.FullRegion;
        });

    /// <summary>Where to break numbers: (row, cell, position) picks, each taken modulo what the document has.</summary>
    private static Arbitrary<int[][]> Breaks => Arb.From(
        Gen.Choose(0, 10_000).ArrayOf(3).ArrayOf(),
        breaks => Enumerable.Range(0, breaks.Length).Select(i => breaks.Where((_, k) => k != i).ToArray()));

    [Property(MaxTest = 100)]
    public Property Breaking_numbers_as_PDF_conversion_does_changes_no_figure() =>
        Prop.ForAll(Breaks, breaks =>
        {
            string text = File.ReadAllText(TestDataPath.Of("reports", "mini-lppd.txt"));
            var lines = text.Split('\n');
            var rows = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains('\t', StringComparison.Ordinal)).ToList();
            foreach (var b in breaks)
            {
                int row = rows[b[0] % rows.Count];
                var cells = lines[row].Split('\t');
                int c = b[1] % cells.Length;
                cells[c] = ReportVariant.Break(cells[c], new Random(b[2]));
                lines[row] = string.Join('\t', cells);
            }
            var before = Figures(ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "a.txt")).Report);
            var after = Figures(ReportRecognizer.Recognize(TextDocumentReader.ReadText(string.Join('\n', lines), "a.txt")).Report);
            return before.SequenceEqual(after);
        });

    private static readonly Lazy<HashSet<int?>> SeedMismatches = new(() =>
        ReportAudit.Run(Recognition.SeedAcceptanceTests.Seed.Value.Result.Report).Findings
            .Where(f => f.Status == FindingStatus.Mismatch).Select(f => f.Source).ToHashSet());

    [Property(MaxTest = 12)]
    public Property Corrupting_one_printed_figure_yields_one_new_mismatch_and_others_only_at_statements_quoting_it() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, VariantAcceptanceTests.Free.Value.Count - 1), i => i > 0 ? [0, i / 2, i - 1] : []), pick =>
        {
            var figure = VariantAcceptanceTests.Free.Value[pick];
            var variant = ReportVariant.Of(VariantAcceptanceTests.SeedText.Value);
            if (!variant.Misprint(figure.Source!.Value, figure.Printed!)) return true.Label("the printed text is not unique on its line: nothing corrupted");
            var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(variant.Render(), "seed.txt")).Report;
            var mismatches = ReportAudit.Run(report).Findings.Where(f => f.Status == FindingStatus.Mismatch).Select(f => f.Source).ToHashSet();
            var expected = new HashSet<int?>(SeedMismatches.Value) { figure.Source };
            // a statement of the running text quoting the corrupted cell disagrees with it too (issue 17), at its own line
            var misprinted = variant.LineOf(figure.Source.Value);
            foreach (var quote in report.Tables.SelectMany(t => t.Figures).Where(f => f.Id.StartsWith("text/", StringComparison.Ordinal)
                         && f.Inputs.Any(i => i.Source == misprinted)))
                expected.Add(quote.Source);
            // A quoting statement need not become a mismatch (a gap compared by size, a change still inside the rounding box of
            // its printed inputs), so: the corrupted figure and every mismatch of the seed are flagged, and nothing else but
            // statements quoting the corrupted cell.
            bool holds = mismatches.Contains(figure.Source) && SeedMismatches.Value.All(mismatches.Contains) && mismatches.IsSubsetOf(expected);
            return holds.Label($"corrupted line {figure.Source}: mismatches at {string.Join(",", mismatches.Except(SeedMismatches.Value))}");
        });
}
