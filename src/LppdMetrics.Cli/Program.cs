namespace LppdMetrics.Cli;

/// <summary>The entry point of the <c>lppd</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the process's console, standard output buffered (see <see cref="StandardOutput"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        TextWriter stdout = StandardOutput.Open();
        try
        {
            return LppdApp.Run(args, stdout, Console.Error);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
