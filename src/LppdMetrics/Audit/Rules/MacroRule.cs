using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>A rule that is one <see cref="MacroResult"/> function of the figure's printed inputs (a rate, a change, a ratio).</summary>
internal abstract class MacroRule(string id, string label, string formula, IReadOnlyList<string> inputs, int? inputCount)
    : AuditRule(id, label, formula, inputs, inputCount)
{
    internal sealed override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        MacroResult result = Compute(figure, v);
        return Outcome(result.Outcome);
    }

    /// <summary>The library function, on the printed values in <see cref="AuditRule.Inputs"/> order, at the figure's precision.</summary>
    private protected abstract MacroResult Compute(ReportFigure figure, decimal[] values);
}
