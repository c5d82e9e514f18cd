using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// Population density (<i>kepadatan penduduk</i>) in persons per km² (<i>jiwa/km²</i>): of one area, of a region made of
/// sub-areas (Σ population / Σ area, the BPS definition), and, under an explicit name, the report's mean of the
/// sub-areas' densities (not a density of the region).
/// </summary>
public static class PopulationDensity
{
    /// <summary>
    /// Kepadatan penduduk = population / area (jiwa/km², BPS), rounded half away from zero
    /// (Blitar 2024 Tabel 1.2, Sutojayan: 52.623 / 66,83 = 787,42; the report prints 1.190,57).
    /// </summary>
    /// <param name="population">Persons, ≥ 0.</param>
    /// <param name="area">Land area in km², &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The density in jiwa/km² with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The population is negative, the area is 0 or negative, or
    /// <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Compute(decimal population, decimal area, int decimals = 2)
    {
        return Quotient.OfCounts("density", "kepadatan = penduduk / luas (jiwa/km²)", "BPS: kepadatan penduduk",
            ("penduduk", population, nameof(population)), ("luas (km²)", area, nameof(area)), 1m, decimals);
    }

    /// <summary>
    /// The density of a region made of sub-areas (kecamatan): Σ population / Σ area (jiwa/km², BPS), i.e. the
    /// area-weighted mean of the sub-areas' densities (Blitar 2024 Tabel 1.2: 1.261.699 / 1.744,33 = 723,31 over the
    /// printed rows; 1.263.650 / 1.744,32 = 724,44 from the printed totals; the report prints 926,59, the unweighted
    /// mean, see <see cref="MeanOfSubareaDensities"/>).
    /// </summary>
    /// <param name="populations">Persons per sub-area, each ≥ 0.</param>
    /// <param name="areas">Area per sub-area in km², each &gt; 0, in the same order.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The regional density with its trace (the sums as steps).</returns>
    /// <exception cref="ArgumentException">The spans are empty or differ in length, or an area is 0 (the index is named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A population or an area is negative (the index is named), a sum
    /// exceeds the range of decimal, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Regional(ReadOnlySpan<decimal> populations, ReadOnlySpan<decimal> areas, int decimals = 2)
    {
        Guard.NotEmpty(populations);
        Guard.SameLength(populations.Length, areas.Length, nameof(populations), nameof(areas));
        Guard.AllNonNegative(populations);
        Guard.AllNonNegative(areas);
        Guard.AllNonZero(areas);
        var trace = new TraceBuilder("density.regional", "kepadatan wilayah = Σ penduduk / Σ luas (jiwa/km²)",
            "BPS: kepadatan penduduk of a region = its population / its area");
        decimal population = Sum(populations, trace, "penduduk", nameof(populations));
        decimal area = Sum(areas, trace, "luas", nameof(areas));
        decimal density = TracedRatio.Divide(population, area, 1m, nameof(populations), population,
            a => string.Create(CultureInfo.InvariantCulture, $"Σ penduduk / {a}"));
        trace.Step("Σ penduduk", "sum of " + populations.Length.ToString(CultureInfo.InvariantCulture) + " sub-areas", population)
            .Step("Σ luas", "sum of " + areas.Length.ToString(CultureInfo.InvariantCulture) + " sub-areas", area)
            .Step("density", string.Create(CultureInfo.InvariantCulture, $"{population} / {area}"), density);
        return MacroResult.From(TracedRatio.FinishQuotient(trace, density, population, area, 1m, decimals));
    }

    /// <summary>
    /// The unweighted mean of the sub-areas' densities, Σ densityᵢ / n: the convention of LPPD Blitar 2024 Tabel 1.2's
    /// "Jumlah" row and line 281 ("Rata-rata tingkat kepadatan … 926,59 jiwa/km²" = the mean of the 22 printed
    /// kecamatan densities, docs/methods.md#population). It is NOT the region's density (small dense kecamatan weigh as
    /// much as large sparse ones); use <see cref="Regional"/> for that. Offered so an audit can name what a report did.
    /// </summary>
    /// <param name="densities">The sub-areas' densities in jiwa/km², each ≥ 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The mean with its trace (a note says it is not a regional density).</returns>
    /// <exception cref="ArgumentException">The span is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A density is negative (the index is named), the sum exceeds the
    /// range of decimal, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult MeanOfSubareaDensities(ReadOnlySpan<decimal> densities, int decimals = 2)
    {
        Guard.NotEmpty(densities);
        Guard.AllNonNegative(densities);
        var trace = new TraceBuilder("density.mean-of-densities", "Σ kepadatanᵢ / n (unweighted mean of sub-area densities)",
            "LPPD Kabupaten Blitar 2024 Tabel 1.2 'Jumlah' row (docs/methods.md#population); not a BPS definition");
        decimal sum = Sum(densities, trace, "kepadatan", nameof(densities));
        decimal mean = sum / densities.Length;
        trace.Step("mean", string.Create(CultureInfo.InvariantCulture, $"{sum} / {densities.Length}"), mean)
            .Note("an unweighted mean of densities, not the region's density (Σ penduduk / Σ luas)");
        return MacroResult.From(trace.Rounded(mean, decimals));
    }

    private static decimal Sum(ReadOnlySpan<decimal> values, TraceBuilder trace, string name, string paramName)
    {
        decimal sum = 0m;
        for (int i = 0; i < values.Length; i++)
        {
            trace.Input(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"), values[i]);
            try
            {
                sum += values[i];
            }
            catch (OverflowException)
            {
                throw Guard.Overflow(paramName, values[i], "the sum of " + paramName);
            }
        }
        return sum;
    }
}
