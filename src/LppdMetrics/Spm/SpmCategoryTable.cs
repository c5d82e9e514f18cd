namespace LppdMetrics.Spm;

/// <summary>
/// The SPM achievement categories (TUNTAS PARIPURNA, UTAMA, MADYA, PRATAMA, MUDA, BELUM TUNTAS) as a band table.
/// The index is classified unrounded: 99,996 is not Paripurna even though it prints as 100,00.
/// </summary>
/// <remarks>
/// What is known (LPPD Kabupaten Blitar 2024, docs/methods.md#spm-categories): 100,00 is TUNTAS PARIPURNA and 99,19 is TUNTAS UTAMA.
/// Nothing below that is printed, and the text of Permendagri 59/2021's annex was not available, so every lower
/// bound except Paripurna's is marked unverified (<see cref="SpmCategoryBand.Verified"/>). The two candidate
/// tables agree with the printed words but disagree on Pendidikan 81,09 and Damkar 80,41 (Utama vs Madya).
/// </remarks>
public sealed class SpmCategoryTable
{
    /// <summary>
    /// Candidate A, 20-point bands, the default: Paripurna 100; Utama 80–&lt;100; Madya 60–&lt;80; Pratama 40–&lt;60;
    /// Muda 20–&lt;40; Belum Tuntas &lt;20. Source: recollection of Permendagri 59/2021 / Kemendagri e-SPM
    /// (docs/methods.md#spm-categories, scheme A). Only the Paripurna bound is verified.
    /// </summary>
    public static SpmCategoryTable TwentyPointBands { get; } = new(
    [
        new SpmCategoryBand("BELUM TUNTAS", 0m, false),
        new SpmCategoryBand("TUNTAS MUDA", 20m, false),
        new SpmCategoryBand("TUNTAS PRATAMA", 40m, false),
        new SpmCategoryBand("TUNTAS MADYA", 60m, false),
        new SpmCategoryBand("TUNTAS UTAMA", 80m, false),
        new SpmCategoryBand("TUNTAS PARIPURNA", 100m, true),
    ], "Permendagri 59/2021 as recollected (unverified below 100; docs/methods.md#spm-categories)");

    /// <summary>
    /// Candidate B, 10-point bands: Paripurna 100; Utama 90–&lt;100; Madya 80–&lt;90; Pratama 70–&lt;80; Muda 60–&lt;70;
    /// Belum Tuntas &lt;60. Source: a third-party education-SPM dashboard (Kalimantan Barat), not an authority
    /// (docs/methods.md#spm-categories). Only the Paripurna bound is verified.
    /// </summary>
    public static SpmCategoryTable TenPointBands { get; } = new(
    [
        new SpmCategoryBand("BELUM TUNTAS", 0m, false),
        new SpmCategoryBand("TUNTAS MUDA", 60m, false),
        new SpmCategoryBand("TUNTAS PRATAMA", 70m, false),
        new SpmCategoryBand("TUNTAS MADYA", 80m, false),
        new SpmCategoryBand("TUNTAS UTAMA", 90m, false),
        new SpmCategoryBand("TUNTAS PARIPURNA", 100m, true),
    ], "Kalimantan Barat education-SPM dashboard (third party, unverified below 100; docs/methods.md#spm-categories)");

    /// <summary>Creates a category table.</summary>
    /// <param name="bands">The bands, lowest first, with strictly ascending lower bounds; the first lower bound must be ≤ 0.</param>
    /// <param name="source">Where the table comes from, for traces.</param>
    /// <exception cref="ArgumentException"><paramref name="bands"/> is empty, not ascending, or does not start at or below 0.</exception>
    public SpmCategoryTable(IReadOnlyList<SpmCategoryBand> bands, string source)
    {
        Guard.HasItems(bands);
        Guard.NotNull(source);
        for (int i = 0; i < bands.Count; i++)
        {
            Guard.NotNull(bands[i], FormattableString.Invariant($"bands[{i}]"));
            Guard.That(i == 0 || bands[i].LowerBound > bands[i - 1].LowerBound, nameof(bands), FormattableString.Invariant(
                $"bands[{i}].LowerBound is {bands[i].LowerBound}, not above bands[{Math.Max(i - 1, 0)}].LowerBound {bands[Math.Max(i - 1, 0)].LowerBound}; expected ascending bounds."));
        }
        Guard.That(bands[0].LowerBound <= 0, nameof(bands), FormattableString.Invariant(
            $"bands[0].LowerBound is {bands[0].LowerBound}; expected ≤ 0 so that every index 0–100 has a category."));
        Bands = bands.ToArray();
        Source = source;
    }

    /// <summary>The bands, lowest first.</summary>
    public IReadOnlyList<SpmCategoryBand> Bands { get; }

    /// <summary>The table's source.</summary>
    public string Source { get; }

    /// <summary>The category of an unrounded index: the last band whose lower bound is ≤ <paramref name="index"/>.</summary>
    /// <param name="index">The index, 0–100, unrounded.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is below the first lower bound.</exception>
    public SpmCategoryBand Classify(decimal index)
    {
        for (int i = Bands.Count - 1; i >= 0; i--)
            if (index >= Bands[i].LowerBound)
                return Bands[i];
        Guard.ThrowDecimalOutOfRange(nameof(index), index, FormattableString.Invariant($"≥ {Bands[0].LowerBound}"));
        return Bands[0];
    }
}
