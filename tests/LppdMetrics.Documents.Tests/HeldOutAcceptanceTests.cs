using System.Globalization;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// Issues 16 and 13's acceptance on a held-out report in Word and printed from Word: the seed made into another region's report
/// (<see cref="DocxFixtureTests.HeldOut"/>: Sukamaju, renumbered, rows reordered, tables split, numbers broken, 20
/// misprints injected where the seed was consistent), rendered to DOCX and printed to PDF with LibreOffice
/// (tests/TestData/documents/lppd-variant-sukamaju.pdf). The misprints are known by their line in the variant's
/// text; a PDF figure is matched to a text figure by rule, printed value and printed inputs (white space and markup
/// removed), since a PDF has pages, not lines.
/// </summary>
public class HeldOutAcceptanceTests(ITestOutputHelper output)
{
    private static string Key(ReportFigure f)
    {
        static string Squeeze(string? s) => DocxWriter.Normalize(s ?? "").Replace(" ", "");
        return $"{f.Rule} {Squeeze(f.Printed)} <- {string.Join(" ; ", f.Inputs.Select(i => Squeeze(i.Printed)))}";
    }

    private static List<(string Key, FindingStatus Status, int? Line)> Audited(LppdReport report)
    {
        var figures = report.Tables.SelectMany(t => t.Figures).ToDictionary(f => f.Id);
        return ReportAudit.Run(report).Findings.Where(f => figures.ContainsKey(f.Id))
            .Select(f => (Key(figures[f.Id]), f.Status, f.Source)).ToList();
    }

    /// <summary>Issue 16 (PDF): at least 90 % of the misprints flagged, no false alarm, 85 % of the capaian and budget
    /// figures matched; issue 13 (DOCX): 95 %, none, 90 %.</summary>
    /// <remarks>Two held-out reports: Sukamaju (ruled tables, 9 pt) and Wanasari (another seed: other numbering, other
    /// rows reordered and tables split; tables with no borders, rebuilt by PdfBorderlessTable; 10 pt, so cells wrap
    /// elsewhere). The Wanasari PDF is held to what it measures since "Rp." printed alone on a line goes with its
    /// amount (session 13): all 20 misprints and 452 of the 453 figures.</remarks>
    [Theory]
    [InlineData("lppd-variant-sukamaju", "pdf", 0.90, 0.85)]
    [InlineData("lppd-variant-sukamaju", "docx", 0.95, 0.90)]
    [InlineData("lppd-variant-wanasari-borderless", "docx", 0.95, 0.90)]
    [InlineData("lppd-variant-wanasari-borderless", "pdf", 1.0, 0.99)] // 18 of 20 and 422 of 453 before "Rp." alone went with its amount
    [InlineData("lppd-variant-sukamaju-11pt", "docx", 0.95, 0.90)]
    [InlineData("lppd-variant-sukamaju-11pt", "pdf", 0.90, 0.85)]
    public void The_held_out_report_flags_its_misprints_with_no_false_alarm(string fixture, string format, double flaggedShare, double matchedShare)
    {
        var (misprints, flagged, falseAlarms, same, targets) = Measure(fixture, format);
        Assert.True(misprints >= 15, $"{misprints} misprints injected");
        Assert.True(flagged >= flaggedShare * misprints, $"{flagged} of {misprints} misprints flagged in the {format}");
        Assert.Empty(falseAlarms);
        Assert.True(same >= matchedShare * targets, $"{same} of {targets} capaian and budget figures matched");
    }

    private (int Misprints, int Flagged, List<string> FalseAlarms, int Same, int Targets) Measure(string fixture, string format)
    {
        var which = DocxFixtureTests.HeldOutReport.Of(fixture);
        var (variant, text, _) = DocxFixtureTests.HeldOut(which);
        var fromText = Audited(ReportRecognizer.Recognize(text).Report);
        IDocumentReader reader = format == "pdf" ? new PdfDocumentReader() : new DocxDocumentReader();
        var pdfReport = ReportRecognizer.Recognize(CrossFormat.Read(reader, CrossFormat.Fixture(fixture + "." + format))).Report;
        Assert.StartsWith("Kabupaten " + which.Region, pdfReport.Region, StringComparison.Ordinal);
        return Compare(variant, fromText, Audited(pdfReport), output, fixture + "." + format);
    }

    /// <summary>
    /// The audit of a variant read from another format (<paramref name="other"/>) against the audit of its text
    /// (<paramref name="text"/>), figure by figure by rule and printed values: the text's flagged misprints flagged,
    /// the mismatches the text does not have (false alarms), the capaian and budget figures with the same status.
    /// </summary>
    internal static (int Misprints, int Flagged, List<string> FalseAlarms, int Same, int Targets) Compare(Variants.ReportVariant variant, LppdReport text, LppdReport other,
        ITestOutputHelper output, string name) => Compare(variant, Audited(text), Audited(other), output, name);

