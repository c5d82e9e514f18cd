namespace LppdMetrics.Accountability;

/// <summary>
/// One row of a predicate table as printed: a closed interval [<paramref name="Lower"/>, <paramref name="Upper"/>] of
/// capaian (%) and its predicate. A null bound is open (−∞ or +∞).
/// </summary>
/// <param name="Predicate">The predicate of the band.</param>
/// <param name="Label">The predicate as printed ("Sangat Tinggi").</param>
/// <param name="Lower">The printed lower bound (%), inclusive; null for none (the bottom band).</param>
/// <param name="Upper">The printed upper bound (%), inclusive; null for none.</param>
public sealed record PredicateBand(PerformancePredicate Predicate, string Label, decimal? Lower, decimal? Upper)
{
    /// <summary>True when <paramref name="capaian"/> lies in the printed closed interval.</summary>
    /// <param name="capaian">A capaian (%).</param>
    /// <returns>Whether Lower ≤ capaian ≤ Upper (missing bounds are open).</returns>
    public bool Contains(decimal capaian) =>
        (Lower is not { } lo || capaian >= lo) && (Upper is not { } hi || capaian <= hi);
}
