namespace LppdMetrics.Cli;

/// <summary>The values of the <c>--format</c> option shared by the commands (each command accepts a subset).</summary>
public enum OutputFormat
{
    /// <summary>Readable text (the default of every command).</summary>
    Text,

    /// <summary>JSON in the one output contract of README.md, "JSON output": every figure <c>{value, unrounded, decimals, reason}</c>.</summary>
    Json,

    /// <summary>CSV with a header row.</summary>
    Csv,

    /// <summary>An HTML page (<c>audit</c>).</summary>
    Html,

    /// <summary>An Excel workbook (<c>audit</c>, with <c>-o PATH</c>).</summary>
    Xlsx,

    /// <summary>Markdown (<c>audit</c>).</summary>
    Md,
}

/// <summary>Creates the <c>--format</c> option of a command.</summary>
public static class OutputFormatOption
{
    /// <summary>Creates a <c>--format</c> option accepting <paramref name="allowed"/>, defaulting to <see cref="OutputFormat.Text"/>.</summary>
    /// <param name="allowed">The formats besides text that the command writes.</param>
    /// <returns>The option.</returns>
    public static Option<OutputFormat> Create(params OutputFormat[] allowed) =>
        EnumOption.Create("--format", "Output format.", [OutputFormat.Text, .. allowed]);
}
