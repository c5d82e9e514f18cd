using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>plausibility.share-total</c> (docs/methods.md#plausibility-share-total): shares of one whole (a
/// persentase / proporsi / kontribusi / distribusi column) against the total they should sum to — the printed total
/// row ("100%") or, when none is printed, 100. Each share was rounded at the printed precision d, so their exact sum
/// may lie n × ½ × 10⁻ᵈ either way: the check holds when |Σ sᵢ − T| ≤ n × ½ × 10⁻ᵈ (d = the figure's
/// <see cref="ReportFigure.Decimals"/>). Otherwise the finding is <see cref="FindingStatus.Implausible"/>.
/// </summary>
internal sealed class ShareTotalRule() : AuditRule(RuleCatalog.ShareTotal, "jumlah persentase (bagian dari keseluruhan = 100)",
    "|Σ sᵢ − T| ≤ n × ½ × 10⁻ᵈ (shares of one whole against their total, 100 when none is printed)",
    ["T: the printed total of the shares (100 when the table prints none)", "sᵢ: each printed share, in table order"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] values) is { } missing) return missing;
        if (values.Length < 3)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {values.Length} inputs; expected the total and at least 2 shares."));
        var trace = new TraceBuilder(Id, "|Σ sᵢ − T| ≤ n × ½ × 10⁻ᵈ", "audit: plausibility of shares (docs/methods.md#plausibility-share-total)");
        trace.Input(figure.Inputs[0].Name, values[0], Where(figure.Inputs[0]));
        decimal sum = 0;
        for (int i = 1; i < values.Length; i++)
        {
            trace.Input(figure.Inputs[i].Name, values[i], Where(figure.Inputs[i]));
            sum += values[i];
        }
        int n = values.Length - 1;
        decimal tolerance = n * ReportRounding.UnitInLastPlace(figure.Decimals) / 2;
        decimal gap = sum - values[0];
        trace.Step("Σ sᵢ", string.Create(CultureInfo.InvariantCulture, $"sum of {n} shares"), sum);
        trace.Step("tolerance", string.Create(CultureInfo.InvariantCulture, $"{n} × ½ × 10^-{figure.Decimals}"), tolerance);
        trace.Step("Σ sᵢ − T", string.Create(CultureInfo.InvariantCulture, $"{sum} − {values[0]}"), gap);
        string? why = Math.Abs(gap) <= tolerance ? null : string.Create(CultureInfo.InvariantCulture,
            $"the {n} shares sum to {sum}, not {values[0]}: {gap} beyond the rounding tolerance ±{tolerance} ({n} shares × half a unit of the last printed digit)");
        return RuleOutcome.Of(trace.Result(sum), sum) with { Implausible = why };
    }
}
