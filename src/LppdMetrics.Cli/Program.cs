namespace LppdMetrics.Cli;

/// <summary>The entry point of the <c>lppd</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the process's console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) => LppdApp.Run(args, Console.Out, Console.Error);
}
