using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>A target/realisation pair of an SPM table (the recipients row or a quality item) and its printed capaian.</summary>
public sealed record SpmCountDocument
{
    /// <summary>The row's label; null when none is printed.</summary>
    public string? Name { get; init; }

    /// <summary>The unit printed ("Orang", "Rumah"); null when none.</summary>
    public string? Unit { get; init; }

    /// <summary>The target (jumlah yang harus dilayani / target mutu), as printed.</summary>
    public required decimal Target { get; init; }

    /// <summary>The realisation, as printed.</summary>
    public required decimal Realized { get; init; }

    /// <summary>The 1-based line of the row; null when unknown.</summary>
    public int? Source { get; init; }

    /// <summary>The printed capaian (%); null when the cell is empty.</summary>
    [JsonPropertyName("capaian")]
    public PrintedValue? Achievement { get; init; }
}
