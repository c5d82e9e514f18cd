namespace LppdMetrics.Macro;

/// <summary>Sex ratio (<i>rasio jenis kelamin</i>, "Sex Ratio"): males per 100 females.</summary>
public static class SexRatio
{
    /// <summary>
    /// Rasio jenis kelamin = laki-laki / perempuan × 100 (males per 100 females, BPS), rounded half away from zero
    /// (Blitar 2024 Tabel 2.5: 633.732 / 627.967 × 100 = 100,92; the text at line 285 prints 101,07). 100 means as
    /// many males as females.
    /// </summary>
    /// <param name="males">Male population, ≥ 0.</param>
    /// <param name="females">Female population, &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The ratio (males per 100 females) with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The males are negative, there are no females (0: undefined, not ∞),
    /// or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Compute(decimal males, decimal females, int decimals = 2)
    {
        return Quotient.OfCounts("sex-ratio", "rasio jenis kelamin = laki-laki / perempuan × 100", "BPS: rasio jenis kelamin (sex ratio)",
            ("laki-laki", males, nameof(males)), ("perempuan", females, nameof(females)), 100m, decimals);
    }
}
