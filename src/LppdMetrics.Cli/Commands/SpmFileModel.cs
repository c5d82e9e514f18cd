using System.Text.Json;
using System.Text.Json.Serialization;

namespace LppdMetrics.Cli;

/// <summary>
/// An SPM input file in the SPM file schema (one urusan, docs/methods.md#spm-file): the fields <c>lppd spm</c> reads. Other
/// fields (reported figures, lines, budget and program tables) are ignored.
/// </summary>
internal sealed class SpmFileModel
{
    /// <summary>The urusan's name.</summary>
    public string? Urusan { get; set; }

    /// <summary>The sub-urusan (Trantibumlinmas), in print order; null when none.</summary>
    public List<SpmSubUrusanModel>? SubUrusan { get; set; }

    /// <summary>The services.</summary>
    [JsonRequired]
    public List<SpmServiceModel> Services { get; set; } = [];
}

/// <summary>A sub-urusan entry of an SPM file.</summary>
internal sealed class SpmSubUrusanModel
{
    /// <summary>Its name, e.g. "DAMKAR".</summary>
    [JsonRequired]
    public string Name { get; set; } = "";
}

/// <summary>A service (<i>jenis pelayanan dasar</i>) of an SPM file.</summary>
internal sealed class SpmServiceModel
{
    /// <summary>The service's name.</summary>
    [JsonRequired]
    public string Name { get; set; } = "";

    /// <summary>Its sub-urusan, or null.</summary>
    public string? SubUrusan { get; set; }

    /// <summary>The recipients row; required.</summary>
    [JsonRequired]
    public SpmRowModel Recipients { get; set; } = new();

    /// <summary>The quality groups; absent means none.</summary>
    public List<SpmGroupModel> QualityGroups { get; set; } = [];
}

/// <summary>A quality group of an SPM file.</summary>
internal sealed class SpmGroupModel
{
    /// <summary>The sub-group's name, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The items.</summary>
    [JsonRequired]
    public List<SpmRowModel> Items { get; set; } = [];
}

/// <summary>A target/realisation row of an SPM file.</summary>
internal sealed class SpmRowModel
{
    /// <summary>The row's label, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The target, ≥ 0.</summary>
    [JsonRequired]
    [JsonConverter(typeof(NonNegativeDecimalConverter))]
    public decimal Target { get; set; }

    /// <summary>The realisation, ≥ 0.</summary>
    [JsonRequired]
    [JsonConverter(typeof(NonNegativeDecimalConverter))]
    public decimal Realized { get; set; }
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
            throw new JsonException(FormattableString.Invariant($"{value} is negative; targets and realisations must be ≥ 0."));
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>The source-generated (AOT-safe) JSON context for <see cref="SpmFileModel"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SpmFileModel))]
internal sealed partial class SpmFileJsonContext : JsonSerializerContext;
