using System.Globalization;
using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// SAKIP letter grades (AA, A, BB, B, CC, C, D) from the evaluation score (nilai AKIP, 0–100), by the interpretation
/// table of PermenPANRB 88/2021 on the evaluation of performance accountability (Evaluasi AKIP).
/// </summary>
/// <remarks>
/// Bands: &gt; 90–100 AA; &gt; 80–90 A; &gt; 70–80 BB; &gt; 60–70 B; &gt; 50–60 CC; &gt; 30–50 C; 0–30 D. A band
/// includes its upper bound (80 is BB, 80,01 is A). The LPPD does not print the table; every score–grade pair it
/// shows agrees with it: 71 (BB), 67,16 (B), 81 (A), 69,02 (B), 68,37 (B) (docs/methods.md#sakip). The table is data
/// (<see cref="Table"/>). Edges: a score outside 0–100 is an error.
/// </remarks>
public static class SakipGrades
{
    /// <summary>Rule id of the grading.</summary>
    public const string Rule = "sakip.grade";

    /// <summary>The source of <see cref="Table"/>.</summary>
    public const string Regulation = "PermenPANRB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah), interpretation of the AKIP score";

    /// <summary>
    /// The grade table, lowest grade first: bands (lower, upper], D [0, 30]; scores outside 0–100 are errors. The
    /// gap policy is irrelevant (the bands are contiguous): <see cref="BandGapPolicy.LowerBand"/>.
    /// </summary>
    public static BandTable<SakipGrade> Table { get; } = new("PermenPANRB 88/2021", Regulation,
    [
        new Band<SakipGrade>(SakipGrade.D, "Sangat Kurang", 0m, 30m),
        new Band<SakipGrade>(SakipGrade.C, "Kurang", 30m, 50m) { LowerInclusive = false },
        new Band<SakipGrade>(SakipGrade.CC, "Cukup", 50m, 60m) { LowerInclusive = false },
        new Band<SakipGrade>(SakipGrade.B, "Baik", 60m, 70m) { LowerInclusive = false },
        new Band<SakipGrade>(SakipGrade.BB, "Sangat Baik", 70m, 80m) { LowerInclusive = false },
        new Band<SakipGrade>(SakipGrade.A, "Memuaskan", 80m, 90m) { LowerInclusive = false },
        new Band<SakipGrade>(SakipGrade.AA, "Sangat Memuaskan", 90m, 100m) { LowerInclusive = false },
    ], 0, BandGapPolicy.LowerBand, minimum: 0m, maximum: 100m);

    /// <summary>The grade of a SAKIP score (67,16 → B; 71 → BB; 81 → A).</summary>
    /// <param name="score">The AKIP evaluation score, 0 to 100.</param>
    /// <returns>The grade, its band and the trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above 100.</exception>
    public static SakipGradeResult Classify(decimal score)
    {
        Band<SakipGrade> band = Table.Classify(score, nameof(score));
        CalculationTrace trace = new TraceBuilder(Rule, "band of the grade table containing the score", Regulation)
            .Input("score", score, "nilai AKIP, 0–100")
            .Note(string.Create(CultureInfo.InvariantCulture, $"grade: {band.Grade} ({band.Label}), score in {(band.LowerInclusive ? "[" : "(")}{band.Lower}, {band.Upper}]"))
            .Result(score);
        return new SakipGradeResult { Score = score, Grade = band.Grade, Band = band, Trace = trace };
    }

    /// <summary>The band of a grade, e.g. to turn a letter-only target ("BB") into a score range.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>Its band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is undefined.</exception>
    public static Band<SakipGrade> BandOf(SakipGrade grade)
    {
        Guard.Defined(grade);
        return Table.Bands.First(b => b.Grade == grade);
    }
}
