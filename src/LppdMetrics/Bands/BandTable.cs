using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Bands;

/// <summary>
/// A band table as data: grades by score, as a regulation prints them, with the rule that closes the printed gaps.
/// The one classification of the library: predikat kinerja (Permendagri 86/2017), IKM quality (PermenPANRB 14/2017),
/// SPM categories (Permendagri 59/2021) and SAKIP grades (PermenPANRB 88/2021) are each a <see cref="BandTable{TGrade}"/>.
/// </summary>
/// <remarks>
/// Bands are lowest first, with strictly ascending lower bounds; only the first may have no lower bound. A value is
/// classified in the last band whose lower bound admits it (after rounding to <see cref="Decimals"/> under
/// <see cref="BandGapPolicy.RoundToPrintedPrecision"/>); a value below every lower bound falls in the first band, and
/// a value above the last upper bound in the last band. Values outside [<see cref="Minimum"/>, <see cref="Maximum"/>]
/// are errors. The classification is monotone: a higher value never gets a lower band.
/// </remarks>
/// <typeparam name="TGrade">The grade.</typeparam>
public sealed class BandTable<TGrade>
{
    /// <summary>Creates a table, checking the order of the bands.</summary>
    /// <param name="name">A short name ("Permendagri 86/2017").</param>
    /// <param name="source">The regulation and where it prints the table, for traces.</param>
    /// <param name="bands">The bands, lowest first, lower bounds strictly ascending; at least one.</param>
    /// <param name="decimals">The precision at which the bounds are printed (0–28); used by <see cref="BandGapPolicy.RoundToPrintedPrecision"/>.</param>
    /// <param name="gapPolicy">How values in the printed gaps are classified: the table's default.</param>
    /// <param name="minimum">The smallest value the table classifies; null for no limit.</param>
    /// <param name="maximum">The largest value the table classifies; null for no limit.</param>
    /// <exception cref="ArgumentException">The bands are empty, hold null, are out of order, a band other than the first
    /// has no lower bound, <paramref name="minimum"/> exceeds <paramref name="maximum"/>, or (under
    /// <see cref="BandGapPolicy.RoundToPrintedPrecision"/>) consecutive bands are not contiguous at <paramref name="decimals"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28 or <paramref name="gapPolicy"/> is undefined.</exception>
    public BandTable(string name, string source, IReadOnlyList<Band<TGrade>> bands, int decimals, BandGapPolicy gapPolicy,
        decimal? minimum = null, decimal? maximum = null)
    {
        Guard.NotNull(name);
        Guard.NotNull(source);
        Guard.HasItems(bands);
        Guard.Defined(gapPolicy);
        _ = ReportRounding.UnitInLastPlace(decimals);
        Guard.Ordered(minimum, maximum, nameof(minimum), nameof(maximum));
        for (int i = 0; i < bands.Count; i++)
        {
            Band<TGrade> b = bands[i];
            Guard.NotNull(b, string.Create(CultureInfo.InvariantCulture, $"bands[{i}]"));
            Guard.Ordered(b.Lower, b.Upper, string.Create(CultureInfo.InvariantCulture, $"bands[{i}].Lower"), string.Create(CultureInfo.InvariantCulture, $"bands[{i}].Upper"));
            if (i == 0) continue;
            Guard.That(b.Lower is not null, nameof(bands), string.Create(CultureInfo.InvariantCulture,
                $"bands[{i}] has no lower bound; only the first (lowest) band may be open below."));
            Guard.That(bands[i - 1].Lower is not { } previous || b.Lower > previous, nameof(bands), string.Create(CultureInfo.InvariantCulture,
                $"bands[{i}].Lower is {b.Lower}; expected more than bands[{i - 1}].Lower {bands[i - 1].Lower} (bands lowest first)."));
            // Rounding to the printed precision closes the gaps only when the printed bands are contiguous at it.
            if (gapPolicy == BandGapPolicy.RoundToPrintedPrecision && bands[i - 1].Upper is { } below)
            {
                decimal expected = b.LowerInclusive ? below + ReportRounding.UnitInLastPlace(decimals) : below;
                Guard.That(b.Lower == expected, nameof(bands), string.Create(CultureInfo.InvariantCulture,
                    $"bands[{i}] starts at {b.Lower} but bands[{i - 1}] ends at {below}; expected contiguous bands at {decimals} decimals."));
            }
        }
        Name = name;
        Regulation = source;
        Bands = bands.ToArray();
        Decimals = decimals;
        GapPolicy = gapPolicy;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>A short name of the table.</summary>
    public string Name { get; }

    /// <summary>The regulation and where it prints the table.</summary>
    public string Regulation { get; }

    /// <summary>The bands, lowest first.</summary>
    public IReadOnlyList<Band<TGrade>> Bands { get; }

    /// <summary>The precision at which the bounds are printed.</summary>
    public int Decimals { get; }

    /// <summary>How values in the printed gaps are classified by default.</summary>
    public BandGapPolicy GapPolicy { get; }

    /// <summary>The smallest value the table classifies; null for no limit.</summary>
    public decimal? Minimum { get; }

    /// <summary>The largest value the table classifies; null for no limit.</summary>
    public decimal? Maximum { get; }

    /// <summary>Returns a copy of this table that closes the gaps by <paramref name="gapPolicy"/>.</summary>
    /// <param name="gapPolicy">The gap policy.</param>
    /// <returns>The same bands with the other policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gapPolicy"/> is undefined.</exception>
    public BandTable<TGrade> With(BandGapPolicy gapPolicy) => new(Name, Regulation, Bands, Decimals, gapPolicy, Minimum, Maximum);

    /// <summary>The value the bands are looked up with: rounded half away from zero to <see cref="Decimals"/> under <see cref="BandGapPolicy.RoundToPrintedPrecision"/>, else unchanged.</summary>
    /// <param name="value">A value on the table's scale.</param>
    /// <returns>The lookup key.</returns>
    public decimal Key(decimal value) =>
        GapPolicy == BandGapPolicy.RoundToPrintedPrecision ? ReportRounding.Round(value, Decimals) : value;

    /// <summary>
    /// The band of <paramref name="value"/>: the last band whose lower bound admits <see cref="Key"/>(value); the first
    /// band below every lower bound.
    /// </summary>
    /// <param name="value">A value on the table's scale.</param>
    /// <param name="paramName">The caller's parameter name, for the error.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The key lies below <see cref="Minimum"/> or above <see cref="Maximum"/>.</exception>
    public Band<TGrade> Classify(decimal value, string paramName = "value")
    {
        decimal key = Key(value);
        if ((Minimum is { } min && key < min) || (Maximum is { } max && key > max))
            Guard.ThrowDecimalOutOfRange(paramName, value, (Minimum, Maximum) switch
            {
                ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"{lo} to {hi}"),
                ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {lo}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"≤ {Maximum}"),
            });
        for (int i = Bands.Count - 1; i > 0; i--)
            if (Bands[i].Admits(key))
                return Bands[i];
        return Bands[0];
    }

    /// <summary>
    /// True when <paramref name="value"/> (unrounded) lies within the table's printed range but in no printed band: its
    /// band depends on the gap policy.
    /// </summary>
    /// <param name="value">A value on the table's scale.</param>
    /// <returns>Whether the value falls in a printed gap.</returns>
    public bool InGap(decimal value) =>
        Bands[0].Admits(value) && (Bands[^1].Upper is not { } top || value <= top) && !Bands.Any(b => b.Contains(value));
}