    private static (int Misprints, int Flagged, List<string> FalseAlarms, int Same, int Targets) Compare(Variants.ReportVariant variant,
        List<(string Key, FindingStatus Status, int? Line)> fromText, List<(string Key, FindingStatus Status, int? Line)> fromPdf, ITestOutputHelper output, string fixture)
    {
        // the misprints, as the figures of the text whose line is a misprinted line and that the text flags
        var misprinted = fromText.Where(f => f.Line is int line && variant.Origin(line) is int o && variant.Misprints.Contains(o)
                                             && f.Status == FindingStatus.Mismatch).Select(f => f.Key).ToList();
        var pdfMismatches = fromPdf.Where(f => f.Status == FindingStatus.Mismatch).Select(f => f.Key).ToList();
        int flagged = misprinted.Count(pdfMismatches.Contains);
        var textMismatches = fromText.Where(f => f.Status == FindingStatus.Mismatch).Select(f => f.Key).ToHashSet();
        var falseAlarms = pdfMismatches.Where(k => !textMismatches.Contains(k)).ToList();

        var pdfByKey = fromPdf.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Status).ToList());
        var targets = fromText.Where(f => f.Key.StartsWith("capaian", StringComparison.Ordinal) || f.Key.StartsWith("budget.realization", StringComparison.Ordinal)).ToList();
        int same = targets.Count(t => pdfByKey.TryGetValue(t.Key, out var statuses) && statuses.Contains(t.Status));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{fixture}: misprints {variant.Misprints.Count} (flagged in the text {misprinted.Count}), flagged {flagged}; false alarms {falseAlarms.Count}; capaian and budget figures with the same status {same}/{targets.Count}"));
        foreach (var alarm in falseAlarms) output.WriteLine("false alarm: " + alarm);
        return (variant.Misprints.Count, flagged, falseAlarms, same, targets.Count);
    }
    /// <summary>
    /// Sukamaju printed at 11 pt (<c>lppd-variant-sukamaju-11pt.pdf</c>): the PDF gives every figure of the variant's
    /// text (792: the text's audit, not the PDF's) with the text's status. At this size the formulas' legends and the
    /// formulas of the running text come out of the PDF as tables with no borders ("$FK$ | = Faktor Koreksi", "… \times"
    /// over "100\%$"); the one between Tabel 4.4.1 and its "Berdasarkan tabel 4.4.1 diatas" statements printed
    /// "100\%$", so it counted as a table printing numbers and hid the statements' 4 figures (Gini 0,353 against 0,332:
    /// a change of 0,021, and 4,44).
    /// </summary>
    [Fact]
    public void The_11pt_pdf_gives_every_figure_of_the_text()
    {
        var which = DocxFixtureTests.HeldOutReport.Sukamaju11;
        var (_, text, _) = DocxFixtureTests.HeldOut(which);
        var fromText = Audited(ReportRecognizer.Recognize(text).Report).Select(f => $"{f.Status} {f.Key}").Order(StringComparer.Ordinal).ToList();
        var fromPdf = Audited(ReportRecognizer.Recognize(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture(which.Fixture + ".pdf"))).Report)
            .Select(f => $"{f.Status} {f.Key}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(792, fromText.Count);
        Assert.Equal(fromText, fromPdf);
    }

    /// <summary>
    /// Issue 17: the held-out reports get no plausibility note but the seed's own copies and truncations (Tabel 2.5's education rows
    /// repeating the labour rows, seed line 1474; Tabel 1.12's programmes repeated under another dinas, seed lines 1101,
    /// 1224–1225, 1230, 1232, which row reordering may split into more runs), in the text, the DOCX and the PDF alike.
    /// </summary>
    [Theory]
    [InlineData("lppd-variant-sukamaju", "pdf")]
    [InlineData("lppd-variant-sukamaju", "docx")]
    [InlineData("lppd-variant-wanasari-borderless", "docx")]
    [InlineData("lppd-variant-wanasari-borderless", "pdf")]
    public void The_held_out_report_has_no_plausibility_note_but_the_seeds_copied_rows(string fixture, string format)
    {
        var which = DocxFixtureTests.HeldOutReport.Of(fixture);
        var (variant, text, _) = DocxFixtureTests.HeldOut(which);
        var fromText = ReportAudit.Run(ReportRecognizer.Recognize(text).Report).Findings.Where(f => f.Status == FindingStatus.Implausible).ToList();
        int[] seedCopies = [1101, 1224, 1225, 1230, 1232, 1474];
        // The seed's figures printed truncated (Tabel 2.6 line 1508, Tabel 4.3.2.5 line 3055, Tabel 4.4.3.5 line 3749, the
        // text's 118,24 % at line 2654 and 38,08 % at line 416) carry over into the variants with their layout.
        int[] seedTruncations = [416, 1508, 2654, 3055, 3749];
        Assert.All(fromText, n => Assert.Contains(variant.Origin(n.Source!.Value) ?? 0, n.Rule == "plausibility.truncated" ? seedTruncations : seedCopies));
        Assert.All(fromText, n => Assert.Contains(n.Rule, (string[])["plausibility.copied-rows", "plausibility.truncated"]));
        Assert.Contains(fromText, n => variant.Origin(n.Source!.Value) == 1474);
        IDocumentReader reader = format == "pdf" ? new PdfDocumentReader() : new DocxDocumentReader();
        var report = ReportRecognizer.Recognize(CrossFormat.Read(reader, CrossFormat.Fixture(fixture + "." + format))).Report;
        var notes = ReportAudit.Run(report).Findings.Where(f => f.Status == FindingStatus.Implausible).ToList();
        output.WriteLine($"{fixture}.{format}: {string.Join("; ", notes.Select(n => n.Id + ": " + n.Explanation))}");
        Assert.All(notes, n => Assert.Contains(n.Rule, (string[])["plausibility.copied-rows", "plausibility.truncated"]));
        Assert.Equal(fromText.Count(n => n.Rule == "plausibility.copied-rows"), notes.Count(n => n.Rule == "plausibility.copied-rows"));
        Assert.True(notes.Count(n => n.Rule == "plausibility.truncated") <= fromText.Count(n => n.Rule == "plausibility.truncated"), "no truncation note the text does not have");
    }
}
