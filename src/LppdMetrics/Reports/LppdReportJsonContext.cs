using System.Text.Json;
using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>
/// The source-generated System.Text.Json context of the report document model (AOT- and trim-safe): camelCase
/// names, nulls omitted on write, comments and trailing commas allowed on read, unknown members rejected (a typo in
/// a hand-edited document is an error, not silently ignored), nullable annotations enforced.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(LppdReport))]
internal sealed partial class LppdReportJsonContext : JsonSerializerContext;
