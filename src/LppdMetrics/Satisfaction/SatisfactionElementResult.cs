namespace LppdMetrics.Satisfaction;

/// <summary>The result for one survey element (<i>unsur</i>): its NRR (<i>nilai rata-rata</i>) and weighted NRR.</summary>
/// <param name="Element">The element label, "U1" to "U9".</param>
/// <param name="Answered">Respondents who answered it (1–4); the NRR's denominator.</param>
/// <param name="Unanswered">Respondents who left it empty; excluded from this element's NRR (and only from it).</param>
/// <param name="Sum">Σ answers of those who answered.</param>
/// <param name="MeanScore">NRR = <paramref name="Sum"/> / <paramref name="Answered"/>, scale 1–4, full decimal precision.</param>
/// <param name="WeightedMeanScore">NRR × weight (1/9, or 0,111 with <see cref="SatisfactionWeighting.PrintedThreeDecimals"/>).</param>
public sealed record SatisfactionElementResult(string Element, long Answered, long Unanswered, long Sum, decimal MeanScore, decimal WeightedMeanScore);
