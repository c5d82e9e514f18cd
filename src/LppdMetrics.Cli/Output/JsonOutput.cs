using System.Text.Encodings.Web;

namespace LppdMetrics.Cli;

/// <summary>
/// Writes a command's JSON document through the source-generated <see cref="CliJsonContext"/> (no reflection):
/// indented, camelCase, non-ASCII text as is, every figure a <see cref="Figure"/>.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The writer options of every JSON output.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="value"/> as one indented JSON document, then a newline.</summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The document.</param>
    /// <param name="type">Its type information from <see cref="CliJsonContext"/>.</param>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> type)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            JsonSerializer.Serialize(writer, value, type);
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
