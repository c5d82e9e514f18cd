using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace LppdMetrics.Tracing;

/// <summary>
/// How a result was obtained, as data: the rule, the formula and its source, the inputs, each intermediate
/// value, the rounding applied and the result. Every traceable result of the library carries one; the audit
/// attaches it to each finding, and <see cref="ToText"/> renders it for people.
/// </summary>
/// <remarks>
/// A trace is immutable. Numbers are <see cref="decimal"/>: report arithmetic is exact, and doubles from
/// transcendental steps (ln, cube root) are stored with their shortest round-trip digits. Composite results
/// (a mean of capaian, an SPM urusan index) list the traces of their parts in <see cref="Parts"/>.
/// Build one with <see cref="TraceBuilder"/>.
/// </remarks>
public sealed record CalculationTrace
{
    /// <summary>A stable identifier of the rule, lower-case and dotted ("capaian.negative", "ipm.bps2010").</summary>
    public required string Rule { get; init; }

    /// <summary>The formula in symbols ("(2·T − R) / T × 100").</summary>
    public required string Formula { get; init; }

    /// <summary>Where the formula comes from (regulation, agency, report line); null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>The inputs, in the order the formula names them.</summary>
    public IReadOnlyList<TraceValue> Inputs { get; init; } = [];

    /// <summary>The intermediate values, in the order they were computed.</summary>
    public IReadOnlyList<TraceStep> Steps { get; init; } = [];

    /// <summary>
    /// The value before rounding for print (equal to <see cref="Result"/> when nothing was rounded); null when the
    /// result is undefined (see <see cref="UndefinedReason"/>).
    /// </summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The rounding applied to get <see cref="Result"/> ("half away from zero to 2 decimals"); null when none.</summary>
    public string? Rounding { get; init; }

    /// <summary>
    /// The printed precision of <see cref="Result"/>: the number of decimals it was rounded to, or the precision an
    /// undefined result would have been printed at; null when the result was not rounded (it carries its exact digits).
    /// </summary>
    public int? Decimals { get; init; }

    /// <summary>
    /// The result as the rule returns it (rounded when <see cref="Rounding"/> is set); null when the result is
    /// undefined — a missing input (NIHIL), a zero target or denominator — never a placeholder 0.
    /// </summary>
    public decimal? Result { get; init; }

    /// <summary>Why the result is undefined ("target is 0", "realisation missing"); null when it has a value.</summary>
    public string? UndefinedReason { get; init; }

    /// <summary>True when the calculation gave a value (<see cref="Result"/> is not null).</summary>
    [JsonIgnore]
    public bool HasResult => Result.HasValue;

    /// <summary>Notes on conventions, options and edge cases that applied ("capped at 100 %", "target 0: policy Undefined").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The traces of the parts a composite result was computed from; empty for a simple rule.</summary>
    public IReadOnlyList<CalculationTrace> Parts { get; init; } = [];

    /// <summary>Renders the trace as indented, readable text (invariant culture, one item a line).</summary>
    /// <returns>The multi-line text, ending without a newline.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        Append(sb, 0);
        return sb.ToString().TrimEnd();
    }

    /// <inheritdoc cref="ToText"/>
    public override string ToString() => ToText();

    private void Append(StringBuilder sb, int depth)
    {
        string pad = new(' ', depth * 2);
        var ci = CultureInfo.InvariantCulture;
        sb.Append(pad).Append(Rule).Append(": ").Append(Formula);
        if (Source is not null) sb.Append("   [").Append(Source).Append(']');
        sb.AppendLine();
        foreach (var input in Inputs)
        {
            sb.Append(pad).Append("  input  ").Append(input.Name).Append(" = ").Append(input.Value.ToString(ci));
            if (input.Note is not null) sb.Append("   (").Append(input.Note).Append(')');
            sb.AppendLine();
        }
        foreach (var step in Steps)
            sb.Append(pad).Append("  step   ").Append(step.Name).Append(" = ").Append(step.Expression)
              .Append(" = ").Append(step.Value.ToString(ci)).AppendLine();
        foreach (var note in Notes)
            sb.Append(pad).Append("  note   ").Append(note).AppendLine();
        if (Rounding is not null && Unrounded is decimal unrounded && Result is decimal rounded)
            sb.Append(pad).Append("  round  ").Append(unrounded.ToString(ci)).Append(" → ").Append(rounded.ToString(ci))
              .Append("   (").Append(Rounding).Append(')').AppendLine();
        sb.Append(pad).Append("  result ")
          .Append(Result is decimal result ? result.ToString(ci) : "undefined: " + UndefinedReason).AppendLine();
        foreach (var part in Parts)
            part.Append(sb, depth + 1);
    }
}
