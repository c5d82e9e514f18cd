namespace LppdMetrics.Reports;

/// <summary>
/// The SPM achievement table of one urusan (Permendagri 59/2021): its services with their recipients and quality
/// items (target and realisation as printed) and every printed capaian and index.
/// </summary>
public sealed record SpmUrusanDocument
{
    /// <summary>A stable identifier ("spm/kesehatan").</summary>
    public required string Id { get; init; }

    /// <summary>The urusan's name ("Kesehatan").</summary>
    public required string Name { get; init; }

    /// <summary>The report section ("4.2").</summary>
    public string? Section { get; init; }

    /// <summary>The printed urusan index (%); null when not printed (an urusan with sub-urusan prints theirs).</summary>
    public PrintedValue? Index { get; init; }

    /// <summary>The printed category word ("TUNTAS UTAMA"); null when not printed.</summary>
    public PrintedText? Category { get; init; }

    /// <summary>The sub-urusan (Trantibumlinmas: TRANTIBUM, KEBENCANAAN, DAMKAR) with their printed indices; empty when none.</summary>
    public IReadOnlyList<SpmSubUrusanDocument> SubUrusan
    {
        get => _subUrusan;
        init => _subUrusan = value ?? [];
    }

    private readonly IReadOnlyList<SpmSubUrusanDocument> _subUrusan = [];

    /// <summary>The services (jenis pelayanan dasar).</summary>
    public IReadOnlyList<SpmServiceDocument> Services
    {
        get => _services;
        init => _services = value ?? [];
    }

    private readonly IReadOnlyList<SpmServiceDocument> _services = [];
}
