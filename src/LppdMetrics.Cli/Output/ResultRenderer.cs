namespace LppdMetrics.Cli;

/// <summary>
/// The one place where a result type is written: as text, as JSON (a document of the output contract, serialised
/// through <see cref="CliJsonContext"/>) and, where the command offers it, as CSV. Every command hands its result to
/// its renderer and writes nothing itself.
/// </summary>
/// <typeparam name="TResult">What the command computed (with what the text needs, such as the file name).</typeparam>
/// <typeparam name="TJson">The JSON document.</typeparam>
internal abstract class ResultRenderer<TResult, TJson>
{
    /// <summary>The document's type information in <see cref="CliJsonContext"/>.</summary>
    protected abstract JsonTypeInfo<TJson> JsonType { get; }

    /// <summary>The JSON document of <paramref name="result"/>.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    public abstract TJson ToJson(TResult result);

    /// <summary>Writes <paramref name="result"/> as readable text.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The result.</param>
    public abstract void WriteText(TextWriter output, TResult result);

    /// <summary>Writes <paramref name="result"/> as CSV with a header row (only for the commands that offer <c>--format csv</c>).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The result.</param>
    public virtual void WriteCsv(TextWriter output, TResult result) =>
        throw new InvalidOperationException(GetType().Name + " has no CSV output.");

    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="format">text, json or csv.</param>
    /// <param name="result">The result.</param>
    public void Write(TextWriter output, OutputFormat format, TResult result)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(output, ToJson(result), JsonType);
                break;
            case OutputFormat.Csv:
                WriteCsv(output, result);
                break;
            default:
                WriteText(output, result);
                break;
        }
    }
}
