
namespace LppdMetrics.Macro;

/// <summary>
/// Labour-market rates of BPS's Sakernas: open unemployment (TPT, <i>Tingkat Pengangguran Terbuka</i>) and
/// labour-force participation (TPAK, <i>Tingkat Partisipasi Angkatan Kerja</i>).
/// </summary>
/// <remarks>Labour force (<i>angkatan kerja</i>) = employed (<i>bekerja</i>) + unemployed (<i>pengangguran</i>);
/// working-age population (<i>penduduk usia kerja</i>) = aged 15 and over (BPS; the report writes "&gt; 15 Th").</remarks>
public static class LaborRates
{
    /// <summary>
    /// TPT = unemployed / labour force × 100 (%), rounded half away from zero
    /// (Blitar 2024: 34.859 / 730.704 = 4,77 %; LPPD line 3273, Tabel 2.5).
    /// </summary>
    /// <param name="unemployed">Unemployed persons aged 15+, ≥ 0 and ≤ <paramref name="laborForce"/>.</param>
    /// <param name="laborForce">Labour force aged 15+, &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The rate with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the labour force is 0, there are more unemployed than the labour force, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult OpenUnemploymentRate(decimal unemployed, decimal laborForce, int decimals = 2)
    {
        return Rate("labor.open-unemployment", "TPT = pengangguran / angkatan kerja × 100", "BPS Sakernas; LPPD Blitar 2024 line 3273",
            ("pengangguran", unemployed, nameof(unemployed)), ("angkatan kerja", laborForce, nameof(laborForce)), decimals);
    }

    /// <summary>
    /// TPAK = labour force / working-age population × 100 (%), rounded half away from zero
    /// (Blitar 2024: 730.704 / 1.009.799 = 72,36 %; Tabel 2.5).
    /// </summary>
    /// <param name="laborForce">Labour force aged 15+, ≥ 0 and ≤ <paramref name="workingAgePopulation"/>.</param>
    /// <param name="workingAgePopulation">Population aged 15+, &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The rate with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the population is 0, the labour force exceeds it, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult ParticipationRate(decimal laborForce, decimal workingAgePopulation, int decimals = 2)
    {
        return Rate("labor.participation", "TPAK = angkatan kerja / penduduk usia kerja × 100", "BPS Sakernas; LPPD Blitar 2024 Tabel 2.5",
            ("angkatan kerja", laborForce, nameof(laborForce)), ("penduduk usia kerja", workingAgePopulation, nameof(workingAgePopulation)), decimals);
    }

    private static MacroResult Rate(string rule, string formula, string source,
        (string Label, decimal Value, string Param) part, (string Label, decimal Value, string Param) whole, int decimals) =>
        Quotient.OfCounts(rule, formula, source, part, whole, 100m, decimals, partOfWhole: true);
}
