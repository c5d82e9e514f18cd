using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// Tables printed over page breaks, and landscape pages between portrait ones (<c>lppd-split-tables.pdf</c>, written
/// as flat ODF and printed by LibreOffice; <c>lppd-split-tables-rotate.pdf</c> the same with its landscape pages made
/// portrait pages turned by <c>/Rotate 90</c>). Every table ends with a Jumlah row whose totals were worked out when the
/// fixture was written (the sums of its generated rows), so a total matches only when it is checked against all the
/// table's rows, on every page: a part left out, or a header taken for a row, changes the sum or the row count.
/// </summary>
public class PdfSplitTableTests
{
    private static readonly Lazy<List<AuditFinding>> Plain = new(() => Audit("lppd-split-tables.pdf"));
    private static readonly Lazy<List<AuditFinding>> Rotated = new(() => Audit("lppd-split-tables-rotate.pdf"));

    private static List<AuditFinding> Audit(string fixture) =>
        ReportAudit.Run(ReportRecognizer.Recognize(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture(fixture))).Report).Findings.ToList();

    public static TheoryData<string> Fixtures => new() { "plain", "rotated" };

    private static List<AuditFinding> Findings(string which) => which == "plain" ? Plain.Value : Rotated.Value;

    /// <summary>The sum of column <paramref name="column"/> ("anggaran", "2023") of Tabel <paramref name="table"/>.</summary>
    private static AuditFinding Sum(string which, string table, string column) =>
        Assert.Single(Findings(which), f => f.Section.StartsWith("Tabel " + table + " ", StringComparison.Ordinal)
            && f.Rule == "sum" && f.Label.Contains(column, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_total_is_checked_against_the_rows_of_every_page(string which)
    {
        // (table, column, printed Jumlah, rows): the generated tables' sums
        var expected = new (string Table, string Column, decimal Total, int Rows)[]
        {
            ("2.1", "2023", 1_717_102, 38), ("2.1", "2024", 1_730_379, 38),              // ruled, two header rows repeated
            ("2.3", "2023", 1_748_623, 40), ("2.3", "2024", 1_759_622, 40),              // no rules, two header rows repeated
            ("2.4", "anggaran", 13_603_842_400, 32), ("2.4", "realisasi", 12_850_622_600, 32), // no rules, header not repeated
            ("2.8", "anggaran", 17_657_141_300, 30), ("2.8", "realisasi", 16_848_569_100, 30), // portrait page, then landscape
            ("2.9", "anggaran", 20_466_445_300, 44), ("2.9", "realisasi", 19_428_556_800, 44), // heading merged across, repeated
            ("2.10", "anggaran", 21_056_366_300, 44), ("2.10", "realisasi", 19_904_753_200, 44), // a column more on a later page
        };
        foreach (var (table, column, total, rows) in expected)
        {
            var sum = Sum(which, table, column);
            Assert.True(sum.Status == FindingStatus.Match, $"Tabel {table} {column}: {sum.Status}, {sum.Recomputed} over {sum.Trace?.Inputs.Count} rows");
            Assert.Equal(total, sum.Reported);
            Assert.Equal(rows, sum.Trace!.Inputs.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_misprinted_total_of_a_table_split_without_its_header_repeated_is_off_by_its_misprint(string which)
    {
        // Tabel 2.2 (ruled, its header printed once) prints its realisation total 1.000 above the sum of its 30 rows
        var sum = Sum(which, "2.2", "realisasi");
        Assert.Equal(FindingStatus.Mismatch, sum.Status);
        Assert.Equal(14_238_862_400m, sum.Reported);
        Assert.Equal(14_238_861_400m, sum.Recomputed);
        Assert.Equal(30, sum.Trace!.Inputs.Count);
        Assert.Equal(FindingStatus.Match, Sum(which, "2.2", "anggaran").Status);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_table_at_the_top_of_the_next_page_after_another_is_not_joined_to_it(string which)
    {
        // Tabel 2.5 (6 rows) ends its page; Tabel 2.6 (5 rows, the same columns) begins the next
        Assert.Equal((2_122_985_000m, 6), (Sum(which, "2.5", "anggaran").Recomputed!.Value, Sum(which, "2.5", "anggaran").Trace!.Inputs.Count));
        Assert.Equal((2_070_688_400m, 5), (Sum(which, "2.6", "anggaran").Recomputed!.Value, Sum(which, "2.6", "anggaran").Trace!.Inputs.Count));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_table_on_a_landscape_page_between_portrait_pages_is_read(string which)
    {
        // Tabel 2.7: 8 programmes, each realisation % and the totals (by page size, or by /Rotate in the rotated file)
        var table = Findings(which).Where(f => f.Section.StartsWith("Tabel 2.7 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(8 + 1, table.Count(f => f.Label.EndsWith("realisasi anggaran %", StringComparison.Ordinal)));
        Assert.All(table, f => Assert.Equal(FindingStatus.Match, f.Status));
        Assert.Equal((4_643_658_400m, 8), (Sum(which, "2.7", "anggaran").Reported!.Value, Sum(which, "2.7", "anggaran").Trace!.Inputs.Count));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void No_header_is_read_as_a_figure_and_nothing_else_mismatches(string which)
    {
        var findings = Findings(which);
        // the years of a second header row (2023 | 2024) are no figures, and the only mismatch is Tabel 2.2's misprint
        Assert.DoesNotContain(findings, f => f.Reported is 2023m or 2024m);
        Assert.Equal(["Tabel 2.2"], findings.Where(f => f.Status != FindingStatus.Match).Select(f => f.Section[..9]).ToArray());
        // every programme's % of the tables 2.2–2.10 (30 + 32 + 6 + 5 + 8 + 30 + 44 + 44 rows and their totals)
        Assert.Equal(199 + 8, findings.Count(f => f.Label.EndsWith("realisasi anggaran %", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_wanasari_budget_table_printed_over_a_page_break_is_one_table()
    {
        // Tabel 19.2.5 prints its two header rows at the foot of page 97 and its rows on page 98, where a % printed a
        // column to the right gives its part a column more; and page 97 begins with the running header right above a
        // source note, under a table with no rules that ended page 96
        var content = CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.pdf"));
        Assert.DoesNotContain(content.Blocks.OfType<DocumentTable>(), t => t.Rows.Any(r => r.Cells.Any(c =>
            c.Text.Contains("Laporan Penyelenggaraan Pemerintahan Daerah", StringComparison.Ordinal))));
        var findings = ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings
            .Where(f => f.Section.StartsWith("Tabel 19.2.5 ", StringComparison.Ordinal)).ToList();
        // the two sasaran's allocations, 621.286.251.514 + 15.188.738.292, against the printed Total
        var allocation = Assert.Single(findings, f => f.Rule == "sum" && f.Label.Contains("alokasi", StringComparison.Ordinal));
        Assert.Equal((FindingStatus.Match, 636_474_989_806m, 2), (allocation.Status, allocation.Reported!.Value, allocation.Trace!.Inputs.Count));
        Assert.All(findings, f => Assert.NotEqual(FindingStatus.Mismatch, f.Status));
    }
}
