using System.Globalization;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>plausibility.copied-rows</c> (docs/methods.md#plausibility-copied-rows): a block of rows whose printed
/// numbers repeat, cell for cell and in order, the numbers of rows printed earlier under other row labels, or the same
/// rows printed again under another heading of one table (the recogniser's conditions are in the docs). The inputs are pairs (the cell
/// of the later block, the cell of the earlier block); the finding is <see cref="FindingStatus.Implausible"/> when
/// every pair is equal, and the check holds as soon as one pair differs.
/// </summary>
internal sealed class CopiedRowsRule() : AuditRule(RuleCatalog.CopiedRows, "baris tersalin dari tabel lain",
    "cᵢ = oᵢ for every i (a block's numbers equal, cell for cell, those of an earlier block under other labels)",
    ["cᵢ: a number of the later block", "oᵢ: the number at the same position of the earlier block"], null)
{
    /// <summary>The smallest number of pairs that makes a copy.</summary>
    internal const int MinimumCells = 3;

    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] values) is { } missing) return missing;
        if (values.Length % 2 != 0 || values.Length < 2 * MinimumCells)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {values.Length} inputs; expected pairs (copy, original), at least {MinimumCells}."));
        var trace = new TraceBuilder(Id, "cᵢ = oᵢ for every i", "audit: plausibility, copied rows (docs/methods.md#plausibility-copied-rows)");
        decimal equal = 0;
        for (int i = 0; i < values.Length; i += 2)
        {
            trace.Input(figure.Inputs[i].Name, values[i], Where(figure.Inputs[i]));
            trace.Input(figure.Inputs[i + 1].Name, values[i + 1], Where(figure.Inputs[i + 1]));
            if (values[i] == values[i + 1]) equal++;
        }
        int pairs = values.Length / 2;
        trace.Step("equal pairs", string.Create(CultureInfo.InvariantCulture, $"pairs with cᵢ = oᵢ, of {pairs}"), equal);
        string? why = equal < pairs ? null : string.Create(CultureInfo.InvariantCulture,
            $"all {pairs} numbers repeat, cell for cell, those printed at {Lines(figure, 1)} (under other labels, or under another heading of the table): a copy-paste slip is likely");
        return RuleOutcome.Of(trace.Result(equal), equal) with { Implausible = why };
    }

    private static string Lines(ReportFigure figure, int start)
    {
        var inputs = figure.Inputs.Where((_, i) => i % 2 == start).ToList();
        var lines = inputs.Select(x => x.Source).OfType<int>().Distinct().ToList();
        if (lines.Count > 0)
            return "line" + (lines.Count > 1 ? "s " : " ") + string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        // A DOCX or PDF source: the earlier block's place (page, table, row) as its first cell's location says.
        return inputs.Select(x => x.Location).FirstOrDefault(l => l is not null) is { } where ? where.ToString() : "an earlier table";
    }
}
