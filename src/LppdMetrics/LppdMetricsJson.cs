using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LppdMetrics.Audit;
using LppdMetrics.Tracing;

namespace LppdMetrics;

/// <summary>
/// Reads and writes the library's traces and propagation links as JSON through its source-generated context (AOT-
/// and trim-safe, no reflection): camelCase names, indented, decimals with their scale ("100.37").
/// </summary>
/// <remarks>
/// The generated context itself is internal so that its generated members are not public API; chain
/// <see cref="TypeInfoResolver"/> into your own <see cref="JsonSerializerOptions"/> with
/// <c>JsonTypeInfoResolver.Combine</c> to serialize these types in your own documents. Results never hold NaN or
/// infinities (the library rejects them at the input), so no named floating-point literals are ever written.
/// </remarks>
public static class LppdMetricsJson
{
    /// <summary>The resolver of the library's JSON types (<see cref="CalculationTrace"/> and a list of
    /// <see cref="PropagationLink"/>), to combine into your own options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => LppdMetricsJsonContext.Default;

    /// <summary>Writes a trace as a JSON object at the writer's position.</summary>
    /// <param name="writer">The writer (the caller flushes and disposes it).</param>
    /// <param name="trace">The trace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="trace"/> is null.</exception>
    public static void WriteTrace(Utf8JsonWriter writer, CalculationTrace trace)
    {
        Guard.NotNull(writer);
        Guard.NotNull(trace);
        JsonSerializer.Serialize(writer, trace, LppdMetricsJsonContext.Default.CalculationTrace);
    }

    /// <summary>Writes a trace as indented JSON text.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is null.</exception>
    public static string WriteTrace(CalculationTrace trace)
    {
        Guard.NotNull(trace);
        return JsonSerializer.Serialize(trace, LppdMetricsJsonContext.Default.CalculationTrace);
    }

    /// <summary>Reads a trace written by <see cref="WriteTrace(CalculationTrace)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="JsonException">The text is not valid JSON or not a trace object; <see cref="JsonException.Path"/> says where.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CalculationTrace ParseTrace(string json)
    {
        Guard.NotNull(json);
        return JsonSerializer.Deserialize(json, LppdMetricsJsonContext.Default.CalculationTrace)
               ?? throw new JsonException("The document is null; expected a trace object.", "$", 0, 0);
    }

    /// <summary>Writes the propagation links of a finding as a JSON array at the writer's position.</summary>
    /// <param name="writer">The writer (the caller flushes and disposes it).</param>
    /// <param name="links">The links, in the order to write them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="links"/> is null.</exception>
    public static void WritePropagation(Utf8JsonWriter writer, IReadOnlyList<PropagationLink> links)
    {
        Guard.NotNull(writer);
        Guard.NotNull(links);
        JsonSerializer.Serialize(writer, links, LppdMetricsJsonContext.Default.IReadOnlyListPropagationLink);
    }
}
