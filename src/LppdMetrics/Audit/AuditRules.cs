using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Composite;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Macro;
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
        ["capaian"] = CapaianRule,
        ["capaian.mean"] = CapaianMean,
        ["predicate"] = Predicate,
        ["budget.realization"] = Budget,
        ["efficiency"] = EfficiencyRule,
        ["ipm"] = Ipm,
        ["change.percent"] = f => Macro(f, 2, v => Change.Percent(v[0], v[1], f.Decimals)),
        ["economic-growth"] = f => Macro(f, 2, v => EconomicGrowth.Rate(v[0], v[1], f.Decimals)),
        ["per-capita"] = f => Macro(f, 2, v => PerCapita.Compute(v[0], v[1], totalUnit: 1_000_000m, decimals: f.Decimals)),
        ["labor.open-unemployment"] = f => Macro(f, 2, v => LaborRates.OpenUnemploymentRate(v[0], v[1], f.Decimals)),
        ["labor.participation"] = f => Macro(f, 2, v => LaborRates.ParticipationRate(v[0], v[1], f.Decimals)),
        ["change.point"] = f => Macro(f, 2, v => Change.Point(v[0], v[1], f.Decimals)),
        ["average-change.absolute"] = f => Macro(f, 3, v => AverageAnnualChange.AbsolutePerYear(v[0], v[1], Intervals(f, v[2]), f.Decimals)),
        ["average-change.mean-yoy"] = f => Macro(f, null, v => AverageAnnualChange.MeanOfYearOnYearPercent(v, f.Decimals)),
        ["density"] = f => Macro(f, 2, v => PopulationDensity.Compute(v[0], v[1], f.Decimals)),
        ["density.regional"] = RegionalDensity,
        ["sex-ratio"] = f => Macro(f, 2, v => SexRatio.Compute(v[0], v[1], f.Decimals)),
        ["dependency.workers-per-dependent"] = f => Macro(f, 2, v => DependencyRatio.WorkersPerDependentFromPopulation(v[0], v[1], f.Decimals)),
        ["dependency.ratio"] = f => Macro(f, 2, v => DependencyRatio.FromPopulation(v[0], v[1], f.Decimals)),
        ["share"] = f => CompositeRule(f, CompositeIndices.Share),
        ["desa-mandiri"] = f => CompositeRule(f, CompositeIndices.PersentaseDesaMandiri),
        ["ikk.ratio"] = Waiting("ikk.ratio", "an IKK ratio rule (numerator / denominator × 100)"),
    };

    /// <summary>The rule ids the audit knows.</summary>
    public static IEnumerable<string> Names => Rules.Keys;

    /// <summary>
    /// Applies the figure's rule. Inputs the library function rejects (a zero base, a component below its minimum, a
    /// quotient beyond the range of decimal) make the figure not checkable, with the function's message.
    /// </summary>
    /// <exception cref="ArgumentException">The document is inconsistent: the rule is unknown, the figure has the wrong
    /// number of inputs or an unknown polarity (the message names the figure).</exception>
    public static RuleOutcome Apply(ReportFigure figure)
    {
        if (!Rules.TryGetValue(figure.Rule, out var rule))
            throw new ArgumentException(
                $"figure '{figure.Id}' names the rule '{figure.Rule}'; expected one of: {string.Join(", ", Rules.Keys)}.", nameof(figure));
        try
        {
            return rule(figure);
        }
        catch (Exception ex) when ((ex is ArgumentException a && a.ParamName != nameof(figure)) || ex is OverflowException)
        {
            return RuleOutcome.Missing(figure.Rule, "the rule rejects these inputs: " + ex.Message.ReplaceLineEndings(" "));
        }
    }

    /// <summary>A rule the library has no function for yet: not checkable (inputs missing, or the function missing).</summary>
    private static Func<ReportFigure, RuleOutcome> Waiting(string rule, string function) => figure =>
        Values(figure, null, out _) is { } missing ? missing
            : RuleOutcome.Missing(rule, $"the library has no function for {function} yet");

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

    private static RuleOutcome Outcome(TracedValue result) =>
        result.Unrounded is { } value && result.UndefinedReason is null
            ? RuleOutcome.Of(result.Trace, value)
            : RuleOutcome.Missing(result.Trace.Rule, result.UndefinedReason ?? "the rule gives no value") with { Trace = result.Trace };

    private static RuleOutcome CapaianRule(ReportFigure figure)
    {
        if (Values(figure, 2, out decimal[] v) is { } missing) return missing;
        Polarity polarity = figure.Polarity switch
        {
            "positive" => Polarity.Positive,
            "negative" => Polarity.Negative,
            _ => throw new ArgumentException(
                $"figure '{figure.Id}' (rule 'capaian') has polarity '{figure.Polarity}'; expected 'positive' or 'negative'.", nameof(figure)),
        };
        var options = new CapaianOptions { Decimals = figure.Decimals };
        var result = Capaian.Compute(v[0], v[1], polarity, options);
        var outcome = Outcome(result.Outcome);
        if (IndicatorPolarities.Of(figure.Label) is not { } meaning || meaning == polarity) return outcome;
        // Polarity suspicious (docs/methods.md#polarity): the report scores the indicator against its meaning.
        var other = Capaian.Compute(v[0], v[1], meaning, options);
        string under = other.Value is { } value ? string.Create(CultureInfo.InvariantCulture, $"; with {Name(meaning)} polarity the capaian would be {value}") : "";
        return outcome with
        {
            Notes = [$"polarity suspicious: scored with {Name(polarity)} polarity, but {IndicatorPolarities.Reason(figure.Label)} ({Name(meaning)} polarity){under}"],
        };
    }

    private static string Name(Polarity polarity) => polarity == Polarity.Negative ? "negative" : "positive";

    private static RuleOutcome CapaianMean(ReportFigure figure)
    {
        if (Values(figure, null, out decimal[] v) is { } missing) return missing;
        var result = CapaianAggregation.Mean(v);
        return Outcome(result.Outcome);
    }

    private static RuleOutcome Predicate(ReportFigure figure)
    {
        if (Values(figure, 1, out decimal[] v) is { } missing) return missing;
        var result = PerformancePredicates.Classify(v[0]);
        var outcome = new RuleOutcome { Rule = result.Trace.Rule, Text = result.Label, Trace = result.Trace };
        return !result.InPrintedGap ? outcome : outcome with
        {
            Notes = [string.Create(CultureInfo.InvariantCulture,
                $"predicate ambiguous: the capaian {v[0]} lies in a gap of the printed predicate table; '{result.Label}' by the gap rule {result.GapRule}")],
        };
    }

    private static RuleOutcome Budget(ReportFigure figure)
    {
        if (Values(figure, 2, out decimal[] v) is { } missing) return missing;
        var result = BudgetRealization.Compute(v[0], v[1]);
        return Outcome(result.Outcome);
    }

    private static RuleOutcome EfficiencyRule(ReportFigure figure)
    {
        if (Values(figure, 2, out decimal[] v) is { } missing) return missing;
        var result = Efficiency.Compute(v[0], v[1]);
        return Outcome(result.Outcome);
    }

    private static int Intervals(ReportFigure figure, decimal value) =>
        value == decimal.Truncate(value) && value >= 1 && value <= int.MaxValue ? (int)value
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {value} yearly intervals; expected a whole number ≥ 1."), nameof(figure));

    private static RuleOutcome Macro(ReportFigure figure, int? inputs, Func<decimal[], MacroResult> compute)
    {
        if (Values(figure, inputs, out decimal[] v) is { } missing) return missing;
        return Outcome(compute(v).Outcome);
    }

    private static RuleOutcome CompositeRule(ReportFigure figure, CompositeIndex index)
    {
        if (Values(figure, index.Components.Count, out decimal[] v) is { } missing) return missing;
        var result = index.Evaluate(v);
        return Outcome(result.Outcome);
    }

    /// <summary>
    /// The density of a region, Σ penduduk / Σ luas over its sub-areas. Inputs: the n sub-areas' populations, then their
    /// n areas, then their n printed densities; the unweighted mean of the printed densities (the convention some
    /// reports print as the region's density) is offered as a diagnosis.
    /// </summary>
    private static RuleOutcome RegionalDensity(ReportFigure figure)
    {
        if (Values(figure, null, out decimal[] v) is { } missing) return missing;
        if (v.Length % 3 != 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule 'density.regional') has {v.Length} inputs; expected the populations, areas and printed densities of the same sub-areas (3 × n)."),
                nameof(figure));
        int n = v.Length / 3;
        var result = PopulationDensity.Regional(v.AsSpan(0, n), v.AsSpan(n, n), figure.Decimals);
        var mean = PopulationDensity.MeanOfSubareaDensities(v.AsSpan(2 * n, n), figure.Decimals);
        return Outcome(result.Outcome) with
        {
            Diagnoses = [new Diagnosis(mean.Unrounded!.Value, string.Create(CultureInfo.InvariantCulture,
                $"the unweighted mean of the {n} printed sub-area densities (PopulationDensity.MeanOfSubareaDensities), not Σ penduduk / Σ luas"), mean.Trace)],
        };
    }

    /// <summary>
    /// The IPM (BPS 2010 method) of the printed components; the components are themselves rounded (2 decimals, and
    /// expenditure to Rp 1.000), so the IPM over their rounding box is offered as the explanation of a one-unit difference.
    /// </summary>
    private static RuleOutcome Ipm(ReportFigure figure)
    {
        if (Values(figure, 4, out decimal[] v) is { } missing) return missing;
        static double D(decimal x) => (double)x;
        var result = HumanDevelopmentIndex.Compute(D(v[0]), D(v[1]), D(v[2]), D(v[3]));
        // The IPM increases in every component: its extremes over the box are at the two corners.
        decimal[] half = v.Select(x => ReportRounding.UnitInLastPlace(x.Scale) / 2).ToArray();
        var low = HumanDevelopmentIndex.Compute(D(v[0] - half[0]), D(v[1] - half[1]), D(v[2] - half[2]), D(v[3] - half[3]));
        var high = HumanDevelopmentIndex.Compute(D(v[0] + half[0]), D(v[1] + half[1]), D(v[2] + half[2]), D(v[3] + half[3]));
        decimal lo = low.Unrounded!.Value, hi = high.Unrounded!.Value; // an IPM always has a value
        return Outcome(result.Outcome) with
        {
            Alternatives = [new Alternative(lo, hi, string.Create(CultureInfo.InvariantCulture,
                $"the components are printed rounded (UHH, HLS, RLS ± {half[0]}, {half[1]}, {half[2]}; pengeluaran ± {half[3]}), so the IPM lies within {lo:F4} … {hi:F4}"))],
        };
    }
}
