namespace LppdMetrics.Reports;

/// <summary>A sub-urusan of an SPM urusan and its printed index.</summary>
public sealed record SpmSubAffairDocument
{
    /// <summary>The sub-urusan's name, as the services' <see cref="SpmServiceDocument.SubAffair"/> refer to it.</summary>
    public required string Name { get; init; }

    /// <summary>The printed index (%); null when not printed.</summary>
    public PrintedValue? Index { get; init; }
}
