using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

public class ReportAuditTests
{
    private static readonly AuditResult Blitar = ReportAudit.Run(LppdReportJson.Blitar2024());

    private static AuditFinding Finding(string id) => Blitar.Find(id) ?? throw new InvalidOperationException("no finding " + id);

    [Theory]
    // formulas-ch1-3.md §5.2: the kecamatan rows of Tabel 1.2 sum to 1.252.309 (2023) and 1.261.699 (2024).
    [InlineData("1.2/total/penduduk-2023", "1253550", "1252309")]
    [InlineData("1.2/total/penduduk-2024", "1263650", "1261699")]
    // §5.3: Dusun/Lingkungan column sums to 760, printed 637.
    [InlineData("1.3/total/dusun-lingkungan", "637", "760")]
    // §5.4: DPRD 7 + 6 + 25 = 38 (printed 37); Inspektorat 5 + 39 + 8 = 52 (printed 53).
    [InlineData("1.6/2/total", "37", "38")]
    [InlineData("1.6/3/total", "53", "52")]
    // §1.6: the program rows of Tabel 1.12 sum to 4.999.748.895.248,18 / 4.791.536.697.063,48.
    [InlineData("1.12/total/alokasi", "4965250429176", "4999748895248")]
    [InlineData("1.12/total/realisasi", "4760112780725", "4791536697063")]
    // §2.6: the sectors of Tabel 2.5 sum to 1.347.184, printed 1.261.699.
    [InlineData("2.5/1487/lapangan-pekerjaan", "1261699", "1347184")]
    // §2.1: IPM 2022 is 71,25 in Tabel 4.2.2 and 71,86 in Tabel 2.2; §2.8: per capita 2023 35.811.678 vs 35.811.655.
    [InlineData("4.2.2/2240/ipm-2022", "71.25", "71.86")]
    [InlineData("2.1/1350/per-kapita-2023", "35811678", "35811655")]
    public void Embedded_report_mismatches_found_by_hand_are_found(string id, string reported, string recomputed)
    {
        var f = Finding(id);
        Assert.Equal(FindingStatus.Mismatch, f.Status);
        Assert.Equal(decimal.Parse(reported, System.Globalization.CultureInfo.InvariantCulture), f.Reported);
        Assert.Equal(decimal.Parse(recomputed, System.Globalization.CultureInfo.InvariantCulture), f.Recomputed);
        Assert.Equal(f.Reported - f.Recomputed, f.Difference);
        Assert.NotNull(f.Trace);
    }

    [Fact]
    public void Consistent_totals_and_identities_match()
    {
        Assert.Equal(FindingStatus.Match, Finding("1.3/total/desa-kelurahan").Status);            // 248 = 220 desa + 28 kelurahan
        Assert.Equal(FindingStatus.Match, Finding("1.6/jumlah/total").Status);                    // 1.808
        Assert.Equal(FindingStatus.Match, Finding("2.5/1482/angkatan-kerja").Status);             // 695.845 + 34.859 = 730.704
        Assert.Equal(FindingStatus.Match, Finding("2.7/2024/gini").Status);                       // 0,35 printed, 0,353 at 3 dp
        Assert.Equal(FindingStatus.Match, Finding("ikk/1618/iklh").Status);                       // IKK 11.1 64,64 = Tabel 4.4.2.1
    }

    [Fact]
    public void Area_total_one_unit_off_is_explained_by_rounded_kecamatan_areas()
    {
        // 22 areas printed at 2 dp sum to 1.744,33; the total prints 1.744,32 (§5.3: "rounding").
        var f = Finding("1.3/total/luas");
        Assert.Equal(FindingStatus.Rounding, f.Status);
        Assert.Equal(1744.33m, f.Recomputed);
        Assert.Contains("rounding of intermediates", f.Explanation);
    }

