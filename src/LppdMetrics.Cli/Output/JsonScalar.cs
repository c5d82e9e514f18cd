namespace LppdMetrics.Cli;

/// <summary>
/// One JSON scalar of the output: a number (decimal for report arithmetic, double for statistics), a text (a figure
/// printed as a word, such as a predicate), or <c>null</c>. Written by <see cref="JsonScalarConverter"/>, the one place
/// where the tool writes a number: a decimal with its scale, a double in its shortest round-trip form.
/// </summary>
[JsonConverter(typeof(JsonScalarConverter))]
internal readonly record struct JsonScalar
{
    private JsonScalar(decimal? number, double? real, string? text)
    {
        Decimal = number;
        Double = real;
        Text = text;
    }

    /// <summary>The decimal, when the scalar is one.</summary>
    public decimal? Decimal { get; }

    /// <summary>The double, when the scalar is one (always finite).</summary>
    public double? Double { get; }

    /// <summary>The text, when the scalar is one.</summary>
    public string? Text { get; }

    /// <summary>True for <c>null</c>.</summary>
    public bool IsNull => Decimal is null && Double is null && Text is null;

    /// <summary>A decimal, or null.</summary>
    public static implicit operator JsonScalar(decimal? value) => new(value, null, null);

    /// <summary>A finite double, or null; a NaN or infinity is a bug of the caller and throws.</summary>
    public static implicit operator JsonScalar(double? value) =>
        value is { } v && !double.IsFinite(v) ? throw new ArgumentOutOfRangeException(nameof(value), v, "not a finite number") : new(null, value, null);

    /// <summary>A text, or null.</summary>
    public static implicit operator JsonScalar(string? value) => new(null, null, value);
}

/// <summary>Writes a <see cref="JsonScalar"/> (output only).</summary>
internal sealed class JsonScalarConverter : JsonConverter<JsonScalar>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override JsonScalar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("output only");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, JsonScalar value, JsonSerializerOptions options)
    {
        if (value.Decimal is { } m) writer.WriteNumberValue(m);
        else if (value.Double is { } d) writer.WriteNumberValue(d);
        else if (value.Text is { } t) writer.WriteStringValue(t);
        else writer.WriteNullValue();
    }
}
