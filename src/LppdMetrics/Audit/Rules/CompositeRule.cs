using LppdMetrics.Composite;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>A rule that evaluates one <see cref="CompositeIndex"/> on the printed components, in the index's component order.</summary>
internal abstract class CompositeRule(string id, string label, CompositeIndex index)
    : AuditRule(id, label, index.Formula + " (" + index.Name + ")", index.Components.Select(c => c.Symbol + ": " + c.Meaning).ToArray(),
        index.Components.Count, [index.Rule])
{
    internal sealed override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var result = index.Evaluate(v);
        return Outcome(result.Outcome);
    }
}
