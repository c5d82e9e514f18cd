namespace LppdMetrics.Cli;

/// <summary>Builds the <c>lppd</c> command tree and runs it with the exit-code contract of <see cref="ExitCodes"/>.</summary>
public static class LppdApp
{
    /// <summary>Runs <c>lppd</c> with <paramref name="args"/>, writing to the given writers.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 success, 1 findings, 2 bad input or usage, 3 internal error.</returns>
    /// <remarks>
    /// Standard output is buffered: nothing reaches <paramref name="stdout"/> unless the command succeeds (exit 0 or
    /// 1), so a failure never leaves half a table behind. A command whose input is fully read and checked may commit
    /// the output early (<see cref="CliContext.CommitOutput"/>) to stream a large result (<c>audit --format json</c>). Every failure writes exactly one line to
    /// <paramref name="stderr"/>, with input echoed at most about 200 characters long and control characters escaped,
    /// and no .NET type or parameter names.
    /// </remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var buffer = new DeferredWriter(stdout);
        var errors = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        TextWriter? terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? stderr : null;
        int code = RunBuffered(args, buffer, errors, terminal);
        if (code is ExitCodes.Success or ExitCodes.Findings)
        {
            try
            {
                buffer.Commit();
                buffer.FlushTarget();
                WriteError(stderr, errors.ToString());
                return code;
            }
            catch (InputException ex)
            {
                // standard output refused the result (a full disk, a closed descriptor): the run failed
                errors = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                errors.WriteLine("lppd: " + ex.Message);
                code = ExitCodes.BadInput;
            }
        }
        try
        {
            buffer.FlushTarget(); // what a command streamed before it failed goes out before the error line, as it was written
        }
        catch (InputException)
        {
            // the failure already being reported is the one to name
        }
        string first = EchoText.Cut(errors.ToString().Split('\n', 2)[0].TrimEnd('\r'), 600);
        WriteError(stderr, (first.Length > 0 ? first : "lppd: the command failed without a message.") + stderr.NewLine);
        return code;
    }

    /// <summary>Writes <paramref name="text"/> to standard error; a standard error that refuses it (closed, full) leaves the exit code to tell.</summary>
    private static void WriteError(TextWriter stderr, string text)
    {
        try
        {
            stderr.Write(text);
            stderr.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // nowhere left to say it
        }
    }

    private static int RunBuffered(string[] args, TextWriter stdout, TextWriter stderr, TextWriter? terminal)
    {
        var context = new CliContext(stdout, stderr) { Terminal = terminal };
        RootCommand root = CreateRoot(context);
        // No response files: "@name" is a file's name like any other, never a list of arguments to read (System.CommandLine
        // reads "@/dev/zero" without end, and "@data.csv" as the file's lines).
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine("lppd: " + UsageErrors.Describe(root, args, parsed) + " (see lppd --help)");
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
            stderr.WriteLine("lppd: " + UsageErrors.Scrub(ex is ArgumentException ? ArgumentErrors.Text(ex) : OneLine(ex.Message)));
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is OutOfMemoryException or InsufficientExecutionStackException)
        {
            stderr.WriteLine("lppd: the input is too large to process in memory: " + OneLine(ex.Message));
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
        AchievementCommand.Create(context),
        EfficiencyCommand.Create(context),
        ExplainCommand.Create(context),
        ExtractCommand.Create(context),
        GiniCommand.Create(context),
        GroupedCommand.Create(context),
        SatisfactionCommand.Create(context),
        InequalityCommand.Create(context),
        HumanDevelopmentCommand.Create(context),
        LorenzCommand.Create(context),
        PovertyCommand.Create(context),
        SpmCommand.Create(context),
    ];

    private static bool IsInputError(Exception ex) =>
        ex is InputException or FormatException or ArgumentException or JsonException or FileNotFoundException
            or DirectoryNotFoundException or UnauthorizedAccessException or InvalidDataException;

    private static string OneLine(string message) =>
        EchoText.Cut(message.ReplaceLineEndings(" ").Trim(), 400);
}
