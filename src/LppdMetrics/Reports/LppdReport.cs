namespace LppdMetrics.Reports;

/// <summary>
/// An LPPD report (<i>Laporan Penyelenggaraan Pemerintahan Daerah</i>) as a document of printed figures: every
/// figure that can be recomputed is stored with the value the report prints, its printed precision, its source
/// line and the inputs it should follow from, so that <c>LppdMetrics.Audit.ReportAudit</c> can recompute it.
/// </summary>
/// <remarks>
/// Numbers are transcribed as printed (decimal, with the printed number of decimals); a recomputed value is never
/// typed into a document. Read and write documents with <see cref="LppdReportJson"/> (System.Text.Json, source
/// generated, AOT-safe); <see cref="LppdReportJson.Blitar2024"/> is the embedded Kabupaten Blitar 2024 report.
/// </remarks>
public sealed record LppdReport
{
    /// <summary>The report's title.</summary>
    public required string Title { get; init; }

    /// <summary>The region (kabupaten/kota/provinsi) that reports.</summary>
    public string? Region { get; init; }

    /// <summary>The reporting year.</summary>
    public int? Year { get; init; }

    /// <summary>The document the figures were transcribed from (file name or reference); line numbers refer to it.</summary>
    public string? Source { get; init; }

    /// <summary>A free note on the transcription.</summary>
    public string? Note { get; init; }

    /// <summary>The tables (and groups of figures) of the report, in report order; empty when none.</summary>
    public IReadOnlyList<ReportTable> Tables
    {
        get => _tables;
        init => _tables = value ?? [];
    }

    private readonly IReadOnlyList<ReportTable> _tables = [];

    /// <summary>The SPM (<i>Standar Pelayanan Minimal</i>) achievement tables, one per urusan; empty when none.</summary>
    public IReadOnlyList<SpmAffairDocument> Spm
    {
        get => _spm;
        init => _spm = value ?? [];
    }

    private readonly IReadOnlyList<SpmAffairDocument> _spm = [];
}
