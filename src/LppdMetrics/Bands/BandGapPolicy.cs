namespace LppdMetrics.Bands;

/// <summary>
/// How a value that falls in a gap of a printed band table is classified. Regulations print closed intervals with
/// gaps between them (Permendagri 86/2017: "76 % ≤ 90 %" then "91 % ≤ 100 %"; PermenPANRB 14/2017: 88,30 | 88,31),
/// so an unrounded value such as 90,5 or 88,305 lies in no printed band. Both policies give the same band for every
/// value outside a gap. Each table names its own default (<see cref="BandTable{TGrade}.GapPolicy"/>): the predicate
/// table <see cref="LowerBand"/>, the IKM table <see cref="RoundToPrintedPrecision"/>.
/// </summary>
public enum BandGapPolicy
{
    /// <summary>
    /// Half-open bands on the unrounded value: a band runs from its printed lower bound up to (excluding) the next
    /// band's lower bound, so a value in a gap takes the band below it (predicates: 90,5 → Tinggi; IKM: 88,305 → B).
    /// Equivalent to truncating at the printed precision.
    /// </summary>
    LowerBand = 0,

    /// <summary>
    /// Round the value half away from zero to the table's printed precision (<see cref="BandTable{TGrade}.Decimals"/>)
    /// first, then apply the printed bands (predicates, 0 decimals: 90,5 → 91 → Sangat Tinggi; IKM, 2 decimals:
    /// 88,305 → 88,31 → A).
    /// </summary>
    RoundToPrintedPrecision = 1,
}
