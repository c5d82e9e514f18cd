using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>capaian</c>: capaian kinerja by the figure's <see cref="ReportFigure.Polarity"/> (<see cref="Accountability.Achievement"/>);
/// a polarity against the indicator's meaning (<see cref="IndicatorPolarities"/>) gives an informational note.
/// </summary>
internal sealed class AchievementRule() : AuditRule(RuleCatalog.Achievement, "capaian kinerja",
    "positive: R / T × 100; negative: (2T − R) / T × 100 (Capaian.Compute; Permendagri 86/2017)",
    ["T (target)", "R (realisasi)"], 2, [Achievement.PositiveRule, Achievement.NegativeRule])
{
    internal override RuleOutcome Apply(ReportFigure figure) => Apply(figure, AuditOptions.Default);

    /// <summary>The capaian under the report's cap (<see cref="AuditOptions.CapaianCap"/>; none by default).</summary>
    internal override RuleOutcome Apply(ReportFigure figure, AuditOptions options)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        Polarity polarity = figure.Polarity is { } p && Enum.IsDefined(p) ? p
            : throw DocumentError(figure, $"figure '{figure.Id}' (rule 'capaian') has {(figure.Polarity is { } bad ? "polarity " + bad : "no polarity")}; expected 'positive' or 'negative'.");
        var conventions = new AchievementOptions { Decimals = figure.Decimals, Cap = options.CapaianCap };
        var result = Achievement.Compute(v[0], v[1], polarity, conventions);
        var outcome = Outcome(result.Outcome);
        // Without a stated cap, a capaian above 100 % printed as 100 is named (never a change of status): the region may
        // cap, and the auditor can state it (AuditOptions.CapaianCap, lppd audit --capaian-cap 100).
        if (options.CapaianCap is null && result.Unrounded > 100m
            && Achievement.Compute(v[0], v[1], polarity, conventions with { Cap = 100m }) is { Unrounded: { } capped } cappedResult)
            outcome = outcome with { Diagnoses = [new Diagnosis(capped, "capped at 100 % (state that convention with AuditOptions.CapaianCap = 100, lppd audit --capaian-cap 100)", cappedResult.Trace)] };
        if (IndicatorPolarities.Of(figure.Label) is not { } meaning || meaning == polarity) return outcome;
        // Polarity suspicious (docs/methods.md#polarity): the report scores the indicator against its meaning.
        var other = Achievement.Compute(v[0], v[1], meaning, conventions);
        string under = other.Value is { } value ? string.Create(CultureInfo.InvariantCulture, $"; with {Name(meaning)} polarity the capaian would be {value}") : "";
        return outcome with
        {
            Notes = [$"polarity suspicious: scored with {Name(polarity)} polarity, but {IndicatorPolarities.Reason(figure.Label)} ({Name(meaning)} polarity){under}"],
        };
    }

    private static string Name(Polarity polarity) => polarity == Polarity.Negative ? "negative" : "positive";
}
