using System.Globalization;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// One rule of the audit: the id a <see cref="ReportFigure.Rule"/> names, its Indonesian label, its formula, the
/// ordered names of its inputs (<see cref="ReportFigure.Inputs"/> are matched by position) and the library function
/// it calls. Every rule is listed once in <see cref="RuleCatalog"/>; the README rule table and the document readers
/// take the input order from here.
/// </summary>
/// <remarks>
/// Only the library defines rules (the constructor is not public): a rule calls the function users call, so no
/// formula is written twice. The trace of a finding carries <see cref="Id"/>, or a refinement of it
/// (<c>capaian.negative</c> for <c>capaian</c> with negative polarity); <see cref="TraceRules"/> lists them.
/// </remarks>
public abstract class AuditRule
{
    private protected AuditRule(string id, string label, string formula, IReadOnlyList<string> inputs, int? inputCount,
        IReadOnlyList<string>? traceRules = null)
    {
        Id = id;
        Label = label;
        Formula = formula;
        Inputs = inputs;
        InputCount = inputCount;
        TraceRules = traceRules ?? [id];
    }

    /// <summary>The rule id, as documents name it ("capaian", "economic-growth"); stable.</summary>
    public string Id { get; }

    /// <summary>What the rule recomputes, in Indonesian as reports word it ("capaian kinerja").</summary>
    public string Label { get; }

    /// <summary>The formula in symbols and the library function it calls.</summary>
    public string Formula { get; }

    /// <summary>
    /// The inputs in the order the rule takes them. For a rule with a fixed count, one name per input; for a rule
    /// with any number of inputs (<see cref="InputCount"/> null), the names describe the repeated pattern.
    /// </summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>The number of inputs the rule takes; null when any number ≥ 1 (see <see cref="Inputs"/>).</summary>
    public int? InputCount { get; }

    /// <summary>The rule ids the calculation traces (and so the findings) of this rule carry: <see cref="Id"/> or refinements of it.</summary>
    public IReadOnlyList<string> TraceRules { get; }

    /// <summary>
    /// Applies the rule to a figure. Inputs the library function rejects (a zero base, a component below its minimum)
    /// are turned into a not-checkable outcome by <see cref="RuleCatalog.Apply"/>; a document error is a
    /// <see cref="ReportDocumentException"/>.
    /// </summary>
    internal abstract RuleOutcome Apply(ReportFigure figure);

    /// <summary>Applies the rule under the report's stated conventions; the rules that have none ignore them.</summary>
    internal virtual RuleOutcome Apply(ReportFigure figure, AuditOptions options) => Apply(figure);

    /// <summary>A document error about <paramref name="figure"/>.</summary>
    private protected static ReportDocumentException DocumentError(ReportFigure figure, string message) =>
        new(message, figure.Id, null);

    /// <summary>
    /// The inputs' values, or a not-checkable outcome naming the inputs that are not printed. Checks the count
    /// against <see cref="InputCount"/> (at least 1 when null).
    /// </summary>
    private protected RuleOutcome? Values(ReportFigure figure, out decimal[] values)
    {
        var inputs = figure.Inputs;
        if (InputCount is { } n ? inputs.Count != n : inputs.Count == 0)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {inputs.Count} inputs; expected {(InputCount is null ? "at least 1" : InputCount.Value.ToString(CultureInfo.InvariantCulture))}."));
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
    private protected static string? Where(FigureInput input)
    {
        string? line = input.Source is { } s ? "line " + s.ToString(CultureInfo.InvariantCulture) : null;
        string? printed = input.Printed is { } p ? "printed '" + p + "'" : null;
        string joined = string.Join(", ", new[] { printed, line, input.Note }.Where(x => x is not null));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The outcome of a library result that may be undefined (a missing reason instead of a value).</summary>
    private protected static RuleOutcome Outcome(TracedValue result) =>
        result.Unrounded is { } value && result.UndefinedReason is null
            ? RuleOutcome.Of(result.Trace, value)
            : RuleOutcome.Missing(result.Trace.Rule, result.UndefinedReason ?? "the rule gives no value") with { Trace = result.Trace };
}
