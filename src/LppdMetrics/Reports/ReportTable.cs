namespace LppdMetrics.Reports;

/// <summary>A table of the report (or a group of related figures) with its recomputable figures.</summary>
public sealed record ReportTable
{
    /// <summary>A short identifier, unique in the document ("4.3.2.1", "1.12").</summary>
    public required string Id { get; init; }

    /// <summary>The table's caption and title as printed ("Tabel 4.3.2.1 Realisasi kinerja sasaran …"); the audit groups its findings by it.</summary>
    public required string Title { get; init; }

    /// <summary>The first and last line of the table in the source document; null when not applicable.</summary>
    public IReadOnlyList<int>? Lines { get; init; }

    /// <summary>A free note on the table's transcription.</summary>
    public string? Note { get; init; }

    /// <summary>The printed figures that can be recomputed; empty when none.</summary>
    public IReadOnlyList<ReportFigure> Figures
    {
        get => _figures;
        init => _figures = value ?? [];
    }

    private readonly IReadOnlyList<ReportFigure> _figures = [];
}
