namespace LppdMetrics.Cli;

/// <summary>Where a command writes: standard output and standard error (swappable for tests).</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: the one-line error messages.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error);
