namespace LppdMetrics.Bands;

/// <summary>
/// One row of a band table as printed: the interval [<paramref name="Lower"/>, <paramref name="Upper"/>] (the lower
/// bound excluded when <see cref="LowerInclusive"/> is false) and its grade. A null bound is open (−∞ or +∞).
/// </summary>
/// <typeparam name="TGrade">The grade (an enum such as <c>PerformancePredicate</c>, or a printed word).</typeparam>
/// <param name="Grade">The grade of the band.</param>
/// <param name="Label">The grade as printed ("Sangat Tinggi", "TUNTAS UTAMA", "Baik").</param>
/// <param name="Lower">The printed lower bound; null for none (only the lowest band).</param>
/// <param name="Upper">The printed upper bound, inclusive; null for none.</param>
public sealed record Band<TGrade>(TGrade Grade, string Label, decimal? Lower, decimal? Upper)
{
    /// <summary>Whether <see cref="Lower"/> itself belongs to the band (true for most tables; SAKIP bands are (lower, upper]).</summary>
    public bool LowerInclusive { get; init; } = true;

    /// <summary>True when the bound is confirmed by a printed figure or the regulation text; false for an unverified candidate (SPM categories).</summary>
    public bool Verified { get; init; } = true;

    /// <summary>True when <paramref name="value"/> lies in the printed interval.</summary>
    /// <param name="value">A value on the table's scale.</param>
    /// <returns>Whether Lower ≤ value (or &lt; when the lower bound is excluded) and value ≤ Upper; missing bounds are open.</returns>
    public bool Contains(decimal value) =>
        (Lower is not { } lo || (LowerInclusive ? value >= lo : value > lo)) && (Upper is not { } hi || value <= hi);

    /// <summary>True when <paramref name="value"/> is at or above the band's lower bound (above it when excluded).</summary>
    internal bool Admits(decimal value) => Lower is not { } lo || (LowerInclusive ? value >= lo : value > lo);
}
