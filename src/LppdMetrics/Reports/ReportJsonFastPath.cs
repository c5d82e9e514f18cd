using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LppdMetrics.Accountability;

namespace LppdMetrics.Reports;

/// <summary>
/// A direct reader of report documents in UTF-8 JSON for the start-up of <c>lppd audit</c>: the embedded report's
/// tables, figures and inputs (63 000 of its 72 000 tokens) are read with <see cref="Utf8JsonReader"/> into the
/// records straight away, instead of through the serializer's constructor-argument path; the SPM part and source
/// locations are handed to the serializer. It reads what <see cref="LppdReportJson.Write"/> writes and declines
/// (returns null) on anything else: an unknown or repeated property, a null, a value of another JSON kind, a number
/// out of range, a polarity other than the writer's two texts, a missing required property, malformed JSON. The
/// caller then reads the document with the serializer, which accepts or rejects it with its located error.
/// </summary>
/// <remarks>
/// A document it accepts gives the same report as the serializer (the same values, decimal scales, texts and list
/// contents): the same reader options (trailing commas, comments skipped), the same number conversions
/// (<see cref="Utf8JsonReader.TryGetDecimal(out decimal)"/>, <see cref="Utf8JsonReader.TryGetInt32(out int)"/>), the
/// same camel-case names, compared unescaped. Tests check it on the embedded document and on generated and mutated
/// documents.
/// </remarks>
internal static class ReportJsonFastPath
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Thrown inside the reader when the document leaves the path; never escapes <see cref="TryRead"/>.</summary>
    private sealed class DeclinedException : Exception;

    /// <summary>The report in <paramref name="utf8Json"/>, or null when the document is not one this path reads.</summary>
    public static LppdReport? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            Expect(ref reader, JsonTokenType.StartObject);
            var report = Report(ref reader);
            return reader.Read() ? null : report; // a second root value is not a document
        }
        catch (Exception ex) when (ex is DeclinedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static LppdReport Report(ref Utf8JsonReader reader)
    {
        string? title = null, region = null, source = null, note = null;
        int? year = null;
        List<ReportTable>? tables = null;
        IReadOnlyList<SpmAffairDocument>? spm = null;
        int seen = 0;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "title"u8, 0, ref seen)) title = String(ref reader);
            else if (Is(ref reader, "region"u8, 1, ref seen)) region = String(ref reader);
            else if (Is(ref reader, "year"u8, 2, ref seen)) year = Int32(ref reader);
            else if (Is(ref reader, "source"u8, 3, ref seen)) source = String(ref reader);
            else if (Is(ref reader, "note"u8, 4, ref seen)) note = String(ref reader);
            else if (Is(ref reader, "tables"u8, 5, ref seen)) tables = Array(ref reader, Table);
            else if (Is(ref reader, "spm"u8, 6, ref seen)) spm = Serialized<IReadOnlyList<SpmAffairDocument>>(ref reader);
            else throw new DeclinedException();
        }
        return new LppdReport
        {
            Title = title ?? throw new DeclinedException(),
            Region = region,
            Year = year,
            Source = source,
            Note = note,
            Tables = tables ?? [],
            Spm = spm ?? [],
        };
    }

    private static ReportTable Table(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new DeclinedException();
        string? id = null, title = null, note = null;
        List<int>? lines = null;
        List<ReportFigure>? figures = null;
        int seen = 0;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8, 0, ref seen)) id = String(ref reader);
            else if (Is(ref reader, "title"u8, 1, ref seen)) title = String(ref reader);
            else if (Is(ref reader, "lines"u8, 2, ref seen)) lines = Array(ref reader, Int32Element);
            else if (Is(ref reader, "note"u8, 3, ref seen)) note = String(ref reader);
            else if (Is(ref reader, "figures"u8, 4, ref seen)) figures = Array(ref reader, Figure);
            else throw new DeclinedException();
        }
        return new ReportTable
        {
            Id = id ?? throw new DeclinedException(),
            Title = title ?? throw new DeclinedException(),
            Lines = lines,
            Note = note,
            Figures = figures ?? [],
        };
    }

    private static ReportFigure Figure(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new DeclinedException();
        string? id = null, label = null, rule = null, printed = null, reportedText = null, note = null;
        decimal? reported = null;
        int decimals = 0;
        int? source = null;
        SourceLocation? location = null;
        Polarity? polarity = null;
        bool magnitude = false;
        List<FigureInput>? inputs = null;
        int seen = 0;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8, 0, ref seen)) id = String(ref reader);
            else if (Is(ref reader, "label"u8, 1, ref seen)) label = String(ref reader);
            else if (Is(ref reader, "rule"u8, 2, ref seen)) rule = String(ref reader);
            else if (Is(ref reader, "decimals"u8, 3, ref seen)) decimals = Int32(ref reader);
            else if (Is(ref reader, "source"u8, 4, ref seen)) source = Int32(ref reader);
            else if (Is(ref reader, "inputs"u8, 5, ref seen)) inputs = Array(ref reader, Input);
            else if (Is(ref reader, "reported"u8, 6, ref seen)) reported = Decimal(ref reader);
            else if (Is(ref reader, "printed"u8, 7, ref seen)) printed = String(ref reader);
            else if (Is(ref reader, "magnitude"u8, 8, ref seen)) magnitude = Boolean(ref reader);
            else if (Is(ref reader, "polarity"u8, 9, ref seen)) polarity = PolarityText(ref reader);
            else if (Is(ref reader, "note"u8, 10, ref seen)) note = String(ref reader);
            else if (Is(ref reader, "location"u8, 11, ref seen)) location = Serialized<SourceLocation>(ref reader);
            else if (Is(ref reader, "reportedText"u8, 12, ref seen)) reportedText = String(ref reader);
            else throw new DeclinedException();
        }
        return new ReportFigure
        {
            Id = id ?? throw new DeclinedException(),
            Label = label ?? throw new DeclinedException(),
            Rule = rule ?? throw new DeclinedException(),
            Reported = reported,
            Printed = printed,
            Decimals = decimals,
            Source = source,
            Location = location,
            ReportedText = reportedText,
            Polarity = polarity,
            Magnitude = magnitude,
            Note = note,
            Inputs = inputs ?? [],
        };
    }

    private static FigureInput Input(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new DeclinedException();
        string? name = null, printed = null, note = null;
        decimal? value = null;
        int? source = null;
        SourceLocation? location = null;
        int seen = 0;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "name"u8, 0, ref seen)) name = String(ref reader);
            else if (Is(ref reader, "value"u8, 1, ref seen)) value = Decimal(ref reader);
            else if (Is(ref reader, "printed"u8, 2, ref seen)) printed = String(ref reader);
            else if (Is(ref reader, "source"u8, 3, ref seen)) source = Int32(ref reader);
            else if (Is(ref reader, "note"u8, 4, ref seen)) note = String(ref reader);
            else if (Is(ref reader, "location"u8, 5, ref seen)) location = Serialized<SourceLocation>(ref reader);
            else throw new DeclinedException();
        }
        return new FigureInput
        {
            Name = name ?? throw new DeclinedException(),
            Value = value,
            Printed = printed,
            Source = source,
            Location = location,
            Note = note,
        };
    }

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Reads the array that follows a property name; each element is read from its first token, and checks its kind.</summary>
    private static List<T> Array<T>(ref Utf8JsonReader reader, ElementReader<T> element)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<T>();
        while (true)
        {
            if (!reader.Read()) throw new DeclinedException();
            if (reader.TokenType == JsonTokenType.EndArray) return list;
            list.Add(element(ref reader));
        }
    }

    private static int Int32Element(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value) ? value : throw new DeclinedException();

    /// <summary>True when the property name is <paramref name="name"/> and not seen before in this object (bit <paramref name="bit"/> of <paramref name="seen"/>).</summary>
    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, int bit, ref int seen)
    {
        if (!reader.ValueTextEquals(name)) return false;
        if ((seen & (1 << bit)) != 0) throw new DeclinedException();
        seen |= 1 << bit;
        return true;
    }

    /// <summary>Moves to the next property name of the current object: true there, false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new DeclinedException();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new DeclinedException(),
        };
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type) throw new DeclinedException();
    }

    private static string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static decimal Decimal(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.TryGetDecimal(out decimal value) ? value : throw new DeclinedException();
    }

    private static int Int32(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.TryGetInt32(out int value) ? value : throw new DeclinedException();
    }

    private static bool Boolean(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new DeclinedException();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new DeclinedException(),
        };
    }

    /// <summary>The writer's polarity texts (<see cref="PolarityJsonConverter"/>, kebab case): "positive" and "negative".</summary>
    private static Polarity PolarityText(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        if (reader.ValueTextEquals("positive"u8)) return Polarity.Positive;
        if (reader.ValueTextEquals("negative"u8)) return Polarity.Negative;
        throw new DeclinedException();
    }

    /// <summary>The value after a property name, read by the serializer with the report context's contract; a null declines.</summary>
    private static T Serialized<T>(ref Utf8JsonReader reader) where T : class =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)LppdReportJsonContext.Default.GetTypeInfo(typeof(T))!)
        ?? throw new DeclinedException();
}