    [Fact]
    public void Figures_with_unprinted_inputs_are_not_checkable_and_say_why()
    {
        var growth2020 = Finding("2.6/2020/pertumbuhan");   // needs PDRB ADHK 2019, not printed
        Assert.Equal(FindingStatus.NotCheckable, growth2020.Status);
        Assert.Contains("ADHK t-1", growth2020.Explanation);
        var ikk = Finding("ikk-2.2.1/1.1");
        Assert.Equal(FindingStatus.NotCheckable, ikk.Status);
        Assert.Contains("pembilang", ikk.Explanation);
    }

    [Fact]
    public void Summary_counts_every_finding_once()
    {
        Assert.Equal(Blitar.Findings.Count, Blitar.Summary.Total);
        Assert.Equal(Blitar.Findings.Count(f => f.Status == FindingStatus.Mismatch), Blitar.Summary.Mismatch);
        Assert.True(Blitar.HasMismatches);
        // 750 table figures and 370 SPM figures.
        Assert.Equal(1120, Blitar.Summary.Total);
    }

    [Fact]
    public void A_small_document_is_audited_figure_by_figure()
    {
        var report = new LppdReport
        {
            Title = "test",
            Tables =
            [
                new ReportTable
                {
                    Id = "t", Title = "Table T",
                    Figures =
                    [
                        Sum("ok", 10m, 0, 4m, 6m),
                        Sum("off", 11m, 0, 4m, 6m),
                        Sum("rounded", 3.01m, 2, 1.00m, 2.00m),
                        new ReportFigure { Id = "missing", Label = "m", Rule = "sum", Reported = 5m, Inputs = [new FigureInput { Name = "a", Value = 5m }, new FigureInput { Name = "b" }] },
                    ],
                },
            ],
        };
        var result = ReportAudit.Run(report);
        Assert.Equal([FindingStatus.Match, FindingStatus.Mismatch, FindingStatus.Rounding, FindingStatus.NotCheckable],
            result.Findings.Select(f => f.Status).ToArray());
        Assert.Equal(new AuditSummary(1, 1, 1, 1), result.Summary);
        Assert.Equal(1m, result.Find("off")!.Difference);
        Assert.Equal("Table T", result.Find("off")!.Section);
    }

    [Fact]
    public void Inconsistent_documents_are_rejected_naming_the_figure()
    {
        static LppdReport With(params ReportFigure[] figures) =>
            new() { Title = "x", Tables = [new ReportTable { Id = "t", Title = "T", Figures = figures }] };
        var duplicate = Assert.Throws<ArgumentException>(() => ReportAudit.Run(With(Sum("a", 1m, 0, 1m), Sum("a", 1m, 0, 1m))));
        Assert.Contains("'a'", duplicate.Message);
        var unknown = Assert.Throws<ArgumentException>(() => ReportAudit.Run(With(Sum("b", 1m, 0, 1m) with { Rule = "summ" })));
        Assert.Contains("'summ'", unknown.Message);
        var precision = Assert.Throws<ArgumentOutOfRangeException>(() => ReportAudit.Run(With(Sum("c", 1m, 29, 1m))));
        Assert.Contains("'c'", precision.Message);
        var noInputs = Assert.Throws<ArgumentException>(() => ReportAudit.Run(With(Sum("d", 1m, 0))));
        Assert.Contains("'d'", noInputs.Message);
    }

    [Fact]
    public void Explain_returns_the_figure_with_its_trace()
    {
        var f = ReportAudit.Explain(LppdReportJson.Blitar2024(), "1.6/2/total");
        Assert.NotNull(f);
        Assert.Equal(FindingStatus.Mismatch, f.Status);
        Assert.Equal(["struktural", "fungsional", "pelaksana"], f.Trace!.Inputs.Select(i => i.Name).ToArray());
        Assert.Null(ReportAudit.Explain(LppdReportJson.Blitar2024(), "no/such/figure"));
    }

    internal static ReportFigure Sum(string id, decimal reported, int decimals, params decimal[] parts) => new()
    {
        Id = id, Label = id, Rule = "sum", Reported = reported, Decimals = decimals,
        Inputs = parts.Select((p, i) => new FigureInput { Name = "x" + i, Value = p }).ToArray(),
    };
}
