using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Numbers;

/// <summary>
/// Every example of docs/methods.md#numbers (number formats of LPPD Kabupaten Blitar 2024, lines
/// 1–3925), with the value the document means written out by hand.
/// </summary>
public class IndonesianNumberCorpusTests
{
    /// <summary>One corpus example: the verbatim text and what it means. Value is invariant ("2090349863831.55"), null = missing.</summary>
    public sealed record Case(string Text, string? Value, int Decimals, string Line)
    {
        public bool Percent { get; init; }
        public bool Rupiah { get; init; }
        public string? Annotation { get; init; }
        public int? Year { get; init; }
        public string? Unit { get; init; }
        public decimal Multiplier { get; init; } = 1m;
        public NumberQualifier Qualifier { get; init; }
        public NumberParseOptions Options { get; init; } = NumberParseOptions.Default;
    }

    private static Case C(string text, string? value, int decimals, string line) => new(text, value, decimals, line);

    private static readonly NumberParseOptions Thousands = NumberParseOptions.Thousands;

    public static readonly IReadOnlyList<Case> Corpus =
    [
        C("72,84", "72.84", 2, "1346"),
        C("1.263.650", "1263650", 0, "271"),
        C("2.661.802.922.631,07", "2661802922631.07", 2, "525"),
        C("Rp.2.515.747.374.072,44", "2515747374072.44", 2, "525") with { Rupiah = true },
        C("Rp. 80.975.656.341", "80975656341", 0, "1891") with { Rupiah = true },
        C("Rp. 2.090.349 .863.831, 55", "2090349863831.55", 2, "2732") with { Rupiah = true },
        C("Rp. 1.040.264 .621", "1040264621", 0, "2626") with { Rupiah = true },
        C("Rp. 12.138.01 0.739", "12138010739", 0, "3038") with { Rupiah = true },
        C("Rp. 310.643.12 5.757", "310643125757", 0, "2315") with { Rupiah = true },
        C("Rp. 19148676 4", "191486764", 0, "3069") with { Rupiah = true },
        C("24.000.00 0", "24000000", 0, "3550"),
        // 2733/2739: a number split across a page-break row; the caller joins the two rows.
        C("Rp. 2.097.482", "2097482", 0, "2733") with { Rupiah = true },
        C("Rp. 2.097.482" + ".673.044, 55", "2097482673044.55", 2, "2733+2739") with { Rupiah = true },
        C("Rp. 0", "0", 0, "3730") with { Rupiah = true },
        C("0,00", "0", 2, "1131"),
        C("0,00%", "0", 2, "1131") with { Percent = true },
        C("8,16%", "8.16", 2, "1425") with { Percent = true },
        C("98,8231%", "98.8231", 4, "1534") with { Percent = true },
        C("100,00 %", "100", 2, "1145") with { Percent = true },
        C("50 %", "50", 0, "2022") with { Percent = true },
        C("39,2678 %", "39.2678", 4, "1644") with { Percent = true },
        C("95,91", "95.91", 2, "1115"),
        C("40,47", "40.47", 2, "3305"),
        C("(6,10%)", "-6.10", 2, "1347") with { Percent = true },
        C("-0,94%", "-0.94", 2, "543") with { Percent = true },
        C("-9,43%", "-9.43", 2, "3593") with { Percent = true },
        C("-0,28", "-0.28", 2, "1504"),
        C("-2,29%", "-2.29", 2, "543") with { Percent = true },
        C("118,248%", "118.248", 3, "2661") with { Percent = true },
        C("73,525%", "73.525", 3, "3269") with { Percent = true },
        C("112,278%", "112.278", 3, "2886") with { Percent = true },
        C("1,004", "1.004", 3, "2187"), // efficiency ratio: a lone comma is decimal
        C("1,0 8", "1.08", 2, "3561"),
        C("4.036.353.981,9133", "4036353981.9133", 4, "1594"),
        C("3.174.257", "3174257", 0, "3596"),
        C("12.812", "12812", 0, "3268"), // Rp 000: dot = thousands
        C("12.020", "12020", 0, "3268"),
        // 998, RPJMD row "Pengeluaran Perkapita (000)": English comma thousands; the row's unit says so.
        C("10,654", "10654", 0, "998") with { Options = Thousands },
        C("11,152", "11152", 0, "998") with { Options = Thousands },
        C("12,155", "12155", 0, "998") with { Options = Thousands },
        // 1426, "Jumlah Warga Miskin (jiwa)": comma thousands beside dot thousands in the same row.
        C("359,398", "359398", 0, "1426") with { Options = Thousands },
        C("383,754", "383754", 0, "1426") with { Options = Thousands },
        C("101.940", "101940", 0, "1409"),
        C("101,07", "101.07", 2, "285"),
        // 994/996: dot decimal beside comma decimal in one row (integer part 0, or not three digits after the dot).
        C("0.330", "0.330", 3, "994"),
        C("0,328", "0.328", 3, "994"),
        C("-2.29", "-2.29", 2, "996"),
        C("2,17", "2.17", 2, "996"),
        C("74.54", "74.54", 2, "1381"),
        C("12.46", "12.46", 2, "1382"),
        C("7.39", "7.39", 2, "1383"),
        C("75,12", "75.12", 2, "1381"),
        C("10.654", "10654", 0, "1384"),
        C("20.13", "20.13", 2, "189"),
        C("0.02", "0.02", 2, "198"),
        // 992: the old IID scale; "3.922" is ambiguous, read by the Indonesian default as 3922 (see the ambiguity test).
        C("3.922", "3922", 0, "992"),
        C("4.263", "4263", 0, "992"),
        C("3.922 / Sangat Inovatif", "3922", 0, "992-993") with { Annotation = "Sangat Inovatif" },
        C("47.94%", "47.94", 2, "755") with { Percent = true },
        C("71 (BB)", "71", 0, "2881") with { Annotation = "BB" },
        C("67,16 (B)", "67.16", 2, "2881") with { Annotation = "B" },
        C("93,89 (2023)", "93.89", 2, "2209") with { Annotation = "2023", Year = 2023 },
        C("272 (Tahun 2023)", "272", 0, "2883") with { Annotation = "Tahun 2023", Year = 2023 },
        C("80 (Baik)", "80", 0, "973") with { Annotation = "Baik" },
        C("90 (Sangat Baik)", "90", 0, "995") with { Annotation = "Sangat Baik" },
        C("86 (Baik)", "86", 0, "3822") with { Annotation = "Baik" },
        C("NIHIL", null, 0, "1557"),
        C("n/a", null, 0, "973"),
        C("n.a", null, 0, "1968"),
        C("Tidak ada data", null, 0, "1195"),
        C("-", null, 0, "463"),
        C("75,32 th", "75.32", 2, "1398") with { Unit = "th" },
        C("12.050.000", "12050000", 0, "1398"),
        C("Rp.12.050.000/jiwa", "12050000", 0, "1405") with { Rupiah = true, Unit = "/jiwa" },
        C("Rp.342/jiwa/tahun", "342", 0, "1513") with { Rupiah = true, Unit = "/jiwa/tahun" },
        C("Rp.1.988.806 /jiwa/tahun", "1988806", 0, "1513") with { Rupiah = true, Unit = "/jiwa/tahun" },
        C("47.779,19 miliar rupiah", "47779.19", 2, "3153") with { Rupiah = true, Multiplier = 1_000_000_000m },
        C("Rp.70 milyar", "70", 0, "3884") with { Rupiah = true, Multiplier = 1_000_000_000m },
        C("Rp.3.000.000.000,00 (Tiga Milyar Rupiah)", "3000000000", 2, "3877") with { Rupiah = true, Annotation = "Tiga Milyar Rupiah" },
        C("36.023.960", "36023960", 0, "1505"), // the "(Rp. Juta,-)" header is the caller's business
        C("49,71 Menit", "49.71", 2, "1583") with { Unit = "Menit" },
        C("33 Medali/Penghargaan", "33", 0, "1654") with { Unit = "Medali/Penghargaan" },
        C("1.744,32 km<sup>2</sup>", "1744.32", 2, "182") with { Unit = "km2" },
        C("926,59 jiwa/km<sup>2</sup>", "926.59", 2, "277") with { Unit = "jiwa/km2" },
        C("<b>1.253.550</b>", "1253550", 0, "271"),
        C("<b>4.965.250.429.176</b>", "4965250429176", 0, "1291"),
        C("$\\pm 167$", "167", 0, "206") with { Qualifier = NumberQualifier.Approximately },
        C("±167", "167", 0, "206") with { Qualifier = NumberQualifier.Approximately },
        C("± 50%", "50", 0, "222") with { Qualifier = NumberQualifier.Approximately, Percent = true },
        C("<5 liter/detik", "5", 0, "228") with { Qualifier = NumberQualifier.LessThan, Unit = "liter/detik" },
        C("0,8", "0.8", 1, "1445"),
        C("(-47,8**)", "-47.8", 1, "640"),
    ];

