using System.Text.Json;
using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>
/// The source-generated System.Text.Json context of the report document model (AOT- and trim-safe): camelCase
/// names, nulls omitted on write, comments and trailing commas allowed on read, unknown members rejected (a typo in
/// a hand-edited document is an error, not silently ignored), nullable annotations enforced; enums (<see cref="LppdMetrics.Accountability.Polarity"/>) as kebab-case strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    Converters = [typeof(PolarityJsonConverter)])]
[JsonSerializable(typeof(LppdReport))]
internal sealed partial class LppdReportJsonContext : JsonSerializerContext;

/// <summary>
/// <see cref="LppdMetrics.Accountability.Polarity"/> as a kebab-case-lower string ("positive", "negative"), AOT-safe;
/// numbers and unknown strings are rejected with a <see cref="JsonException"/> naming the JSON path.
/// </summary>
internal sealed class PolarityJsonConverter() : JsonStringEnumConverter<LppdMetrics.Accountability.Polarity>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
