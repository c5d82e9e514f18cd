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
    [InlineData("indeks pembangunan manusia", Polarity.Positive)]
    [InlineData("Pertumbuhan Ekonomi", Polarity.Positive)]
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
        Assert.Null(IndicatorPolarities.Of(""));
        Assert.Null(IndicatorPolarities.Reason("Nilai SAKIP"));
        Assert.Throws<ArgumentNullException>(() => IndicatorPolarities.Of(null!));
    }
}
