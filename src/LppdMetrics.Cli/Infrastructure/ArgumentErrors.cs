namespace LppdMetrics.Cli;

/// <summary>Turns a library argument error found while processing a file into a located <see cref="InputException"/>.</summary>
public static class ArgumentErrors
{
    /// <summary>Runs <paramref name="compute"/>; an <see cref="ArgumentException"/> becomes an input error for <paramref name="file"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="file">The input file.</param>
    /// <param name="compute">The library call.</param>
    /// <returns>The result.</returns>
    public static T About<T>(string file, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException ex)
        {
            throw new InputException(file, null, null, Text(ex));
        }
    }

    /// <summary>
    /// The message of a library argument error for a user: without the .NET suffixes " (Parameter 'x')" and
    /// "Actual value was …", on one line, cut and escaped by <see cref="EchoText"/>.
    /// </summary>
    /// <param name="ex">The exception.</param>
    /// <returns>The one-line message.</returns>
    public static string Text(Exception ex)
    {
        string message = ex.Message;
        int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter >= 0)
            message = message[..parameter];
        int actual = message.IndexOf("Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
            message = message[..actual];
        return EchoText.Cut(message.ReplaceLineEndings(" ").Trim(), 400);
    }
}
