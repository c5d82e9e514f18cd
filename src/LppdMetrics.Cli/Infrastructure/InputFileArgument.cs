namespace LppdMetrics.Cli;

/// <summary>
/// The input file of a command, taken the same way by every command that reads one: as the positional argument
/// <c>FILE</c> or as <c>--input FILE</c> (<c>-i FILE</c>), exactly one of the two. Both given is a usage error (exit 2,
/// one line); neither is one too, unless the command has a default input (<c>audit</c> and <c>explain</c> read the
/// embedded report).
/// </summary>
public sealed class InputFileArgument
{
    private readonly Argument<string?> _positional;
    private readonly Option<string?> _option;
    private readonly bool _required;

    /// <summary>Creates the argument and the option.</summary>
    /// <param name="description">What the file holds (the help text of both).</param>
    /// <param name="required">True when the command has no default input.</param>
    public InputFileArgument(string description, bool required = true)
    {
        _required = required;
        _positional = new Argument<string?>("FILE") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        _option = new Option<string?>("--input", "-i") { Description = "The input file, the same as FILE (give one of the two).", HelpName = "FILE" };
    }

    /// <summary>Adds the positional <c>FILE</c>, the <c>--input</c> option and the check that exactly one is given.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_positional);
        command.Options.Add(_option);
        command.Validators.Add(result =>
        {
            // By the results, not the values: reading the value of "--input" given without a file throws.
            bool positional = result.GetResult(_positional) is { Tokens.Count: > 0 };
            bool option = result.GetResult(_option) is { Implicit: false };
            if (positional && option)
                result.AddError("the input file is given twice: as FILE and with --input; give one of the two.");
            else if (!positional && !option && _required)
                result.AddError($"'lppd {command.Name}' needs an input file: FILE or --input FILE.");
        });
    }

    /// <summary>The input file named on the command line, or null when none was given (a command with a default input).</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The path as the user wrote it.</returns>
    /// <exception cref="InputException">The path is a pipe (<see cref="RefusePipe"/>).</exception>
    public string? Get(ParseResult parse) => RefusePipe(parse.GetValue(_positional) ?? parse.GetValue(_option));

    /// <summary>
    /// Refuses a pipe given as the input file (a FIFO, a shell's <c>&lt;(…)</c>, <c>/dev/stdin</c> fed by a pipe): every
    /// reader looks at its input more than once (a Parquet file's magic bytes, then its footer; a CSV file's header,
    /// then its rows on all cores), and a pipe gives its data once, so the second look waited forever for more.
    /// </summary>
    /// <param name="path">The path as the user wrote it, or null.</param>
    /// <returns><paramref name="path"/>.</returns>
    private static string? RefusePipe(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            return path; // the reader names a missing file in its own words
        bool seekable;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            seekable = stream.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return path; // the reader names the error it meets
        }
        return seekable ? path
            : throw new InputException(path, null, null, "is a pipe, not a file: lppd reads its input more than once; save it to a file and give that.");
    }

    /// <summary>The input file of a command without a default input.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The path as the user wrote it.</returns>
    public string Required(ParseResult parse) =>
        Get(parse) ?? throw new InputException(null, null, "--input", "no input file: give FILE or --input FILE.");
}
