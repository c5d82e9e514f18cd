namespace LppdMetrics.Accountability;

/// <summary>
/// A predicate table as data: its bands as printed, with the regulation it comes from. Bands are ordered from the
/// best predicate to the worst, by strictly decreasing lower bound; only the last band may have no lower bound.
/// Values above the first band's upper bound are classed in the first band (the report classes 118,24 % Sangat
/// Tinggi).
/// </summary>
public sealed record PredicateBandTable
{
    /// <summary>Creates a table, checking the order of the bands.</summary>
    /// <param name="name">A short name ("Permendagri 86/2017").</param>
    /// <param name="source">The regulation and where it prints the table.</param>
    /// <param name="bands">The bands, best first, lower bounds strictly decreasing; at least one.</param>
    /// <exception cref="ArgumentException">The bands are empty, out of order, or a band other than the last has no lower bound.</exception>
    public PredicateBandTable(string name, string source, IReadOnlyList<PredicateBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
            throw new ArgumentException("bands is empty; at least one band is required.", nameof(bands));
        for (int i = 0; i < bands.Count; i++)
        {
            PredicateBand b = bands[i];
            Guard.Ordered(b.Lower, b.Upper, FormattableString.Invariant($"bands[{i}].Lower"), FormattableString.Invariant($"bands[{i}].Upper"));
            if (b.Lower is null && i != bands.Count - 1)
                throw new ArgumentException(FormattableString.Invariant($"bands[{i}] has no lower bound; only the last band may be open below."), nameof(bands));
            if (i > 0 && b.Lower is { } lo && lo >= bands[i - 1].Lower!.Value)
                throw new ArgumentException(FormattableString.Invariant($"bands[{i}].Lower is {lo}; expected less than bands[{i - 1}].Lower {bands[i - 1].Lower}."), nameof(bands));
        }
        Name = name;
        Source = source;
        Bands = bands.ToArray();
    }

    /// <summary>A short name of the table.</summary>
    public string Name { get; }

    /// <summary>The regulation and where it prints the table.</summary>
    public string Source { get; }

    /// <summary>The bands, best first.</summary>
    public IReadOnlyList<PredicateBand> Bands { get; }
}
