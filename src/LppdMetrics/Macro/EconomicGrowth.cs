namespace LppdMetrics.Macro;

/// <summary>
/// Economic growth (LPE, <i>laju pertumbuhan ekonomi</i>) from PDRB at constant prices (ADHK, <i>atas dasar harga
/// konstan</i> 2010): PE_t = (PDRB_ADHK_t − PDRB_ADHK_{t−1}) / PDRB_ADHK_{t−1} × 100 (BPS; LPPD Blitar 2024 line 3137 and Tabel 2.6).
/// </summary>
public static class EconomicGrowth
{
    /// <summary>
    /// Growth of constant-price PDRB, in %, rounded half away from zero
    /// (Blitar ADHK 28.239.900 → 29.493.800 juta: 4,44 %).
    /// </summary>
    /// <param name="previousConstantPricePdrb">PDRB ADHK of the earlier year, &gt; 0 (any unit, the same for both).</param>
    /// <param name="currentConstantPricePdrb">PDRB ADHK of the later year, ≥ 0, in the same unit.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The growth rate with its trace (negative in a contraction: 2020 −2,29 %).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The earlier PDRB is ≤ 0, the later one negative, the rate exceeds the range of decimal (±7.9e28; a tiny earlier PDRB), or <paramref name="decimals"/> is outside 0–28.</exception>
    /// <remarks>Pass constant-price (ADHK) values: at current prices (ADHB) the rate includes inflation and is not economic growth.</remarks>
    public static MacroResult Rate(decimal previousConstantPricePdrb, decimal currentConstantPricePdrb, int decimals = 2)
    {
        Guard.Positive(previousConstantPricePdrb);
        Guard.NonNegative(currentConstantPricePdrb);
        return MacroResult.From(Change.PercentTrace("economic-growth",
            "(PDRB_ADHK_t − PDRB_ADHK_{t−1}) / PDRB_ADHK_{t−1} × 100",
            "BPS; LPPD Blitar 2024 line 3137, Tabel 2.6",
            "PDRB_ADHK_{t−1}", previousConstantPricePdrb, "PDRB_ADHK_t", currentConstantPricePdrb, decimals, nameof(previousConstantPricePdrb)));
    }
}
