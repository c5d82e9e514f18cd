using LppdMetrics.Tracing;

namespace LppdMetrics.Inequality;

/// <summary>The result of <see cref="ParametricLorenz.Estimate"/>: Gini and poverty measures of grouped data, with the fits behind them.</summary>
public sealed record GroupedEstimate : ITraceable
{
    /// <summary>The model the Gini was read from; null when no fit was valid.</summary>
    public LorenzModel? GiniModel { get; internal init; }

    /// <summary>The Gini ratio (0–1) of the chosen fit; null when no fit was valid (see <see cref="Notes"/>).</summary>
    public double? Gini { get; internal init; }

    /// <summary>The model the poverty measures were read from; null when they were not computed.</summary>
    public LorenzModel? PovertyModel { get; internal init; }

    /// <summary>P0, P1, P2; null without mean and line, or when no fit could give them (see <see cref="Notes"/>).</summary>
    public LorenzPoverty? Poverty { get; internal init; }

    /// <summary>The General Quadratic fit; null when only the Beta model was requested.</summary>
    public LorenzFit? GeneralQuadratic { get; internal init; }

    /// <summary>The Beta fit; null when only the General Quadratic model was requested.</summary>
    public LorenzFit? Beta { get; internal init; }

    /// <summary>Every check of every fit, General Quadratic first.</summary>
    public IEnumerable<LorenzCheck> Checks => new[] { GeneralQuadratic, Beta }.OfType<LorenzFit>().SelectMany(f => f.Checks);

    /// <summary>Why a statistic was not computed, one sentence each; empty when everything was.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <inheritdoc/>
    public CalculationTrace Trace { get; internal init; } = null!; // set by ParametricLorenz.Estimate, the only creator
}
