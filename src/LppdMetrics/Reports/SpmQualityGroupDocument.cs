using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>A sub-group of an SPM service's quality items (e.g. "SD", "SMP"), or the one unnamed group.</summary>
public sealed record SpmQualityGroupDocument
{
    /// <summary>The group's name; null for the unnamed group of a table without sub-groups.</summary>
    public string? Name { get; init; }

    /// <summary>The printed capaian of the group; null when not printed.</summary>
    [JsonPropertyName("capaian")]
    public PrintedValue? Achievement { get; init; }

    /// <summary>The quality items (required in JSON: a group without "items" is a document error).</summary>
    public required IReadOnlyList<SpmCountDocument> Items
    {
        get => _items;
        init => _items = value ?? [];
    }

    private readonly IReadOnlyList<SpmCountDocument> _items = [];
}
