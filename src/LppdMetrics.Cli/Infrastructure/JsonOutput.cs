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

    /// <summary>Writes <paramref name="name"/>: the number, or <c>null</c> when <paramref name="value"/> is missing.</summary>
    /// <param name="w">The JSON writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value; null for a missing or undefined result.</param>
    public static void NumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
