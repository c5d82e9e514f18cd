using System.Text.Json.Serialization;
using LppdMetrics.Tracing;

namespace LppdMetrics;

/// <summary>
/// The source-generated System.Text.Json context for the library's result and trace types (AOT- and
/// trim-safe). Internal: callers use <see cref="LppdMetricsJson"/>, whose <see cref="LppdMetricsJson.TypeInfoResolver"/>
/// chains it into their own options.
/// </summary>
/// <remarks>
/// Property names are camelCase. Results never hold NaN or infinities (the library rejects them at the input),
/// so no named floating-point literals are ever written.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CalculationTrace))]
[JsonSerializable(typeof(IReadOnlyList<LppdMetrics.Audit.PropagationLink>))]
internal sealed partial class LppdMetricsJsonContext : JsonSerializerContext;
