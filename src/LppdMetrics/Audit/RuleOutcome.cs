using LppdMetrics.Tracing;

namespace LppdMetrics.Audit;

/// <summary>What a rule gives for one figure: a value (or text) with its trace, or why it cannot be recomputed.</summary>
internal sealed record RuleOutcome
{
    /// <summary>The rule id as applied (may refine the document's rule: "capaian.negative").</summary>
    public required string Rule { get; init; }

    /// <summary>The unrounded recomputed value of a numeric figure.</summary>
    public decimal? Value { get; init; }

    /// <summary>The recomputed text of a text figure.</summary>
    public string? Text { get; init; }

    /// <summary>The trace of the recomputation.</summary>
    public CalculationTrace? Trace { get; init; }

    /// <summary>Why the figure cannot be recomputed; null when it was.</summary>
    public string? NotCheckable { get; init; }

    /// <summary>Other values the figure could have been printed from (rounded intermediates), each with why.</summary>
    public IReadOnlyList<Alternative> Alternatives { get; init; } = [];

    /// <summary>
    /// Other methods the report may have used instead of the rule (named library functions, such as the mean of
    /// sub-area densities): a mismatch one of them reproduces says so. They never change the status.
    /// </summary>
    public IReadOnlyList<Diagnosis> Diagnoses { get; init; } = [];

    /// <summary>
    /// For a plausibility rule (<see cref="Rules.RuleCatalog.IsPlausibility"/>): why the figures compared are
    /// implausible; null when the check holds (or for any other rule).
    /// </summary>
    public string? Implausible { get; init; }

    /// <summary>Informational notes for the finding; they never change its status.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A figure that cannot be recomputed.</summary>
    public static RuleOutcome Missing(string rule, string reason) => new() { Rule = rule, NotCheckable = reason };

    /// <summary>A numeric recomputation.</summary>
    public static RuleOutcome Of(CalculationTrace trace, decimal value) =>
        new() { Rule = trace.Rule, Value = value, Trace = trace };
}

/// <summary>
/// A range of values a printed figure may legitimately have been rounded from, when its printed inputs were
/// themselves rounded (e.g. the IPM over the rounding intervals of its components).
/// </summary>
/// <param name="Low">The smallest value.</param>
/// <param name="High">The largest value.</param>
/// <param name="Why">The explanation, one sentence.</param>
/// <param name="Wide">True when any printed value in the range is consistent with the printed inputs (a ratio of
/// rounded amounts), not only one a unit off the recomputed value.</param>
internal sealed record Alternative(decimal Low, decimal High, string Why, bool Wide = false);

/// <summary>
/// A value a printed figure follows from when the report used another (wrong or non-standard) method than the rule:
/// the audit names it in the explanation of a mismatch and attaches its trace.
/// </summary>
/// <param name="Value">The unrounded value of the other method.</param>
/// <param name="Why">What the other method is, one phrase.</param>
/// <param name="Trace">Its calculation trace.</param>
internal sealed record Diagnosis(decimal Value, string Why, LppdMetrics.Tracing.CalculationTrace Trace);
