using System.Globalization;
using LppdMetrics.Bands;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The predicate (<i>predikat kinerja</i>) of a capaian by the band table of Permendagri 86/2017, "Skala Nilai
/// Peringkat Kinerja" (reprinted as LPPD Tabel 1 "Pengelompokan Nilai dan Predikat Kinerja";
/// docs/methods.md#predicate).
/// </summary>
/// <remarks>
/// The printed table: 91 % ≤ 100 % Sangat Tinggi; 76 % ≤ 90 % Tinggi; 66 % ≤ 75 % Sedang; 51 % ≤ 65 % Rendah;
/// ≤ 50 % Sangat Rendah. Edges: values above 100 % are Sangat Tinggi (as the report classes 100,37, 104,68, 112,278
/// and 118,24); negative values are Sangat Rendah; a value in a printed gap ((90, 91), (75, 76), (65, 66), (50, 51))
/// is classified by the <see cref="BandGapPolicy"/> (by default it takes the band below: half-open bands
/// [91, ∞), [76, 91), [66, 76), [51, 66), (−∞, 51)) and is flagged with <see cref="PredicateResult.InPrintedGap"/>.
/// The band table is data (<see cref="Permendagri86Of2017"/>); pass another <see cref="BandTable{TGrade}"/> for other
/// versions. The classification is monotone: a higher capaian never gets a worse predicate.
/// </remarks>
public static class PerformancePredicates
{
    /// <summary>Rule id of the classification.</summary>
    public const string Rule = "predicate.permendagri86";

    /// <summary>
    /// The Permendagri 86/2017 table as printed (LPPD Kabupaten Blitar 2024, Tabel 1, lines 1750–1758), lowest band
    /// first; printed precision 0 decimals; gaps closed by <see cref="BandGapPolicy.LowerBand"/> (the default).
    /// </summary>
    public static BandTable<PerformancePredicate> Permendagri86Of2017 { get; } = new(
        "Permendagri 86/2017",
        "Permendagri 86/2017, Skala Nilai Peringkat Kinerja; LPPD Kabupaten Blitar 2024 Tabel 1 (lines 1750–1758)",
        [
            new Band<PerformancePredicate>(PerformancePredicate.VeryLow, "Sangat Rendah", null, 50m),
            new Band<PerformancePredicate>(PerformancePredicate.Low, "Rendah", 51m, 65m),
            new Band<PerformancePredicate>(PerformancePredicate.Medium, "Sedang", 66m, 75m),
            new Band<PerformancePredicate>(PerformancePredicate.High, "Tinggi", 76m, 90m),
            new Band<PerformancePredicate>(PerformancePredicate.VeryHigh, "Sangat Tinggi", 91m, 100m),
        ],
        0, BandGapPolicy.LowerBand);

    /// <summary>
    /// Classifies <paramref name="achievement"/> by <paramref name="table"/> (Permendagri 86/2017 by default).
    /// </summary>
    /// <param name="achievement">The capaian (%) as computed or printed; any value (above the table → the top band, below → the bottom band).</param>
    /// <param name="table">The band table; <see cref="Permendagri86Of2017"/> when null.</param>
    /// <param name="gapPolicy">How a value in a printed gap is classified; the table's own policy when null
    /// (<see cref="BandGapPolicy.LowerBand"/> for <see cref="Permendagri86Of2017"/>; <see cref="BandGapPolicy.RoundToPrintedPrecision"/>
    /// rounds to an integer first).</param>
    /// <returns>The predicate, whether the value fell in a printed gap or above the table, and the trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gapPolicy"/> is undefined, or the value is outside the table's range.</exception>
    public static PredicateResult Classify(decimal achievement, BandTable<PerformancePredicate>? table = null,
        BandGapPolicy? gapPolicy = null)
    {
        table ??= Permendagri86Of2017;
        if (gapPolicy is { } policy && policy != table.GapPolicy)
            table = table.With(policy);
        IReadOnlyList<Band<PerformancePredicate>> bands = table.Bands;
        Band<PerformancePredicate> band = table.Classify(achievement, nameof(achievement));
        // Below every lower bound of a table whose bottom band is closed below: the bottom band, noted.
        bool belowTable = bands[0].Lower is { } bottom && achievement < bottom;
        bool aboveTable = bands[^1].Upper is { } top && achievement > top;
        bool inGap = table.InGap(achievement);
        bool rounds = table.GapPolicy == BandGapPolicy.RoundToPrintedPrecision;

        var trace = new TraceBuilder(Rule, "band of the table containing the capaian; gaps by the gap policy", table.Regulation)
            .Input("capaian", achievement, "%");
        trace.Note(!rounds
            ? "gap policy LowerBand: half-open bands from each printed lower bound; a value in a printed gap takes the band below"
            : string.Create(CultureInfo.InvariantCulture, $"gap policy RoundToPrintedPrecision: the capaian is rounded half away from zero to {table.Decimals} decimals, then the printed bands apply"));
        if (aboveTable)
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"above the table's top bound {bands[^1].Upper}: classed {bands[^1].Label}, as the report classes values above 100 %"));
        if (belowTable)
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"below the table's bottom bound {bands[0].Lower}: classed {bands[0].Label}"));
        if (inGap)
            trace.Note("the capaian lies in a gap of the printed table: the predicate depends on the gap policy (ambiguous)");
        trace.Note($"predicate: {band.Label}");
        CalculationTrace built = rounds ? trace.Rounded(achievement, table.Decimals) : trace.Result(achievement);
        return new PredicateResult
        {
            Achievement = achievement,
            Predicate = band.Grade,
            Label = band.Label,
            Band = band,
            InPrintedGap = inGap,
            AboveTable = aboveTable,
            GapRule = table.GapPolicy,
            Trace = built,
        };
    }
}
