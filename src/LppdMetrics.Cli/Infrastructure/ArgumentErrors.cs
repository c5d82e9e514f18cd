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
            throw new InputException(file, null, null, ex.Message.ReplaceLineEndings(" "));
        }
    }
}
