using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tracing;

/// <summary>
/// Collects the inputs, steps, notes and parts of a calculation and produces its <see cref="CalculationTrace"/>.
/// </summary>
/// <remarks>
/// Use one builder per calculation: <c>new TraceBuilder("capaian.positive", "R / T × 100", "Permendagri 86/2017")
/// .Input("T", t).Input("R", r).Step("R / T × 100", "8.16 / 8.19 × 100", raw).Rounded(raw, 2)</c>.
/// A builder is not thread-safe; the trace it builds is immutable.
/// </remarks>
/// <param name="rule">A stable, dotted, lower-case rule identifier.</param>
/// <param name="formula">The formula in symbols.</param>
/// <param name="source">The regulation, agency or report line the formula comes from; null when unknown.</param>
public sealed class TraceBuilder(string rule, string formula, string? source = null)
{
    // Made on first use: most traces have no steps, notes or parts, and an audit builds thousands of traces.
    private List<TraceValue>? _inputs;
    private List<TraceStep>? _steps;
    private List<string>? _notes;
    private List<CalculationTrace>? _parts;

    /// <summary>Records an input.</summary>
    /// <param name="name">The symbol of the input.</param>
    /// <param name="value">Its value.</param>
    /// <param name="note">Its meaning, unit or source; null for none.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Input(string name, decimal value, string? note = null)
    {
        (_inputs ??= []).Add(new TraceValue(name, value, note));
        return this;
    }

    /// <summary>Records a double input (finite; stored with its shortest round-trip digits).</summary>
    /// <remarks>A value beyond the range of <see cref="decimal"/> (|x| ≥ 7.9e28, as a population from weights of 1e300)
    /// is recorded as its digits m under the name "<paramref name="name"/> / 10^k" (x = m·10^k, 1 ≤ |m| &lt; 10), and the
    /// note says so: exact, nothing is clamped.</remarks>
    /// <param name="name">The symbol of the input.</param>
    /// <param name="value">Its value; must be finite.</param>
    /// <param name="note">Its meaning, unit or source; null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public TraceBuilder Input(string name, double value, string? note = null)
    {
        (string shownName, decimal shown, string? shownNote) = Representable(name, value, note, nameof(value));
        return Input(shownName, shown, shownNote);
    }

    /// <summary>Records an intermediate value.</summary>
    /// <param name="name">The name of the intermediate.</param>
    /// <param name="expression">The expression with numbers substituted.</param>
    /// <param name="value">The value at full precision.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Step(string name, string expression, decimal value)
    {
        (_steps ??= []).Add(new TraceStep(name, expression, value));
        return this;
    }

    /// <summary>Records a double intermediate value (finite; stored with its shortest round-trip digits).</summary>
    /// <remarks>A value beyond the range of <see cref="decimal"/> is recorded as for
    /// <see cref="Input(string, double, string?)"/>: its digits under the name "<paramref name="name"/> / 10^k".</remarks>
    /// <param name="name">The name of the intermediate.</param>
    /// <param name="expression">The expression with numbers substituted.</param>
    /// <param name="value">The value; must be finite.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public TraceBuilder Step(string name, string expression, double value)
    {
        (string shownName, decimal shown, _) = Representable(name, value, null, nameof(value));
        return Step(shownName, expression, shown);
    }

    // A finite double as a trace holds it: its shortest round-trip digits, or beyond decimal's range (±7.9e28) those
    // digits as m·10^k with the name and note saying so ("W / 10^300" = 3). NaN and ±∞ are refused.
    private static (string Name, decimal Value, string? Note) Representable(string name, double value, string? note, string paramName)
    {
        if (!double.IsFinite(value) || Math.Abs(value) < ReportRounding.DecimalLimit)
            return (name, ReportRounding.ToDecimal(value, paramName), note);
        // "R" writes such a double as "d.dddE+kk": the mantissa has at most 17 digits, which a decimal holds exactly.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        decimal mantissa = decimal.Parse(text.AsSpan(0, e), NumberStyles.Float, CultureInfo.InvariantCulture);
        int exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string scaled = string.Create(CultureInfo.InvariantCulture, $"{text} is beyond the range of decimal (±7.9e28): shown divided by 10^{exponent}");
        return (string.Create(CultureInfo.InvariantCulture, $"{name} / 10^{exponent}"), mantissa, note is null ? scaled : note + "; " + scaled);
    }

