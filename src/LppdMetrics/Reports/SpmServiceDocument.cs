using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>One SPM service (jenis pelayanan dasar): recipients (A), quality groups (B) and the printed figures.</summary>
public sealed record SpmServiceDocument
{
    /// <summary>The service's number in its table.</summary>
    public int No { get; init; }

    /// <summary>The service's name.</summary>
    public required string Name { get; init; }

    /// <summary>The sub-urusan the service belongs to; null when the urusan has none.</summary>
    [JsonPropertyName("subUrusan")]
    public string? SubAffair { get; init; }

    /// <summary>The 1-based line of the service's row; null when unknown.</summary>
    public int? Source { get; init; }

    /// <summary>The printed service index (%); null when not printed.</summary>
    public PrintedValue? Index { get; init; }

    /// <summary>"A. Jumlah yang harus dilayani": the recipients to serve and served.</summary>
    public required SpmCountDocument Recipients { get; init; }

    /// <summary>The printed quality capaian (B, mutu) of the service; null when not printed.</summary>
    public PrintedValue? Quality { get; init; }

    /// <summary>The quality items (B), in groups; a table without sub-groups has one unnamed group. Empty when none.</summary>
    public IReadOnlyList<SpmQualityGroupDocument> QualityGroups
    {
        get => _qualityGroups;
        init => _qualityGroups = value ?? [];
    }

    private readonly IReadOnlyList<SpmQualityGroupDocument> _qualityGroups = [];
}
