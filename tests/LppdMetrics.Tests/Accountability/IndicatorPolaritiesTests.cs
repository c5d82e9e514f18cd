using LppdMetrics.Accountability;

namespace LppdMetrics.Tests.Accountability;

public class IndicatorPolaritiesTests
{
    [Theory]
    // docs/methods.md#polarity: ICOR, P0, Gini, TPT and the disaster risk index are lower-is-better; IPM and growth higher.
    [InlineData("ICOR: capaian 2024", Polarity.Negative)]
    [InlineData("Persentase Penduduk Miskin", Polarity.Negative)]
    [InlineData("Gini Rasio", Polarity.Negative)]
    [InlineData("Tingkat Pengangguran Terbuka (TPT)", Polarity.Negative)]
    [InlineData("Indeks Resiko Bencana", Polarity.Negative)]
    // other reports' wording (held-out report hunt): the poverty rate, mortality rates, stunting, "Rasio Gini"
    [InlineData("Angka Kemiskinan", Polarity.Negative)]
    [InlineData("Tingkat Kemiskinan (%)", Polarity.Negative)]
    [InlineData("Angka Kematian Bayi (AKB) per 1.000 kelahiran hidup", Polarity.Negative)]
    [InlineData("Angka Kematian Ibu", Polarity.Negative)]
    [InlineData("Prevalensi Stunting pada Balita", Polarity.Negative)]
    [InlineData("Rasio Gini", Polarity.Negative)]
    [InlineData("indeks pembangunan manusia", Polarity.Positive)]
    [InlineData("Pertumbuhan Ekonomi", Polarity.Positive)]
    // as a PDF wraps a cell ("Penduduk" over "Miskin" read with no space), a no-break space, two spaces: the code before gave null
    [InlineData("Persentase PendudukMiskin", Polarity.Negative)]
    [InlineData("Persentase Penduduk\u00A0Miskin", Polarity.Negative)]
    [InlineData("Indeks Pembangunan  Manusia (IPM)", Polarity.Positive)]
    [InlineData("Indeks Risiko\nBencana", Polarity.Negative)]
    public void Known_indicators_have_their_polarity(string name, Polarity expected)
    {
        Assert.Equal(expected, IndicatorPolarities.Of(name));
        Assert.NotNull(IndicatorPolarities.Reason(name));
    }

    [Fact]
    public void Unknown_and_ambiguous_indicators_give_null()
    {
        Assert.Null(IndicatorPolarities.Of("Persentase PPKS"));     // coverage by definition, prevalence by scoring (§1.2)
        Assert.Null(IndicatorPolarities.Of("Nilai SAKIP"));
        // a one-word keyword is not formed across two words once spaces are left out: "Energi Nilai" is not "Gini",
        // "Ekonomi Corporate" is not "ICOR"
        Assert.Null(IndicatorPolarities.Of("Bauran Energi Nilai Tukar"));
        Assert.Null(IndicatorPolarities.Of("Ekonomi Corporate"));
        Assert.Null(IndicatorPolarities.Of(""));
        Assert.Null(IndicatorPolarities.Reason("Nilai SAKIP"));
        Assert.Throws<ArgumentNullException>(() => IndicatorPolarities.Of(null!));
    }
}
