namespace LppdMetrics.Accountability;

/// <summary>
/// One row of the SAKIP grade table: scores in (<paramref name="Lower"/>, <paramref name="Upper"/>] (or
/// [<paramref name="Lower"/>, <paramref name="Upper"/>] when <paramref name="LowerInclusive"/>) get <paramref name="Grade"/>.
/// </summary>
/// <param name="Grade">The grade.</param>
/// <param name="Description">The grade's meaning as the regulation words it ("Sangat Baik").</param>
/// <param name="Lower">The lower bound of the score.</param>
/// <param name="LowerInclusive">Whether <paramref name="Lower"/> itself belongs to the band (only for the bottom band, D: 0).</param>
/// <param name="Upper">The upper bound of the score, inclusive.</param>
public sealed record SakipGradeBand(SakipGrade Grade, string Description, decimal Lower, bool LowerInclusive, decimal Upper)
{
    /// <summary>True when <paramref name="score"/> lies in the band.</summary>
    /// <param name="score">A SAKIP score.</param>
    /// <returns>Whether the band contains the score.</returns>
    public bool Contains(decimal score) => (LowerInclusive ? score >= Lower : score > Lower) && score <= Upper;
}
