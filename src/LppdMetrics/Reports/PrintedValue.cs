namespace LppdMetrics.Reports;

/// <summary>A printed number inside a structured table (an SPM capaian or index): its value, precision, line and id.</summary>
public sealed record PrintedValue
{
    /// <summary>A stable identifier, unique in the document ("spm/kesehatan/3/penerima").</summary>
    public required string Id { get; init; }

    /// <summary>The value as printed.</summary>
    public required decimal Reported { get; init; }

    /// <summary>The printed precision (number of decimals), 0 to 28.</summary>
    public int Decimals { get; init; }

    /// <summary>The 1-based line in the source document; null when unknown.</summary>
    public int? Source { get; init; }
}
