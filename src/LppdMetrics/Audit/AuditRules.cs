using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit;

/// <summary>
/// The rules the audit applies, by the rule id a <see cref="ReportFigure"/> names. Every rule that is a formula
/// calls the library function users call (no formula is written twice); only the audit's own checks (a printed
/// total against the sum of its printed rows, the same figure printed in two places) live here.
/// </summary>
internal static class AuditRules
{
    private static readonly Dictionary<string, Func<ReportFigure, RuleOutcome>> Rules = new(StringComparer.Ordinal)
    {
        ["sum"] = Sum,
        ["identity"] = Identity,
        ["capaian"] = Waiting("capaian", "LppdMetrics.Accountability.Capaian.Compute"),
        ["capaian.mean"] = Waiting("capaian.mean", "LppdMetrics.Accountability.CapaianAggregation.Mean"),
        ["predicate"] = Waiting("predicate", "LppdMetrics.Accountability.PerformancePredicates.Classify"),
        ["budget.realization"] = Waiting("budget.realization", "LppdMetrics.Accountability.BudgetRealization.Compute"),
        ["efficiency"] = Waiting("efficiency", "LppdMetrics.Accountability.Efficiency.Compute"),
        ["ipm"] = Waiting("ipm", "LppdMetrics.HumanDevelopment.HumanDevelopmentIndex.Compute"),
        ["change.percent"] = Waiting("change.percent", "LppdMetrics.Macro.Change.Percent"),
        ["economic-growth"] = Waiting("economic-growth", "LppdMetrics.Macro.EconomicGrowth.Rate"),
        ["per-capita"] = Waiting("per-capita", "LppdMetrics.Macro.PerCapita.Compute"),
        ["labor.open-unemployment"] = Waiting("labor.open-unemployment", "LppdMetrics.Macro.LaborRates.OpenUnemploymentRate"),
        ["labor.participation"] = Waiting("labor.participation", "LppdMetrics.Macro.LaborRates.ParticipationRate"),
        ["ikk.ratio"] = Waiting("ikk.ratio", "a ratio rule for IKK (numerator / denominator × 100)"),
    };

    /// <summary>The rule ids the audit knows.</summary>
    public static IEnumerable<string> Names => Rules.Keys;

    /// <summary>Applies the figure's rule.</summary>
    /// <exception cref="ArgumentException">The rule is unknown or the figure has the wrong number of inputs.</exception>
    public static RuleOutcome Apply(ReportFigure figure)
    {
        if (!Rules.TryGetValue(figure.Rule, out var rule))
            throw new ArgumentException(
                $"figure '{figure.Id}' names the rule '{figure.Rule}'; expected one of: {string.Join(", ", Rules.Keys)}.", nameof(figure));
        return rule(figure);
    }

    private static Func<ReportFigure, RuleOutcome> Waiting(string rule, string function) => figure =>
        Values(figure, null, out _) is { } missing ? missing
            : RuleOutcome.Missing(rule, $"the library function {function} is not available in this build");

    /// <summary>
    /// The inputs' values, or a not-checkable outcome naming the inputs that are not printed. Checks the count
    /// when <paramref name="expected"/> is given.
    /// </summary>
    internal static RuleOutcome? Values(ReportFigure figure, int? expected, out decimal[] values)
    {
        var inputs = figure.Inputs;
        if (expected is { } n ? inputs.Count != n : inputs.Count == 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {inputs.Count} inputs; expected {(expected is null ? "at least 1" : expected.ToString())}."),
                nameof(figure));
        values = new decimal[inputs.Count];
        var missing = new List<string>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Value is { } v) values[i] = v;
            else missing.Add(inputs[i].Name + (inputs[i].Note is { } note ? " (" + note + ")" : ""));
        }
        return missing.Count == 0 ? null
            : RuleOutcome.Missing(figure.Rule, "inputs not printed: " + string.Join("; ", missing));
    }

    /// <summary>Where an input is printed, for a trace note.</summary>
    internal static string? Where(FigureInput input)
    {
        string? line = input.Source is { } s ? "line " + s.ToString(CultureInfo.InvariantCulture) : null;
        string? printed = input.Printed is { } p ? "printed '" + p + "'" : null;
        string joined = string.Join(", ", new[] { printed, line, input.Note }.Where(x => x is not null));
        return joined.Length == 0 ? null : joined;
    }

    private static RuleOutcome Sum(ReportFigure figure)
    {
        if (Values(figure, null, out decimal[] values) is { } missing) return missing;
        var trace = new TraceBuilder("sum", "Σ xᵢ (a printed total against the sum of its printed parts)", "audit: totals of the report's tables");
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

    private static RuleOutcome Identity(ReportFigure figure)
    {
        if (Values(figure, 1, out decimal[] values) is { } missing) return missing;
        var trace = new TraceBuilder("identity", "X = X′ (the same quantity printed in another place)", "audit: cross-table consistency")
            .Input(figure.Inputs[0].Name, values[0], Where(figure.Inputs[0]))
            .Note("compared at the precision printed for this figure");
        return RuleOutcome.Of(trace.Result(values[0]), values[0]);
    }
}