    [Fact]
    public void Every_corpus_example_parses_as_the_document_means()
    {
        var failures = new List<string>();
        foreach (Case c in Corpus)
        {
            ReportNumber n;
            try
            {
                n = IndonesianNumber.Parse(c.Text, c.Options);
            }
            catch (FormatException ex)
            {
                failures.Add($"{c.Text} (line {c.Line}): {ex.Message}");
                continue;
            }
            decimal? expected = c.Value is null ? null : decimal.Parse(c.Value, CultureInfo.InvariantCulture);
            if (n.Value != expected || n.IsMissing != (expected is null) || n.Decimals != c.Decimals || n.IsPercent != c.Percent
                || n.IsRupiah != c.Rupiah || n.Annotation != c.Annotation || n.AnnotationYear != c.Year || n.Unit != c.Unit
                || n.Multiplier != c.Multiplier || n.Qualifier != c.Qualifier || n.Text != c.Text)
                failures.Add($"{c.Text} (line {c.Line}): got {n}");
        }
        Assert.Empty(failures);
        Assert.True(Corpus.Count >= 90);
    }

    [Fact]
    public void Printed_precision_is_kept_in_the_value_scale()
    {
        Assert.Equal("100.00", IndonesianNumber.Parse("100,00 %").Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.330", IndonesianNumber.Parse("0.330").Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Scaled_value_applies_the_scale_word()
    {
        Assert.Equal(47_779_190_000_000m, IndonesianNumber.Parse("47.779,19 miliar rupiah").ScaledValue);
        Assert.Equal(70_000_000_000m, IndonesianNumber.Parse("Rp.70 milyar").ScaledValue);
        Assert.Equal(2_500_000m, IndonesianNumber.Parse("2,5 juta jiwa").ScaledValue);
        Assert.Equal("jiwa", IndonesianNumber.Parse("2,5 juta jiwa").Unit);
        Assert.Equal(1_200_000_000_000m, IndonesianNumber.Parse("1,2 triliun").ScaledValue);
        Assert.Equal(3_000m, IndonesianNumber.Parse("3 ribu").ScaledValue);
        Assert.Null(IndonesianNumber.Parse("NIHIL").ScaledValue);
    }

    [Fact]
    public void Missing_markers_are_missing_never_zero()
    {
        foreach (string text in new[] { "NIHIL", "nihil", "n/a", "N/A", "n.a", "n.a.", "Tidak ada data", "tidak  ada data", "-", "—", " - ", "<b>NIHIL</b>" })
        {
            ReportNumber n = IndonesianNumber.Parse(text);
            Assert.True(n.IsMissing, text);
            Assert.Null(n.Value);
            Assert.Equal(text, n.Text);
        }
        Assert.True(default(ReportNumber).IsMissing);
        Assert.Equal("", default(ReportNumber).Text);
        Assert.Equal(1m, default(ReportNumber).Multiplier);
    }

    [Fact]
    public void Rupiah_without_sen_ends_in_comma_dash()
    {
        ReportNumber n = IndonesianNumber.Parse("Rp. 5.000,-");
        Assert.Equal(5000m, n.Value);
        Assert.Equal(0, n.Decimals);
        Assert.True(n.IsRupiah);
    }

    [Fact]
    public void The_ambiguous_lone_separator_follows_the_option()
    {
        // 992: IID "3.922" on the old scale; the document itself calls it ambiguous.
        Assert.Equal(3922m, IndonesianNumber.Parse("3.922").Value);
        Assert.Equal(3.922m, IndonesianNumber.Parse("3.922", new NumberParseOptions { AmbiguousSeparator = AmbiguousSeparator.Decimal }).Value);
        var reject = new NumberParseOptions { AmbiguousSeparator = AmbiguousSeparator.Reject };
        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse("3.922", reject));
        Assert.Contains("\"3.922\"", ex.Message);
        Assert.Contains("ambiguous", ex.Message);
        // 998: "10,654" in the "(000)" row means Rp 10.654 ribu; without the hint a lone comma is decimal.
        Assert.Equal(10.654m, IndonesianNumber.Parse("10,654").Value);
        Assert.Equal(10654m, IndonesianNumber.Parse("10,654", NumberParseOptions.Thousands).Value);
        Assert.Throws<FormatException>(() => IndonesianNumber.Parse("10,654", reject));
        // Unambiguous texts ignore the option: "0.330" and "20.13" cannot be thousands, "1.263.650" cannot be decimal.
        Assert.Equal(0.330m, IndonesianNumber.Parse("0.330", NumberParseOptions.Thousands).Value);
        Assert.Equal(20.13m, IndonesianNumber.Parse("20.13", reject).Value);
        Assert.Equal(1263650m, IndonesianNumber.Parse("1.263.650", reject).Value);
        Assert.Equal(1234.567m, IndonesianNumber.Parse("1234.567", reject).Value);
        // With both separators the last one is the decimal separator, whichever style.
        Assert.Equal(1234.5m, IndonesianNumber.Parse("1,234.5").Value);
        Assert.Equal(1234567m, IndonesianNumber.Parse("1,234,567").Value);
    }

    [Fact]
    public void Ratios_have_their_own_parser()
    {
        // 584-587, 1388: population per doctor or health worker.
        ReportRatio r = IndonesianNumber.ParseRatio("1:4.375");
        Assert.Equal(1m, r.Antecedent.Value);
        Assert.Equal(4375m, r.Consequent.Value);
        Assert.Equal(4375m, r.PerOne);
        Assert.Equal(1509m, IndonesianNumber.ParseRatio("1 : 1.509").Consequent.Value);
        Assert.Equal(2500m, IndonesianNumber.ParseRatio("1:2500").PerOne);
        Assert.Equal(46m, IndonesianNumber.ParseRatio("1:46").PerOne);
        Assert.Equal(5228m, IndonesianNumber.ParseRatio("1:5.228").PerOne);
        Assert.Equal(50m, IndonesianNumber.ParseRatio("2:100").PerOne);
        Assert.Null(IndonesianNumber.ParseRatio("0:5").PerOne);
        Assert.Null(IndonesianNumber.ParseRatio("0,0001:79.228.162.514.264.337.593.543.950.335").PerOne);
        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse("1:4.375"));
        Assert.Contains("ParseRatio", ex.Message);
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRatio("1:2:3"));
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRatio("1:n/a"));
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRatio("4.375"));
    }

    [Fact]
    public void Ranges_have_their_own_parser()
    {
        // 208: slope classes; 629: a target range.
        ReportRange slope = IndonesianNumber.ParseRange("2%-15%");
        Assert.Equal((2m, 15m), (slope.Low.Value, slope.High.Value));
        Assert.True(slope.Low.IsPercent && slope.High.IsPercent);
        ReportRange target = IndonesianNumber.ParseRange("7% - 8%");
        Assert.Equal((7m, 8m), (target.Low.Value, target.High.Value));
        ReportRange flat = IndonesianNumber.ParseRange("0-20%");
        Assert.Equal((0m, 20m), (flat.Low.Value, flat.High.Value));
        Assert.True(flat.Low.IsPercent); // the % of the upper bound applies to both
        ReportRange words = IndonesianNumber.ParseRange("5 s.d. 10");
        Assert.Equal((5m, 10m), (words.Low.Value, words.High.Value));
        ReportRange negative = IndonesianNumber.ParseRange("-5 - -2");
        Assert.Equal((-5m, -2m), (negative.Low.Value, negative.High.Value));
        ReportRange money = IndonesianNumber.ParseRange("1-2 juta");
        Assert.Equal((1_000_000m, 2_000_000m), (money.Low.ScaledValue, money.High.ScaledValue));

        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse("2%-15%"));
        Assert.Contains("ParseRange", ex.Message);
        Assert.Contains("\"2%-15%\"", ex.Message);
        Assert.Throws<FormatException>(() => IndonesianNumber.Parse("0-20%"));
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRange("15%-2%"));
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRange("15%"));
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRange("-"));
    }
}
