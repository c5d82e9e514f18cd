using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>sum</c>: a printed total against the sum of its printed parts (the audit's own check). Parts printed with
/// decimals were themselves rounded, so their exact sum may lie half a unit either way per part.
/// </summary>
internal sealed class SumRule() : AuditRule(RuleCatalog.Sum, "jumlah", "Σ xᵢ (a printed total against the sum of its printed parts)",
    ["xᵢ: each printed part, in table order"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] values) is { } missing) return missing;
        var trace = new TraceBuilder(Id, "Σ xᵢ (a printed total against the sum of its printed parts)", "audit: totals of the report's tables");
        decimal sum = 0, slack = 0;
        for (int i = 0; i < values.Length; i++)
        {
            trace.Input(figure.Inputs[i].Name, values[i], Where(figure.Inputs[i]));
            sum += values[i];
            // A part printed with decimals (an area in km², not a count) was itself rounded: half a unit either way.
            if (values[i].Scale > 0) slack += ReportRounding.UnitInLastPlace(values[i].Scale) / 2;
        }
        trace.Step("Σ", string.Create(CultureInfo.InvariantCulture, $"sum of {values.Length} values"), sum);
        var outcome = RuleOutcome.Of(trace.Result(sum), sum);
        return slack == 0 ? outcome : outcome with
        {
            Alternatives = [new Alternative(sum - slack, sum + slack, string.Create(CultureInfo.InvariantCulture,
                $"the parts are printed rounded, so their exact sum lies within {sum - slack} … {sum + slack}"))],
        };
    }
}
