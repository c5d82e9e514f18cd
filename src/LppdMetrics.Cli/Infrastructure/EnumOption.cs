using System.CommandLine.Parsing;

namespace LppdMetrics.Cli;

/// <summary>
/// Creates every option whose value is one member of an enum. On the command line a member is written in kebab case
/// (<c>RoundToInteger</c> → <c>round-to-integer</c>, <c>NOverNMinus1</c> → <c>n-over-n-minus-1</c>) and read without
/// regard to case; the help lists the allowed values and the default; any other value is a usage error (exit 2) whose
/// one line names the option, echoes the value and lists the allowed values.
/// </summary>
public static class EnumOption
{
    /// <summary>
    /// An option whose default is the enum's zero member (<c>default(TEnum)</c>; each enum used here puts its default
    /// first), accepting <paramref name="allowed"/> (every member of the enum when empty).
    /// </summary>
    /// <typeparam name="TEnum">The enum; its zero member is the default and must be among <paramref name="allowed"/>.</typeparam>
    /// <param name="name">The option's name, "--format".</param>
    /// <param name="description">The help text, without the list of values and the default (added here).</param>
    /// <param name="allowed">The accepted members, in the order the help lists them; all members when empty.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">The zero member is not among <paramref name="allowed"/> (a bug of the command).</exception>
    public static Option<TEnum> Create<TEnum>(string name, string description, params TEnum[] allowed)
        where TEnum : struct, Enum
    {
        TEnum[] values = allowed.Length > 0 ? allowed : Enum.GetValues<TEnum>();
        TEnum defaultValue = default;
        if (!values.Contains(defaultValue))
            throw new ArgumentException($"{name}: the default {defaultValue} is not among the allowed values.", nameof(allowed));
        // No DefaultValueFactory: the help would show the default as a .NET name ("[default: None]"); an option not
        // given reads as default(TEnum), and the help text names the default in kebab case.
        var option = new Option<TEnum>(name)
        {
            Description = $"{description} One of: {List(values)}; default {Name(defaultValue)}.",
            HelpName = string.Join('|', values.Select(Name)),
            CustomParser = result => Parse(result, name, values) ?? defaultValue,
        };
        Complete(option, values);
        return option;
    }

    /// <summary>An option without a default: its value is null when it is not given.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">The option's name, "--se".</param>
    /// <param name="description">The help text, without the list of values (added here).</param>
    /// <param name="allowed">The accepted members, in the order the help lists them; all members when empty.</param>
    /// <returns>The option.</returns>
    public static Option<TEnum?> Optional<TEnum>(string name, string description, params TEnum[] allowed)
        where TEnum : struct, Enum
    {
        TEnum[] values = allowed.Length > 0 ? allowed : Enum.GetValues<TEnum>();
        var option = new Option<TEnum?>(name)
        {
            Description = $"{description} One of: {List(values)}.",
            HelpName = string.Join('|', values.Select(Name)),
            CustomParser = result => Parse(result, name, values),
        };
        Complete(option, values);
        return option;
    }

    /// <summary>The command-line name of <paramref name="value"/>: its member name in kebab case.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">A defined member.</param>
    /// <returns>E.g. "round-to-integer", "n-over-n-minus-1", "md".</returns>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Kebab(value.ToString());

    /// <summary>Kebab case of a PascalCase identifier: a hyphen before each capital and before a digit run that follows a letter.</summary>
    /// <param name="identifier">E.g. "NOverNMinus1".</param>
    /// <returns>E.g. "n-over-n-minus-1".</returns>
    internal static string Kebab(string identifier)
    {
        var text = new StringBuilder(identifier.Length + 8);
        for (int i = 0; i < identifier.Length; i++)
        {
            char c = identifier[i];
            bool boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(identifier[i - 1])));
            if (boundary) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    private static string List<TEnum>(TEnum[] values) where TEnum : struct, Enum => string.Join(", ", values.Select(Name));

    private static TEnum? Parse<TEnum>(ArgumentResult result, string name, TEnum[] values) where TEnum : struct, Enum
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        foreach (TEnum value in values)
            if (string.Equals(Name(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
                return value;
        result.AddError($"{name} '{EchoText.Cut(text, 60)}' is not one of the allowed values: {List(values)}.");
        return null;
    }

    private static void Complete<TEnum>(Option option, TEnum[] values) where TEnum : struct, Enum
    {
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. values.Select(Name)]);
    }
}
