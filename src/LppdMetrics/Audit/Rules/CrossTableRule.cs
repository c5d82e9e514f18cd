using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// A cross-table plausibility rule (docs/methods.md#plausibility-cross-table): a printed rate (a growth, a share)
/// against the two printed numbers of ANOTHER table it should follow from. Every printed number stands for the values
/// that round to it (its half-unit box, ± ½ × 10⁻ᵈ); the check holds when the rates those boxes allow (interval
/// arithmetic, <see cref="Range"/>) meet the printed rate's own box. The inputs are (x, y, the printed rate r, the
/// decimals d printed with x and y); the figure's <see cref="ReportFigure.Decimals"/> are those of r.
/// </summary>
internal abstract class CrossTableRule(string id, string label, string formula, string expression, IReadOnlyList<string> inputs)
    : AuditRule(id, label, formula, inputs, 4)
{
    internal sealed override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        decimal x = v[0], y = v[1], printed = v[2];
        if (v[3] != decimal.Truncate(v[3]) || v[3] < 0 || v[3] > ReportRounding.MaxDecimals)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' input 3 ('{figure.Inputs[3].Name}') is {v[3]}; expected decimals 0 to {ReportRounding.MaxDecimals}."));
        int inputDecimals = (int)v[3];
        decimal half = ReportRounding.UnitInLastPlace(inputDecimals) / 2;
        if (x - half <= 0 || y < 0)
            return RuleOutcome.Missing(Id, string.Create(CultureInfo.InvariantCulture,
                $"{figure.Inputs[0].Name} {x} and {figure.Inputs[1].Name} {y} must be positive (the first beyond its rounding, ± {half}) to bound the rate"));
        var trace = new TraceBuilder(Id, expression + " within the printed rounding of the inputs", "audit: cross-table plausibility (docs/methods.md#plausibility-cross-table)");
        for (int i = 0; i < 3; i++) trace.Input(figure.Inputs[i].Name, v[i], Where(figure.Inputs[i]));
        trace.Input(figure.Inputs[3].Name, v[3], Where(figure.Inputs[3]));
        var point = Point(x, y, figure.Decimals);
        trace.Part(point.Trace);
        decimal recomputed = point.Unrounded ?? throw new InvalidOperationException("a positive base gives a value");
        var (low, high) = Range(x, y, half);
        decimal own = ReportRounding.UnitInLastPlace(figure.Decimals) / 2;
        trace.Step("rate", expression + " on the printed values", recomputed);
        trace.Step("lowest", string.Create(CultureInfo.InvariantCulture, $"the inputs ± {half} (their printed rounding), the lowest rate they allow"), low);
        trace.Step("highest", "the highest rate they allow", high);
        trace.Step("r ± ½ unit", string.Create(CultureInfo.InvariantCulture, $"{printed} ± {own}: the values printed as r"), printed);
        bool holds = printed + own >= low && printed - own <= high;
        string? why = holds ? null : string.Create(CultureInfo.InvariantCulture,
            $"{Name} {printed} does not follow from {figure.Inputs[0].Name} {x} ({Place(figure.Inputs[0])}) and {figure.Inputs[1].Name} {y} ({Place(figure.Inputs[1])}): they give {ReportRounding.Round(recomputed, figure.Decimals)} (unrounded {ReportRounding.Round(recomputed, figure.Decimals + 3)}); numbers rounding to them allow {ReportRounding.Round(low, figure.Decimals + 4)} … {ReportRounding.Round(high, figure.Decimals + 4)}, the printed {printed} stands for {printed - own} … {printed + own}");
        return RuleOutcome.Of(trace.Result(recomputed), recomputed) with { Implausible = why };
    }

    /// <summary>What the printed rate is, in the explanation ("the growth").</summary>
    private protected abstract string Name { get; }

    /// <summary>The rate from the printed x and y by the library function users call, at <paramref name="decimals"/>.</summary>
    private protected abstract TracedResult Point(decimal x, decimal y, int decimals);

    /// <summary>The lowest and highest rate that x ± <paramref name="half"/> and y ± <paramref name="half"/> allow (x − half &gt; 0).</summary>
    private protected abstract (decimal Low, decimal High) Range(decimal x, decimal y, decimal half);

    private static string Place(FigureInput input) =>
        input.Source is { } line ? "line " + line.ToString(CultureInfo.InvariantCulture)
        : input.Location?.ToString() ?? input.Note ?? "another table";
}
