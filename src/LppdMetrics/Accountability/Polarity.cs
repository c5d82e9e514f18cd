namespace LppdMetrics.Accountability;

/// <summary>
/// The polarity of a performance indicator (<i>polaritas indikator</i>): whether a higher realisation is better.
/// A property of the indicator, not of the year; the capaian formula depends on it (<see cref="Achievement"/>).
/// </summary>
public enum Polarity
{
    /// <summary>
    /// Higher is better (<i>polaritas positif / normal</i>): IPM, IKM, growth, Desa Mandiri.
    /// Capaian = R / T × 100 (Permendagri 86/2017; docs/methods.md#capaian).
    /// </summary>
    Positive = 0,

    /// <summary>
    /// Lower is better (<i>polaritas negatif / khusus</i>): poverty %, Gini ratio, TPT, PPKS %, disaster risk index.
    /// Capaian = (2·T − R) / T × 100 = (1 + (1 − R/T)) × 100 (PermenPANRB on performance management; confirmed by the
    /// ten negative-polarity rows of LPPD Kabupaten Blitar 2024, docs/methods.md#polarity). The alternative T / R × 100
    /// is not used: it contradicts nine of those ten rows.
    /// </summary>
    Negative = 1,
}
