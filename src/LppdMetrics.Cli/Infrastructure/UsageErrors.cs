using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace LppdMetrics.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors and library messages into the one-line wording of <c>lppd</c>: an
/// unknown command names itself and suggests the nearest one, an invalid choice names its option and lists the
/// allowed values on the same line, and no .NET type names reach the user.
/// </summary>
public static partial class UsageErrors
{
    /// <summary>The one-line description of the first parse error of <paramref name="parsed"/>.</summary>
    /// <param name="root">The root command (for the command names).</param>
    /// <param name="args">The arguments as given.</param>
    /// <param name="parsed">A parse result with at least one error.</param>
    /// <returns>The message, without the "lppd: " prefix.</returns>
    public static string Describe(RootCommand root, string[] args, ParseResult parsed)
    {
        string[] names = [.. root.Subcommands.Select(c => c.Name)];
        string? first = args.FirstOrDefault();
        if (first is not null && !first.StartsWith('-') && !names.Contains(first, StringComparer.Ordinal))
        {
            string? nearest = names.MinBy(n => Distance(first, n));
            string suggestion = nearest is not null && Distance(first, nearest) <= Math.Max(2, nearest.Length / 3) ? $"; did you mean '{nearest}'?" : "";
            return $"unknown command '{EchoText.Cut(first, 60)}'{suggestion} The commands are: {string.Join(", ", names)}.";
        }
        if (first is null)
            return "no command given; the commands are: " + string.Join(", ", names) + ".";
        ParseError error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
        string message = error.Message;
        if (ChoiceList().Match(message) is { Success: true } choice)
        {
            string allowed = string.Join(", ", ChoiceItem().Matches(choice.Groups["list"].Value).Select(m => m.Groups[1].Value));
            string option = OptionOf(error) is { } name ? name + " " : "";
            return $"{option}'{EchoText.Cut(choice.Groups["value"].Value, 60)}' is not one of the allowed values: {allowed}.";
        }
        if (message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            message = "unrecognized argument " + message["Unrecognized command or argument ".Length..].TrimEnd('.') + " for 'lppd " + first + "'.";
        return Scrub(EchoText.Cut(message.ReplaceLineEndings(" ").Trim(), 400));
    }

    /// <summary>Replaces .NET type and parameter names in a message with words ("System.Double" → "a number").</summary>
    /// <param name="message">A one-line message.</param>
    /// <returns>The message for a user.</returns>
    public static string Scrub(string message)
    {
        message = DotNetNumber().Replace(message, "a number");
        message = DotNetInteger().Replace(message, "a whole number");
        message = message.Replace("System.String", "text", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal);
        message = OurTypes().Replace(message, "the document");
        message = ParameterSuffix().Replace(message, "");
        return message;
    }

    private static string? OptionOf(ParseError error) =>
        error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };

    // Levenshtein distance, for the nearest command name.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"Argument '(?<value>.*)' not recognized\. Must be one of:(?<list>.*)$", RegexOptions.Singleline)]
    private static partial Regex ChoiceList();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex ChoiceItem();

    [GeneratedRegex(@"System\.(Double|Single|Decimal)(\[\])?")]
    private static partial Regex DotNetNumber();

    [GeneratedRegex(@"System\.(U?Int(16|32|64)|Byte)")]
    private static partial Regex DotNetInteger();

    [GeneratedRegex(@"LppdMetrics(\.[A-Za-z]+)*\.[A-Z][A-Za-z]*(Model|Document|Dto)\b|\b[A-Z][A-Za-z]*(FileModel|Document)\b")]
    private static partial Regex OurTypes();

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
