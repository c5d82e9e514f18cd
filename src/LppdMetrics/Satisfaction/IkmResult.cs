using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The public satisfaction index (IKM, <i>Indeks Kepuasan Masyarakat</i>, PermenPANRB 14/2017) of one set of
/// respondents: one service unit, or several units pooled over their respondents
/// (<see cref="SatisfactionIndex.PooledOverRespondents"/>).
/// </summary>
public sealed class IkmResult : ITraceable
{
    internal IkmResult(long respondents, IReadOnlyList<IkmElementResult> elements, decimal ikm, Band<string> band, CalculationTrace trace)
    {
        Respondents = respondents;
        Elements = elements;
        Ikm = ikm;
        Band = band;
        Trace = trace;
    }

    /// <summary>The number of respondents (rows), including those who left some elements unanswered.</summary>
    public long Respondents { get; }

    /// <summary>The nine elements U1…U9 with their NRR and answer counts.</summary>
    public IReadOnlyList<IkmElementResult> Elements { get; }

    /// <summary>IKM = Σ weighted NRR, scale 1–4, full decimal precision (unrounded).</summary>
    public decimal Ikm { get; }

    /// <summary>The converted IKM (<i>IKM unit pelayanan</i>) = IKM × 25, scale 25–100, unrounded.</summary>
    public decimal Converted => Ikm * 25m;

    /// <summary>The band of <see cref="Converted"/> in the options' band table.</summary>
    public Band<string> Band { get; }

    /// <summary>The quality letter (<i>mutu pelayanan</i>) "A"–"D".</summary>
    public string Quality => Band.Grade;

    /// <summary>The performance word (<i>kinerja unit pelayanan</i>), e.g. "Sangat Baik".</summary>
    public string Performance => Band.Label;

    /// <inheritdoc />
    public CalculationTrace Trace { get; }
}
