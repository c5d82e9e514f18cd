namespace LppdMetrics.Satisfaction;

/// <summary>
/// One row of the IKM interval table (<i>nilai persepsi, interval nilai IKM, interval konversi, mutu pelayanan,
/// kinerja unit pelayanan</i>) of PermenPANRB 14/2017, as printed.
/// </summary>
/// <param name="Quality">The quality letter (<i>mutu pelayanan</i>): "A" to "D".</param>
/// <param name="Performance">The performance word (<i>kinerja unit pelayanan</i>): "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik".</param>
/// <param name="ConvertedLower">The printed lower bound on the converted scale 25–100 (NIK), inclusive.</param>
/// <param name="ConvertedUpper">The printed upper bound on the converted scale, inclusive.</param>
/// <param name="IndexLower">The printed lower bound on the IKM scale 1–4 (NI); equals <paramref name="ConvertedLower"/> / 25.</param>
/// <param name="IndexUpper">The printed upper bound on the IKM scale 1–4 (NI); equals <paramref name="ConvertedUpper"/> / 25.</param>
public sealed record IkmBand(
    string Quality,
    string Performance,
    decimal ConvertedLower,
    decimal ConvertedUpper,
    decimal IndexLower,
    decimal IndexUpper);
