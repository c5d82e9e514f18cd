namespace LppdMetrics.Reports;

/// <summary>A printed word inside a structured table (an SPM category such as "TUNTAS UTAMA").</summary>
public sealed record PrintedText
{
    /// <summary>A stable identifier, unique in the document ("spm/kesehatan/kategori").</summary>
    public required string Id { get; init; }

    /// <summary>The words as printed.</summary>
    public required string ReportedText { get; init; }

    /// <summary>The 1-based line in the source document; null when unknown.</summary>
    public int? Source { get; init; }
}
