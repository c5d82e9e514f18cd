namespace LppdMetrics.Accountability;

/// <summary>
/// How a capaian that falls in a gap of the printed predicate table is classified. Permendagri 86/2017 prints
/// "91 % ≤ 100 %", "76 % ≤ 90 %", "66 % ≤ 75 %", "51 % ≤ 65 %", "≤ 50 %": (90, 91), (75, 76), (65, 66) and (50, 51)
/// belong to no band (docs/methods.md#predicate). Both rules agree everywhere outside the gaps.
/// </summary>
public enum PredicateGapRule
{
    /// <summary>
    /// Half-open bands on the unrounded value: a band runs from its printed lower bound up to the next band's lower
    /// bound, so a value in a gap takes the band below it ([91, ∞) Sangat Tinggi, [76, 91) Tinggi, [66, 76) Sedang,
    /// [51, 66) Rendah, (−∞, 51) Sangat Rendah; 90,5 → Tinggi). The default, as recommended by the reference and as
    /// the public implementations read the table (≥ 91, ≥ 76, ≥ 66, ≥ 51).
    /// </summary>
    LowerBand = 0,

    /// <summary>
    /// Round the capaian half away from zero to an integer first, then apply the printed bands (90,5 → 91 →
    /// Sangat Tinggi; 90,4 → 90 → Tinggi).
    /// </summary>
    RoundToInteger = 1,
}
