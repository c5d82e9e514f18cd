using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// A rule that is one library function of the figure's printed inputs whose result may be undefined (a zero
/// allocation, a missing member): its trace, unrounded value and missing reason become the outcome.
/// </summary>
internal abstract class OutcomeRule(string id, string label, string formula, IReadOnlyList<string> inputs, int? inputCount,
    IReadOnlyList<string>? traceRules = null)
    : AuditRule(id, label, formula, inputs, inputCount, traceRules)
{
    internal sealed override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var (trace, unrounded, missingReason) = Compute(v);
        return Outcome(trace, unrounded, missingReason);
    }

    /// <summary>The library function on the printed values, in <see cref="AuditRule.Inputs"/> order.</summary>
    private protected abstract (CalculationTrace Trace, decimal? Unrounded, string? MissingReason) Compute(decimal[] values);
}
