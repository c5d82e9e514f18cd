using LppdMetrics.Numbers;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The IKM interval table as data: quality letters and performance words by converted IKM (25–100), and the rule
/// that closes the printed gaps between intervals.
/// </summary>
/// <remarks>
/// The bands must be in ascending order, contiguous at the table's printed precision (each lower bound is one unit
/// in the last place above the previous upper bound), and cover the scale 25–100 from the first lower bound to the
/// last upper bound. <see cref="PermenPanRb14Of2017"/> is the regulation's table and the default.
/// </remarks>
public sealed class IkmBandTable
{
    /// <summary>
    /// The interval table of PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat), as printed:
    /// D Tidak Baik 25,00–64,99 (1,00–2,5996); C Kurang Baik 65,00–76,60 (2,60–3,064); B Baik 76,61–88,30
    /// (3,0644–3,532); A Sangat Baik 88,31–100,00 (3,5324–4,00). Transcribed from an implementation document
    /// (docs/methods.md#ikm); the IKM-scale bounds are exactly the converted bounds / 25.
    /// Printed precision 2 decimals; gaps closed by <see cref="IkmBandClosing.RoundToPrintedPrecision"/>.
    /// </summary>
    public static IkmBandTable PermenPanRb14Of2017 { get; } = new(
    [
        new IkmBand("D", "Tidak Baik", 25.00m, 64.99m, 1.00m, 2.5996m),
        new IkmBand("C", "Kurang Baik", 65.00m, 76.60m, 2.60m, 3.064m),
        new IkmBand("B", "Baik", 76.61m, 88.30m, 3.0644m, 3.532m),
        new IkmBand("A", "Sangat Baik", 88.31m, 100.00m, 3.5324m, 4.00m),
    ], 2, IkmBandClosing.RoundToPrintedPrecision);

    /// <summary>Creates a band table.</summary>
    /// <param name="bands">The bands, lowest first, contiguous at <paramref name="decimals"/> decimals.</param>
    /// <param name="decimals">The precision at which the converted bounds are printed (0–28).</param>
    /// <param name="closing">How values in the printed gaps are classified.</param>
    /// <exception cref="ArgumentException"><paramref name="bands"/> is empty, out of order, or not contiguous at <paramref name="decimals"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28 or <paramref name="closing"/> is undefined.</exception>
    public IkmBandTable(IReadOnlyList<IkmBand> bands, int decimals, IkmBandClosing closing)
    {
        Guard.HasItems(bands);
        decimal ulp = ReportRounding.UnitInLastPlace(decimals);
        Guard.Defined(closing);
        for (int i = 0; i < bands.Count; i++)
        {
            Guard.NotNull(bands[i], FormattableString.Invariant($"bands[{i}]"));
            Guard.That(bands[i].ConvertedUpper >= bands[i].ConvertedLower, nameof(bands), FormattableString.Invariant(
                $"bands[{i}] runs from {bands[i].ConvertedLower} down to {bands[i].ConvertedUpper}; expected lower ≤ upper."));
            Guard.That(i == 0 || bands[i].ConvertedLower == bands[i - 1].ConvertedUpper + ulp, nameof(bands), FormattableString.Invariant(
                $"bands[{i}] starts at {bands[i].ConvertedLower} but bands[{Math.Max(i - 1, 0)}] ends at {bands[Math.Max(i - 1, 0)].ConvertedUpper}; expected contiguous bands at {decimals} decimals."));
        }
        Bands = bands.ToArray();
        Decimals = decimals;
        Closing = closing;
    }

    /// <summary>The bands, lowest first.</summary>
    public IReadOnlyList<IkmBand> Bands { get; }

    /// <summary>The precision at which the converted bounds are printed (2 for PermenPANRB 14/2017).</summary>
    public int Decimals { get; }

    /// <summary>How values in the printed gaps are classified.</summary>
    public IkmBandClosing Closing { get; }

    /// <summary>Returns a copy of this table that closes the gaps by <paramref name="closing"/>.</summary>
    /// <param name="closing">The gap rule.</param>
    /// <returns>The same bands with the other closing rule.</returns>
    public IkmBandTable With(IkmBandClosing closing) => new(Bands, Decimals, closing);

    /// <summary>
    /// The band of a converted IKM (scale 25–100): with <see cref="IkmBandClosing.RoundToPrintedPrecision"/> the value
    /// is first rounded half away from zero to <see cref="Decimals"/>; then the band is the last whose lower bound is
    /// ≤ the value. A value below the first lower bound falls in the first band (this happens only with the printed
    /// weight 0,111, whose smallest converted IKM is 0,999 × 25 = 24,975).
    /// </summary>
    /// <param name="converted">The converted IKM (IKM × 25).</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The (rounded) value lies below 0 or above the last upper bound.</exception>
    public IkmBand Classify(decimal converted)
    {
        decimal value = Closing == IkmBandClosing.RoundToPrintedPrecision ? ReportRounding.Round(converted, Decimals) : converted;
        if (value < 0 || value > Bands[^1].ConvertedUpper)
            Guard.ThrowDecimalOutOfRange(nameof(converted), converted, FormattableString.Invariant($"0 to {Bands[^1].ConvertedUpper}"));
        for (int i = Bands.Count - 1; i > 0; i--)
            if (value >= Bands[i].ConvertedLower)
                return Bands[i];
        return Bands[0];
    }
}
