namespace LppdMetrics.Inequality;

/// <summary>A small-sample correction applied to the Gini of the Lorenz trapezoid rule (variant E of the peers table).</summary>
public enum GiniCorrection
{
    /// <summary>No correction: the Eurostat/laeken/PIP/BPS Gini. The default.</summary>
    None = 0,

    /// <summary>G·n/(n − 1), n the number of observations with a positive weight: ineq <c>Gini(corr = TRUE)</c>, DescTools <c>unbiased = TRUE</c>.</summary>
    SampleSize = 1,

    /// <summary>G/(1 − Σ fᵢ²), fᵢ = wᵢ/W (n/(n − 1) for equal weights): acid <c>bcwGini</c>. Where one weight holds more
    /// than half of W, 1 − Σ fᵢ² = Σ fᵢ(W − wᵢ)/W from the other weights' sum (no cancellation).</summary>
    EffectiveSampleSize = 2,
}
