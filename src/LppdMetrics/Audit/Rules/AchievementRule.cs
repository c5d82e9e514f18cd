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
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        Polarity polarity = figure.Polarity is { } p && Enum.IsDefined(p) ? p
            : throw DocumentError(figure, $"figure '{figure.Id}' (rule 'capaian') has {(figure.Polarity is { } bad ? "polarity " + bad : "no polarity")}; expected 'positive' or 'negative'.");
        var options = new AchievementOptions { Decimals = figure.Decimals };
        var result = Achievement.Compute(v[0], v[1], polarity, options);
        var outcome = Outcome(result.Outcome);
        if (IndicatorPolarities.Of(figure.Label) is not { } meaning || meaning == polarity) return outcome;
        // Polarity suspicious (docs/methods.md#polarity): the report scores the indicator against its meaning.
        var other = Achievement.Compute(v[0], v[1], meaning, options);
        string under = other.Value is { } value ? string.Create(CultureInfo.InvariantCulture, $"; with {Name(meaning)} polarity the capaian would be {value}") : "";
        return outcome with
        {
            Notes = [$"polarity suspicious: scored with {Name(polarity)} polarity, but {IndicatorPolarities.Reason(figure.Label)} ({Name(meaning)} polarity){under}"],
        };
    }

    private static string Name(Polarity polarity) => polarity == Polarity.Negative ? "negative" : "positive";
}
