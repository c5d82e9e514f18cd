using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>plausibility.truncated</c> (docs/methods.md#plausibility-truncated): the figures of one table that are
/// printed truncated instead of rounded. Each figure alone is <see cref="FindingStatus.Rounding"/> (one unit off,
/// explained by truncation); the audit builds this figure for each of them in a report whose
/// other figures are rounded, and the note names it. The inputs are triples (printed pᵢ, recomputed uᵢ, printed
/// decimals dᵢ); the finding is <see cref="FindingStatus.Implausible"/> when Truncate(uᵢ, dᵢ) = pᵢ ≠ Round(uᵢ, dᵢ)
/// for every i (at least one).
/// </summary>
internal sealed class TruncatedRule() : AuditRule(RuleCatalog.Truncated, "angka dipotong, bukan dibulatkan",
    "Truncate(uᵢ, dᵢ) = pᵢ ≠ Round(uᵢ, dᵢ) for every i (a table printed truncated in a report that rounds)",
    ["pᵢ: a printed figure", "uᵢ: its recomputed value before rounding", "dᵢ: its printed decimals"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] values) is { } missing) return missing;
        if (values.Length % 3 != 0 || values.Length < 3)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {values.Length} inputs; expected triples (printed, recomputed, decimals), at least 1."));
        var trace = new TraceBuilder(Id, "Truncate(uᵢ, dᵢ) = pᵢ ≠ Round(uᵢ, dᵢ)", "audit: plausibility, truncation (docs/methods.md#plausibility-truncated)");
        decimal truncated = 0;
        for (int i = 0; i < values.Length; i += 3)
        {
            decimal printed = values[i], unrounded = values[i + 1];
            int decimals = (int)values[i + 2];
            if (values[i + 2] != decimals || (uint)decimals > ReportRounding.MaxDecimals)
                throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                    $"figure '{figure.Id}' input {i + 2} ('{figure.Inputs[i + 2].Name}') is {values[i + 2]}; expected decimals 0 to {ReportRounding.MaxDecimals}."));
            trace.Input(figure.Inputs[i].Name, printed, Where(figure.Inputs[i]));
            trace.Input(figure.Inputs[i + 1].Name, unrounded, Where(figure.Inputs[i + 1]));
            if (ReportRounding.Truncate(unrounded, decimals) == printed && ReportRounding.Round(unrounded, decimals) != printed) truncated++;
        }
        int count = values.Length / 3;
        trace.Step("truncated", string.Create(CultureInfo.InvariantCulture, $"figures printed truncated, of {count}"), truncated);
        string? why = truncated < count ? null : string.Create(CultureInfo.InvariantCulture,
            $"{count} figure(s) of this table printed truncated, not rounded, while the report otherwise rounds half up: {string.Join(", ", figure.Inputs.Where((_, i) => i % 3 == 0).Select(x => x.Name))}");
        return RuleOutcome.Of(trace.Result(truncated), truncated) with { Implausible = why };
    }
}
