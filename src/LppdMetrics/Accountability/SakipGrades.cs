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
/// (<see cref="Bands"/>). Edges: a score outside 0–100 is an error.
/// </remarks>
public static class SakipGrades
{
    /// <summary>Rule id of the grading.</summary>
    public const string Rule = "sakip.grade";

    /// <summary>The source of <see cref="Bands"/>.</summary>
    public const string Source = "PermenPANRB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah), interpretation of the AKIP score";

    /// <summary>The grade table, best grade first.</summary>
    public static IReadOnlyList<SakipGradeBand> Bands { get; } =
    [
        new(SakipGrade.AA, "Sangat Memuaskan", 90m, false, 100m),
        new(SakipGrade.A, "Memuaskan", 80m, false, 90m),
        new(SakipGrade.BB, "Sangat Baik", 70m, false, 80m),
        new(SakipGrade.B, "Baik", 60m, false, 70m),
        new(SakipGrade.CC, "Cukup", 50m, false, 60m),
        new(SakipGrade.C, "Kurang", 30m, false, 50m),
        new(SakipGrade.D, "Sangat Kurang", 0m, true, 30m),
    ];

    /// <summary>The grade of a SAKIP score (67,16 → B; 71 → BB; 81 → A).</summary>
    /// <param name="score">The AKIP evaluation score, 0 to 100.</param>
    /// <returns>The grade, its band and the trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above 100.</exception>
    public static SakipGradeResult Classify(decimal score)
    {
        if (score < 0m || score > 100m)
            throw new ArgumentOutOfRangeException(nameof(score), score,
                FormattableString.Invariant($"score is {score}; expected a SAKIP score from 0 to 100."));
        SakipGradeBand band = Bands.First(b => b.Contains(score));
        CalculationTrace trace = new TraceBuilder(Rule, "band of the grade table containing the score", Source)
            .Input("score", score, "nilai AKIP, 0–100")
            .Note(FormattableString.Invariant($"grade: {band.Grade} ({band.Description}), score in {(band.LowerInclusive ? "[" : "(")}{band.Lower}, {band.Upper}]"))
            .Result(score);
        return new SakipGradeResult { Score = score, Grade = band.Grade, Band = band, Trace = trace };
    }

    /// <summary>The band of a grade, e.g. to turn a letter-only target ("BB") into a score range.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>Its band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is undefined.</exception>
    public static SakipGradeBand BandOf(SakipGrade grade)
    {
        Guard.Defined(grade);
        return Bands.First(b => b.Grade == grade);
    }
}
