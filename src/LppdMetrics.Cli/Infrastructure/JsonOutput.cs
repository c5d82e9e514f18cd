using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LppdMetrics.Cli;

/// <summary>Writes a JSON document to a <see cref="TextWriter"/> with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
public static class JsonOutput
{
    /// <summary>Writes one indented JSON document built by <paramref name="write"/>, then a newline.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes exactly one JSON value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
