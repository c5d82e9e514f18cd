namespace LppdMetrics.Cli;

/// <summary>The entry point of the <c>lppd</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the process's console, standard output buffered (see <see cref="StandardOutput"/>), the heap of a short report command prepared (<see cref="ProcessHeap"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        using var heap = ProcessHeap.ForCommand(args);
        TextWriter stdout = StandardOutput.Open();
        try
        {
            return LppdApp.Run(args, stdout, Console.Error);
        }
        finally
        {
            try
            {
                stdout.Flush(); // LppdApp.Run flushed it and reported a refused write; this is for an exception it let through
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // reported by LppdApp.Run already
            }
        }
    }
}
