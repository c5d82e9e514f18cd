using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The public satisfaction index (IKM, <i>Indeks Kepuasan Masyarakat</i>, PermenPANRB 14/2017) of one set of
/// respondents: one service unit, or several units pooled over their respondents
/// (<see cref="SatisfactionIndex.PooledOverRespondents"/>).
/// </summary>
public sealed record SatisfactionResult : TracedResult
{
    internal SatisfactionResult(long respondents, IReadOnlyList<SatisfactionElementResult> elements, decimal satisfaction, Band<string> band, CalculationTrace trace) : base(trace)
    {
        Respondents = respondents;
        Elements = elements;
        Index = satisfaction;
        Band = band;
    }

    /// <summary>The number of respondents (rows), including those who left some elements unanswered.</summary>
    public long Respondents { get; }

    /// <summary>The nine elements U1…U9 with their NRR and answer counts.</summary>
    public IReadOnlyList<SatisfactionElementResult> Elements { get; }

    /// <summary>IKM = Σ weighted NRR, scale 1–4, full decimal precision (unrounded).</summary>
    public decimal Index { get; }

    /// <summary>The converted IKM (<i>IKM unit pelayanan</i>) = IKM × 25, scale 25–100, unrounded; the same number as <see cref="TracedResult.Value"/>, the trace's result.</summary>
    public decimal Converted => Value!.Value;

    /// <summary>The band of <see cref="Converted"/> in the options' band table.</summary>
    public Band<string> Band { get; }

    /// <summary>The quality letter (<i>mutu pelayanan</i>) "A"–"D".</summary>
    public string Quality => Band.Grade;

    /// <summary>The performance word (<i>kinerja unit pelayanan</i>), e.g. "Sangat Baik".</summary>
    public string Performance => Band.Label;
}
