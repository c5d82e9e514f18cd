using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// "d.ddd" (one dot before three digits) in a table typed with English decimal points (held-out report hunt, second
/// round): "112.278" beside "90.50" in a capaian column is 112,278 %, not 112 278 %. The reading is taken only where
/// the cell's column and row both print decimal points and the table prints nothing Indonesian; where the table prints
/// both conventions the cell is refused (not checkable), and a table with no decimal point keeps the Indonesian reading.
/// Expected values worked out by hand.
/// </summary>
public class DecimalPointColumnTests
{
    private static (LppdReport Report, IReadOnlyList<AuditFinding> Findings) Audit(string table) => OtherHeaderLayoutTests.Audit(table);

    [Theory]
    [InlineData("")]
    [InlineData(" %")]
    [InlineData(" (Sangat Tinggi)")]
    public void Three_decimals_after_a_dot_in_a_decimal_point_column_are_decimals(string after)
    {
        // IKM 101.05 / 90.00 × 100 = 112,2777… → 112,278 (three places, as printed); IP ASN 90.50 / 100.00 × 100 = 90,50.
        // The code before read "112.278" as 112 278 (a thousands dot): a false mismatch 112 278 against 112,278.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t90.00\t101.05\t112.278" + after + "\n"
            + "2\tIndeks Profesionalitas ASN\t100.00\t90.50\t90.50" + after + "\n");
        var capaian = report.Tables.SelectMany(t => t.Figures).Where(f => f.Rule == FigureKinds.Achievement).ToList();
        Assert.Equal(112.278m, capaian[0].Reported);
        Assert.Equal(2, findings.Count(f => f.Status == FindingStatus.Match));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void A_table_printing_both_conventions_leaves_the_three_digit_dot_not_checkable()
    {
        // the capaian column prints "90.50" (a decimal point) and the Target column "1.500.000" (Indonesian thousands):
        // "112.278" may be 112 278 or 112,278, so its capaian is not checkable; row 2 holds: 1.357.500 / 1.500.000 = 90,50 %.
        var (_, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t90.00\t101.05\t112.278\n"
            + "2\tJumlah Kunjungan Wisata\t1.500.000\t1.357.500\t90.50\n");
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(FindingStatus.NotCheckable, findings.Single(f => f.Source == 7).Status);
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Source == 8).Status);
    }

    [Fact]
    public void A_three_digit_dot_in_a_row_without_decimal_points_is_not_read_by_its_column_alone()
    {
        // the Target column prints "90.00" but row 2 prints no decimal point: "1.500" / "1.650" may be thousands (a count
        // of visits) or 1,500 / 1,650, and the seed's Tabel 2.2 prints such a row ("10.654" ribu under "74.54"). Row 2 is
        // not checkable; row 1 holds: 101.05 / 90.00 × 100 = 112,2777… → 112.28.
        var (_, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t90.00\t101.05\t112.28\n"
            + "2\tJumlah Kunjungan Wisata\t1.500\t1.650\t110\n");
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Source == 7).Status);
        Assert.Equal(FindingStatus.NotCheckable, findings.Single(f => f.Source == 8).Status);
    }

    [Fact]
    public void The_running_text_quoting_a_decimal_point_cell_is_not_read_the_Indonesian_way()
    {
        // the table's "112.278" is 112,278 (101.05 / 90.00 × 100 = 112,2777… → 112.278); the sentence after it quotes
        // "112.278%" and "101.05". Read the Indonesian way the quote is 112 278 against the cell's 112,278: a false
        // mismatch the decimal reading of the cell alone would make. The quote is ambiguous and not checked.
        var (_, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t90.00\t101.05\t112.278\n"
            + "2\tIndeks Profesionalitas ASN\t100.00\t90.50\t90.50\n\n"
            + "Berdasarkan tabel di atas, indikator Indeks Kepuasan Masyarakat dapat direalisasi sebesar 101.05 dengan capaian kinerja sebesar 112.278%.\n");
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(2, findings.Count(f => f.Status == FindingStatus.Match && f.Source is 7 or 8));
    }

    [Fact]
    public void A_mean_row_printing_one_number_is_read_by_its_column()
    {
        // the "Capaian Kinerja" row prints one number, under the capaian column that prints "90.50": IKM 89.80 / 80.00 ×
        // 100 = 112,25; IP ASN 90,50; mean (112,25 + 90,50) / 2 = 101,375, printed at 3 places as it ends there. The row
        // prints no other number to tell the convention; the code before read "101.375" as 101 375.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80.00\t89.80\t112.25\n"
            + "2\tIndeks Profesionalitas ASN\t100.00\t90.50\t90.50\n"
            + "Capaian Kinerja\t\t\t\t101.375\n");
        var mean = Assert.Single(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.AchievementMean);
        Assert.Equal(101.375m, mean.Reported);
        Assert.Equal(3, findings.Count(f => f.Status == FindingStatus.Match));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void A_row_printing_one_number_is_not_read_by_its_column_unless_it_is_a_mean()
    {
        // one value column typed with decimal points ("10.50"): "1.250" may be 1 250 km² or 1,25 (a row of another unit
        // under "74.54" tahun, as the seed's "10.654" ribu of Tabel 2.2, prints one number too). It is not read, so the
        // Jumlah (10,50 + 1,25 + 2,25 = 14,00, or 10,50 + 1 250 + 2,25 = 1 262,75) is not checked.
        var findings = ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(
            "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n**Tabel 2.1**  \n**Luas Wilayah**\n\n"
            + "Kecamatan\tLuas (km2)\n"
            + "Kecamatan A\t10.50\n"
            + "Kecamatan B\t1.250\n"
            + "Kecamatan C\t2.25\n"
            + "Jumlah\t14.00\n", "kota.txt")).Report).Findings;
        var sum = Assert.Single(findings);
        Assert.Equal(FindingStatus.NotCheckable, sum.Status);
    }
}
