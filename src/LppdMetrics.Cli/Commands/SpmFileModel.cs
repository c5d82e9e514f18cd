namespace LppdMetrics.Cli;

/// <summary>
/// An SPM input file in the SPM file schema (one urusan, docs/methods.md#spm-file): the urusan's name, its sub-urusan
/// and its services. Below the root the file has the shape of the report document's SPM tables
/// (<see cref="SpmServiceDocument"/>, <see cref="SpmSubAffairDocument"/>), read into those types and mapped to the
/// domain by the one mapping <see cref="SpmAffairDocument.ToAffair"/>. Other fields (reported figures, lines, budget
/// and program tables) are ignored.
/// </summary>
internal sealed class SpmFileModel
{
    /// <summary>The urusan's name; the file name when absent.</summary>
    [JsonPropertyName("urusan")]
    public string? Affair { get; set; }

    /// <summary>The sub-urusan (Trantibumlinmas), in print order; null when none.</summary>
    [JsonPropertyName("subUrusan")]
    public List<SpmSubAffairDocument>? SubAffair { get; set; }

    /// <summary>The services.</summary>
    [JsonRequired]
    public List<SpmServiceDocument> Services { get; set; } = [];

    /// <summary>The file as the SPM document of one urusan.</summary>
    /// <param name="id">The urusan's id (the file).</param>
    /// <param name="fallbackName">The name when the file gives none.</param>
    /// <returns>The document.</returns>
    public SpmAffairDocument ToDocument(string id, string fallbackName) => new()
    {
        Id = id,
        Name = Affair ?? fallbackName,
        SubAffair = SubAffair ?? [],
        Services = Services,
    };
}

/// <summary>Reads a JSON number as a decimal and rejects negatives, so the error carries the JSON line and path.</summary>
internal sealed class NonNegativeDecimalConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal value))
            throw new JsonException($"expected a number ≥ 0, found {reader.TokenType}.");
        if (value < 0)
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{value} is negative; targets and realisations must be ≥ 0."));
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// The source-generated (AOT-safe) JSON context for <see cref="SpmFileModel"/>: unknown fields skipped, and every
/// number (target, realisation) read by <see cref="NonNegativeDecimalConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(NonNegativeDecimalConverter)])]
[JsonSerializable(typeof(SpmFileModel))]
internal sealed partial class SpmFileJsonContext : JsonSerializerContext;
