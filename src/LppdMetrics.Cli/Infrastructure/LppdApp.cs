using System.CommandLine;
using System.Text.Json;

namespace LppdMetrics.Cli;

/// <summary>Builds the <c>lppd</c> command tree and runs it with the exit-code contract of <see cref="ExitCodes"/>.</summary>
public static class LppdApp
{
    /// <summary>Runs <c>lppd</c> with <paramref name="args"/>, writing to the given writers.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 success, 1 findings, 2 bad input or usage, 3 internal error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        RootCommand root = CreateRoot(context);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine("lppd: " + parsed.Errors[0].Message + " (see lppd --help)");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            stderr.WriteLine("lppd: " + OneLine(ex.Message));
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            stderr.WriteLine("lppd: internal error: " + ex.GetType().Name + ": " + OneLine(ex.Message));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Creates the root command with every subcommand.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("lppd: recompute and audit the figures of Indonesian regional-government performance reports (LPPD).");
        foreach (Command command in Commands(context))
            root.Subcommands.Add(command);
        return root;
    }

    // One line per command; keep alphabetical.
    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        AuditCommand.Create(context),
        CapaianCommand.Create(context),
        EfficiencyCommand.Create(context),
        ExplainCommand.Create(context),
        ExtractCommand.Create(context),
        GiniCommand.Create(context),
        GroupedCommand.Create(context),
        IkmCommand.Create(context),
        InequalityCommand.Create(context),
        IpmCommand.Create(context),
        LorenzCommand.Create(context),
        PovertyCommand.Create(context),
        SpmCommand.Create(context),
    ];

    private static bool IsInputError(Exception ex) =>
        ex is InputException or FormatException or ArgumentException or JsonException or FileNotFoundException
            or DirectoryNotFoundException or UnauthorizedAccessException or InvalidDataException;

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
