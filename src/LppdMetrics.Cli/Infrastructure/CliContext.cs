namespace LppdMetrics.Cli;

/// <summary>Where a command writes: standard output and standard error (swappable for tests).</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: the one-line error messages.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
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
