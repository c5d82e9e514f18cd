namespace LppdMetrics.Cli;

/// <summary>The one way a command takes its options: in the order given, which is the order of its help.</summary>
internal static class CommandOptions
{
    /// <summary>Adds <paramref name="options"/> to <paramref name="command"/> in order.</summary>
    /// <param name="command">The command.</param>
    /// <param name="options">Its options, in help order.</param>
    public static void AddOptions(this Command command, params ReadOnlySpan<Option> options)
    {
        foreach (Option option in options)
            command.Options.Add(option);
    }
}
