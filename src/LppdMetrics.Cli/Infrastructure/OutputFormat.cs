using System.CommandLine;

namespace LppdMetrics.Cli;

/// <summary>The <c>--format</c> option shared by the commands.</summary>
public static class OutputFormat
{
    /// <summary>Readable text (the default).</summary>
    public const string Text = "text";

    /// <summary>JSON (indented, camelCase, numbers at full precision).</summary>
    public const string Json = "json";

    /// <summary>CSV with a header row.</summary>
    public const string Csv = "csv";

    /// <summary>The calculation trace as text.</summary>
    public const string Explain = "explain";

    /// <summary>Creates a <c>--format</c> option accepting <paramref name="allowed"/>, defaulting to the first.</summary>
    /// <param name="allowed">The accepted formats; the first is the default.</param>
    /// <returns>The option.</returns>
    public static Option<string> Create(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