    /// <summary>Records a note on a convention, option or edge case that applied.</summary>
    /// <param name="note">The note, one sentence.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Note(string note)
    {
        (_notes ??= []).Add(note);
        return this;
    }

    /// <summary>Records the trace of a part of a composite result.</summary>
    /// <param name="part">The part's trace.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Part(CalculationTrace part)
    {
        (_parts ??= []).Add(part);
        return this;
    }

    /// <summary>Finishes the trace with an unrounded result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The trace.</returns>
    public CalculationTrace Result(decimal result) => Build(result, result, null, null, null);

    /// <summary>
    /// Finishes the trace of a calculation that has no value — a missing input (NIHIL), a zero target or
    /// denominator under a policy that makes it undefined. The trace's <see cref="CalculationTrace.Result"/> is null,
    /// never a placeholder number.
    /// </summary>
    /// <param name="reason">Why there is no value, one phrase ("target is 0", "realisation missing").</param>
    /// <returns>The trace, with <see cref="CalculationTrace.UndefinedReason"/> set.</returns>
    public CalculationTrace Undefined(string reason) => Build(null, null, null, null, reason);

    /// <summary>
    /// Finishes the trace of a calculation that has no value (as <see cref="Undefined(string)"/>) but whose value
    /// would have been printed at <paramref name="decimals"/> places.
    /// </summary>
    /// <param name="reason">Why there is no value, one phrase ("target is 0", "realisation missing").</param>
    /// <param name="decimals">The printed precision the value would have had, 0 to 28.</param>
    /// <returns>The trace, with <see cref="CalculationTrace.UndefinedReason"/> and <see cref="CalculationTrace.Decimals"/> set.</returns>
    public CalculationTrace Undefined(string reason, int decimals) => Build(null, null, null, decimals, reason);

    /// <summary>Finishes the trace with a result rounded by <paramref name="rule"/> to <paramref name="decimals"/> places.</summary>
    /// <param name="unrounded">The exact result.</param>
    /// <param name="decimals">The printed precision, 0 to 28.</param>
    /// <param name="rule">The rounding rule; the report convention (half away from zero) by default.</param>
    /// <returns>The trace, whose <see cref="CalculationTrace.Result"/> is the rounded value.</returns>
    public CalculationTrace Rounded(decimal unrounded, int decimals, RoundingRule rule = RoundingRule.HalfAwayFromZero) =>
        Rounded(unrounded, decimals, rule, ReportRounding.Round(unrounded, decimals, rule));

    /// <summary>Finishes the trace with <paramref name="rounded"/>, the exact value behind <paramref name="unrounded"/> rounded by <paramref name="rule"/> (<see cref="TracedRatio.FinishQuotient"/>).</summary>
    internal CalculationTrace Rounded(decimal unrounded, int decimals, RoundingRule rule, decimal rounded)
    {
        // The same number as the plain rounding of the unrounded value keeps that value's scale (100.0, not 100.00).
        decimal plain = ReportRounding.Round(unrounded, decimals, rule);
        if (plain == rounded)
            rounded = plain;
        string how = rule switch
        {
            RoundingRule.HalfAwayFromZero => "half away from zero",
            RoundingRule.Truncate => "truncated",
            _ => "half to even",
        };
        return Build(unrounded, rounded, string.Create(CultureInfo.InvariantCulture, $"{how} to {decimals} decimals"), decimals, null);
    }

    private CalculationTrace Build(decimal? unrounded, decimal? result, string? rounding, int? decimals, string? undefinedReason) => new()
    {
        Rule = rule,
        Formula = formula,
        Source = source,
        Inputs = _inputs is null ? [] : _inputs.ToArray(),
        Steps = _steps is null ? [] : _steps.ToArray(),
        Notes = _notes is null ? [] : _notes.ToArray(),
        Parts = _parts is null ? [] : _parts.ToArray(),
        Unrounded = unrounded,
        Rounding = rounding,
        Decimals = decimals,
        Result = result,
        UndefinedReason = undefinedReason,
    };
}
