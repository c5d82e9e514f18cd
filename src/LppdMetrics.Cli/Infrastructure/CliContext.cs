namespace LppdMetrics.Cli;

/// <summary>Where a command writes: standard output and standard error (swappable for tests).</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: the one-line error messages.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// The process's own standard error when it is a terminal and the tool runs on the process's console (not a
    /// file, a pipe or a test's writer), for the progress line of <see cref="TerminalProgress"/>; null otherwise.
    /// <see cref="Error"/> is buffered until the command ends (one line on failure), so progress cannot go there.
    /// </summary>
    internal TextWriter? Terminal { get; init; }

    /// <summary>
    /// Declares that every input has been read and checked, so what the command writes from here on may reach
    /// standard output at once (streamed) instead of being held until the command succeeds. Call it only after the
    /// last input error can occur.
    /// </summary>
    public void CommitOutput()
    {
        if (Out is DeferredWriter deferred) deferred.Commit();
    }
}
