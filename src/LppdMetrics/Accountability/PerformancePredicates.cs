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
/// is classified by the <see cref="PredicateGapRule"/> (by default it takes the band below: half-open bands
/// [91, ∞), [76, 91), [66, 76), [51, 66), (−∞, 51)) and is flagged with <see cref="PredicateResult.InPrintedGap"/>.
/// The band table is data (<see cref="Permendagri86Of2017"/>); pass another <see cref="PredicateBandTable"/> for other
/// versions. The classification is monotone: a higher capaian never gets a worse predicate.
/// </remarks>
public static class PerformancePredicates
{
    /// <summary>Rule id of the classification.</summary>
    public const string Rule = "predicate.permendagri86";

    /// <summary>The Permendagri 86/2017 table as printed (LPPD Kabupaten Blitar 2024, Tabel 1, lines 1750–1758).</summary>
    public static PredicateBandTable Permendagri86Of2017 { get; } = new(
        "Permendagri 86/2017",
        "Permendagri 86/2017, Skala Nilai Peringkat Kinerja; LPPD Kabupaten Blitar 2024 Tabel 1 (lines 1750–1758)",
        [
            new PredicateBand(PerformancePredicate.SangatTinggi, "Sangat Tinggi", 91m, 100m),
            new PredicateBand(PerformancePredicate.Tinggi, "Tinggi", 76m, 90m),
            new PredicateBand(PerformancePredicate.Sedang, "Sedang", 66m, 75m),
            new PredicateBand(PerformancePredicate.Rendah, "Rendah", 51m, 65m),
            new PredicateBand(PerformancePredicate.SangatRendah, "Sangat Rendah", null, 50m),
        ]);

    /// <summary>
    /// Classifies <paramref name="capaian"/> by <paramref name="table"/> (Permendagri 86/2017 by default).
    /// </summary>
    /// <param name="capaian">The capaian (%) as computed or printed; any value (above 100 → the top band, negative → the bottom band).</param>
    /// <param name="table">The band table; <see cref="Permendagri86Of2017"/> when null.</param>
    /// <param name="gapRule">How a value in a printed gap is classified; <see cref="PredicateGapRule.LowerBand"/> by default.</param>
    /// <returns>The predicate, whether the value fell in a printed gap or above the table, and the trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gapRule"/> is undefined.</exception>
    public static PredicateResult Classify(decimal capaian, PredicateBandTable? table = null,
        PredicateGapRule gapRule = PredicateGapRule.LowerBand)
    {
        Guard.Defined(gapRule);
        table ??= Permendagri86Of2017;
        IReadOnlyList<PredicateBand> bands = table.Bands;

        decimal key = gapRule == PredicateGapRule.RoundToInteger ? ReportRounding.Round(capaian, 0) : capaian;
        PredicateBand band = bands[^1];
        foreach (PredicateBand b in bands)
            if (b.Lower is not { } lo || key >= lo)
            {
                band = b;
                break;
            }
        // Below every lower bound of a table whose last band is closed below: the last band, noted.
        bool belowTable = bands[^1].Lower is { } bottom && capaian < bottom;
        bool aboveTable = bands[0].Upper is { } top && capaian > top;
        bool inGap = !aboveTable && !belowTable && !bands.Any(b => b.Contains(capaian));

        var trace = new TraceBuilder(Rule, "band of the table containing the capaian; gaps by the gap rule", table.Source)
            .Input("capaian", capaian, "%");
        trace.Note(gapRule == PredicateGapRule.LowerBand
            ? "gap rule LowerBand: half-open bands from each printed lower bound; a value in a printed gap takes the band below"
            : "gap rule RoundToInteger: the capaian is rounded half away from zero to an integer, then the printed bands apply");
        if (aboveTable)
            trace.Note(FormattableString.Invariant($"above the table's top bound {bands[0].Upper}: classed {bands[0].Label}, as the report classes values above 100 %"));
        if (belowTable)
            trace.Note(FormattableString.Invariant($"below the table's bottom bound {bands[^1].Lower}: classed {bands[^1].Label}"));
        if (inGap)
            trace.Note("the capaian lies in a gap of the printed table: the predicate depends on the gap rule (ambiguous)");
        trace.Note($"predicate: {band.Label}");
        CalculationTrace built = gapRule == PredicateGapRule.RoundToInteger ? trace.Rounded(capaian, 0) : trace.Result(capaian);
        return new PredicateResult
        {
            Capaian = capaian,
            Predicate = band.Predicate,
            Label = band.Label,
            Band = band,
            InPrintedGap = inGap,
            AboveTable = aboveTable,
            GapRule = gapRule,
            Trace = built,
        };
    }
}
