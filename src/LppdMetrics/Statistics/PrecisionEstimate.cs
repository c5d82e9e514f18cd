using LppdMetrics.Tracing;
using MathNet.Numerics.Distributions;
using LppdMetrics.Numbers;

namespace LppdMetrics.Statistics;

/// <summary>How a standard error was estimated.</summary>
public enum PrecisionMethod
{
    /// <summary>Rao–Wu rescaled bootstrap of PSUs within strata (see <see cref="Bootstrap"/>).</summary>
    Bootstrap,

    /// <summary>Taylor linearization (influence functions) with the with-replacement PSU variance within strata.</summary>
    Linearization,
}

/// <summary>
/// A point estimate with its standard error and a normal-approximation confidence interval
/// [θ̂ − z·SE, θ̂ + z·SE], z = Φ⁻¹((1 + level)/2) (1.959964 for 95 %).
/// </summary>
/// <remarks>z is taken as −Φ⁻¹((1 − level)/2): 1 − level is exact for a level ≥ 0.5, where (1 + level)/2 rounds to 1 (an
/// infinite z) for every level above 1 − 2⁻⁵³ (0.9999999999999999 has z = 8.2924). The interval is not truncated to the parameter's range (e.g. a headcount interval may dip below 0 when P0 is near 0).</remarks>
public sealed record PrecisionEstimate : ITraceable
{
    /// <summary>The point estimate from the full-sample weights.</summary>
    public double Estimate { get; internal init; }

    /// <summary>The standard error, ≥ 0.</summary>
    public double StandardError { get; internal init; }

    /// <summary>The lower confidence limit.</summary>
    public double Lower { get; internal init; }

    /// <summary>The upper confidence limit.</summary>
    public double Upper { get; internal init; }

    /// <summary>The confidence level, strictly between 0 and 1 (e.g. 0.95).</summary>
    public double Level { get; internal init; }

    /// <summary>How the standard error was estimated.</summary>
    public PrecisionMethod Method { get; internal init; }

    /// <summary>The number of bootstrap replicates; 0 for linearization.</summary>
    public int Replicates { get; internal init; }

    /// <inheritdoc/>
    public CalculationTrace Trace { get; internal init; } = null!; // set by Create, the only creator

    /// <summary>Builds the estimate and its normal interval.</summary>
    internal static PrecisionEstimate Create(string rule, string formula, string source, double estimate, double standardError,
        double level, PrecisionMethod method, int replicates, Action<TraceBuilder>? describe = null)
    {
        double z = -Normal.InvCDF(0, 1, (1 - level) / 2);
        var trace = new TraceBuilder(rule, formula, source)
            .Input("level", level)
            .Step("estimate", "full-sample weights", estimate)
            .Step("SE", method == PrecisionMethod.Bootstrap ? $"SD of {replicates} replicates" : "√(Σ_h n_h/(n_h − 1) Σ_j (t_hj − t̄_h)²)", standardError)
            .Step("z", $"−Φ⁻¹((1 − {level})/2)", z);
        describe?.Invoke(trace);
        double lower = estimate - z * standardError, upper = estimate + z * standardError;
        if (!double.IsFinite(standardError) || !double.IsFinite(lower) || !double.IsFinite(upper))
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The {level:P0} interval {Guard.Show(estimate)} ± {Guard.Show(z)} × {Guard.Show(standardError)} exceeds the range of a double."));
        return new PrecisionEstimate
        {
            Estimate = estimate,
            StandardError = standardError,
            Lower = lower,
            Upper = upper,
            Level = level,
            Method = method,
            Replicates = replicates,
            // A standard error beyond decimal's range (±7.9e28) is in the trace's "SE" step as its digits and power of ten.
            Trace = Math.Abs(standardError) < ReportRounding.DecimalLimit
                ? trace.Result(ReportRounding.ToDecimal(standardError))
                : trace.Undefined("the standard error is beyond the range of decimal (±7.9e28); see the step SE and StandardError"),
        };
    }
}
