using System.Text.Json.Serialization;
using LppdMetrics.Tracing;

namespace LppdMetrics;

/// <summary>
/// The source-generated System.Text.Json context for the library's result and trace types (AOT- and
/// trim-safe). Chain it into your own options with <c>JsonTypeInfoResolver.Combine</c>.
/// </summary>
/// <remarks>
/// Property names are camelCase. Results never hold NaN or infinities (the library rejects them at the input),
/// so no named floating-point literals are ever written.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CalculationTrace))]
[JsonSerializable(typeof(IReadOnlyList<LppdMetrics.Audit.PropagationLink>))]
public sealed partial class LppdMetricsJsonContext : JsonSerializerContext;
