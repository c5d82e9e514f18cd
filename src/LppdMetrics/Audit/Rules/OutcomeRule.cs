using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// A rule that is one library function of the figure's printed inputs whose result may be undefined (a zero
/// allocation, a missing member): its traced value (trace, unrounded value, undefined reason) becomes the outcome.
/// </summary>
internal abstract class OutcomeRule(string id, string label, string formula, IReadOnlyList<string> inputs, int? inputCount,
    IReadOnlyList<string>? traceRules = null)
    : AuditRule(id, label, formula, inputs, inputCount, traceRules)
{
    internal sealed override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        return Outcome(Compute(v));
    }

    /// <summary>The library function on the printed values, in <see cref="AuditRule.Inputs"/> order.</summary>
    private protected abstract TracedValue Compute(decimal[] values);
}
