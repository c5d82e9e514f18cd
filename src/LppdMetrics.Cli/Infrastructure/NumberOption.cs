using System.CommandLine.Parsing;

namespace LppdMetrics.Cli;

/// <summary>
/// Creates the numeric options of every command, read by <see cref="StrictNumber"/> and checked against a
/// <see cref="NumberRange"/>. A refused value is a usage error (exit 2) whose one line names the option, echoes the
/// value (cut and escaped by <see cref="EchoText"/>) and gives a hint.
/// </summary>
public static class NumberOption
{
    /// <summary>A double option.</summary>
    /// <param name="name">The option's name, "--line".</param>
    /// <param name="description">The help text.</param>
    /// <param name="range">The accepted values.</param>
    /// <param name="decimalComma">The command's <c>--decimal-comma</c> switch, if it has one: when set, the value is read with <see cref="NumberConvention.DecimalComma"/>.</param>
    /// <returns>The option; its value is null when it is not given.</returns>
    public static Option<double?> Double(string name, string description, NumberRange range, Option<bool>? decimalComma = null) =>
        new(name)
        {
            Description = description,
            CustomParser = result => Read(result, name, range, decimalComma, static (string text, NumberConvention c, out double v, out string? p) => StrictNumber.TryParse(text, c, out v, out p), static v => v),
        };

    /// <summary>A repeatable double option (<c>--epsilon 0.5 1 2</c>, or the option given once per value), each value
    /// read and checked as <see cref="Double"/> reads its one.</summary>
    /// <param name="name">The option's name, "--epsilon".</param>
    /// <param name="description">The help text.</param>
    /// <param name="range">The accepted values.</param>
    /// <param name="decimalComma">The command's <c>--decimal-comma</c> switch, if it has one: when set, every value is read with <see cref="NumberConvention.DecimalComma"/>.</param>
    /// <returns>The option; its value is null when it is not given.</returns>
    public static Option<double[]?> Doubles(string name, string description, NumberRange range, Option<bool>? decimalComma = null) =>
        new(name)
        {
            Description = description,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result =>
            {
                var values = new double[result.Tokens.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    if (Read(result, result.Tokens[i].Value, name, range, decimalComma, static (string text, NumberConvention c, out double v, out string? p) => StrictNumber.TryParse(text, c, out v, out p), static v => v) is not double value)
                        return null;
                    values[i] = value;
                }
                return values;
            },
        };

    /// <summary>A decimal option (exact, for report figures).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="range">The accepted values.</param>
    /// <returns>The option; its value is null when it is not given.</returns>
    public static Option<decimal?> Decimal(string name, string description, NumberRange range) =>
        new(name)
        {
            Description = description,
            CustomParser = result => Read(result, name, range, null, static (string text, NumberConvention c, out decimal v, out string? p) => StrictNumber.TryParse(text, c, out v, out p), static v => (double)v),
        };

    /// <summary>An integer option with inclusive bounds, stated in the help and in the error.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted (a documented upper bound on work and memory).</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <returns>The option.</returns>
    public static Option<int> Integer(string name, string description, int minimum, int maximum, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"{description} ({minimum}–{maximum}; default {defaultValue})"),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= minimum && value <= maximum)
                return value;
            result.AddError(string.Create(CultureInfo.InvariantCulture,
                $"{name} '{EchoText.Cut(text)}' is not accepted: give a whole number from {minimum} to {maximum}."));
            return defaultValue;
        };
        return option;
    }

    private delegate bool TryRead<T>(string text, NumberConvention convention, out T value, out string? problem);

    private static T? Read<T>(ArgumentResult result, string name, NumberRange range, Option<bool>? decimalComma, TryRead<T> read, Func<T, double> asDouble)
        where T : struct =>
        Read(result, result.Tokens.Count > 0 ? result.Tokens[^1].Value : "", name, range, decimalComma, read, asDouble);

    // One value of the option: read in the command's convention, checked against the range; null (with the error added) when refused.
    private static T? Read<T>(ArgumentResult result, string text, string name, NumberRange range, Option<bool>? decimalComma, TryRead<T> read, Func<T, double> asDouble)
        where T : struct
    {
        var convention = decimalComma is not null && result.GetValue(decimalComma) ? NumberConvention.DecimalComma : NumberConvention.DecimalPoint;
        if (!read(text, convention, out T value, out string? problem))
        {
            string hint = decimalComma is not null && convention == NumberConvention.DecimalPoint && problem!.StartsWith("is ambiguous", StringComparison.Ordinal)
                ? ", or pass --decimal-comma to read dots as thousands separators" : "";
            result.AddError($"{name} '{EchoText.Cut(text)}' {problem}{hint}.");
            return null;
        }
        if (range.Problem(asDouble(value)) is string outside)
        {
            result.AddError($"{name} '{EchoText.Cut(text)}' {outside}.");
            return null;
        }
        return value;
    }
}

/// <summary>The values a numeric option accepts: an interval with open or closed ends, and a hint for a value outside it.</summary>
/// <param name="Minimum">The lower end (−∞ for none).</param>
/// <param name="Maximum">The upper end (+∞ for none).</param>
/// <param name="MinimumExcluded">True when <paramref name="Minimum"/> itself is refused.</param>
/// <param name="MaximumExcluded">True when <paramref name="Maximum"/> itself is refused.</param>
/// <param name="Hint">Said after the interval when a value is outside it (the unit, a likely mistake); may be empty.</param>
public sealed record NumberRange(double Minimum, double Maximum, bool MinimumExcluded = false, bool MaximumExcluded = false, string Hint = "")
{
    /// <summary>Any finite number.</summary>
    public static NumberRange Any { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>Numbers &gt; 0.</summary>
    public static NumberRange Positive { get; } = new(0, double.PositiveInfinity, MinimumExcluded: true);

    /// <summary>Numbers ≥ 0.</summary>
    public static NumberRange NonNegative { get; } = new(0, double.PositiveInfinity);

    /// <summary>Why <paramref name="value"/> is outside the range, or null when it is inside.</summary>
    /// <param name="value">A finite value.</param>
    /// <returns>"is outside [a, b] …" or null.</returns>
    public string? Problem(double value)
    {
        bool low = MinimumExcluded ? value <= Minimum : value < Minimum;
        bool high = MaximumExcluded ? value >= Maximum : value > Maximum;
        if (!low && !high)
            return null;
        string text = (double.IsNegativeInfinity(Minimum), double.IsPositiveInfinity(Maximum)) switch
        {
            (true, false) => string.Create(CultureInfo.InvariantCulture, $"must be {(MaximumExcluded ? "<" : "≤")} {Maximum}"),
            (false, true) => string.Create(CultureInfo.InvariantCulture, $"must be {(MinimumExcluded ? ">" : "≥")} {Minimum}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"must be in {(MinimumExcluded ? "(" : "[")}{Minimum}, {Maximum}{(MaximumExcluded ? ")" : "]")}"),
        };
        return Hint.Length == 0 ? text : text + "; " + Hint;
    }
}
