using LppdMetrics.Accountability;

namespace LppdMetrics.Reports;

/// <summary>
/// One printed figure that can be recomputed: the value the report prints, its printed precision and source line,
/// the rule it should follow and the inputs (themselves printed values) it should follow from.
/// </summary>
/// <remarks>
/// Rules (see <c>LppdMetrics.Audit.ReportAudit</c>): <c>capaian</c> (inputs T, R; <see cref="Polarity"/>),
/// <c>capaian.mean</c> (the members' printed capaian), <c>predicate</c> (input capaian; <see cref="ReportedText"/>),
/// <c>budget.realization</c> (anggaran, realisasi), <c>efficiency</c> (capaian, realisasi anggaran), <c>sum</c>
/// (the summands), <c>identity</c> (the same quantity printed elsewhere), <c>ipm</c> (UHH, HLS, RLS, pengeluaran
/// in Rp 000), <c>change.percent</c> (previous, current), <c>economic-growth</c> (ADHK t−1, ADHK t),
/// <c>per-capita</c> (PDRB in Rp juta, penduduk), <c>labor.open-unemployment</c> (pengangguran, angkatan kerja),
/// <c>labor.participation</c> (angkatan kerja, penduduk usia kerja), <c>ikk.ratio</c> (pembilang, penyebut),
/// <c>density</c> (penduduk, luas km²), <c>density.regional</c> (the n sub-areas' populations, then their n areas,
/// then their n printed densities), <c>sex-ratio</c> (laki-laki, perempuan), <c>dependency.ratio</c> and
/// <c>dependency.workers-per-dependent</c> (penduduk usia kerja, penduduk total), <c>share</c> (bagian, keseluruhan),
/// <c>desa-mandiri</c> (desa mandiri, desa).
/// Inputs are matched by position in that order; their names are labels.
/// </remarks>
public sealed record ReportFigure
{
    /// <summary>A stable identifier, unique in the document ("4.3.2.1/2881/capaian").</summary>
    public required string Id { get; init; }

    /// <summary>What the figure is, for people ("Nilai SAKIP: capaian 2024").</summary>
    public required string Label { get; init; }

    /// <summary>The rule the figure should follow ("capaian", "sum", "ipm", …).</summary>
    public required string Rule { get; init; }

    /// <summary>The value as printed; null when the report prints no number (a text value, "NIHIL", an empty cell).</summary>
    public decimal? Reported { get; init; }

    /// <summary>The cell's text exactly as printed ("94,60%"); null when not transcribed.</summary>
    public string? Printed { get; init; }

    /// <summary>The printed precision: the number of decimals printed (2 for "94,60%"), 0 to 28.</summary>
    public int Decimals { get; init; }

    /// <summary>The 1-based line of the figure in the source document; null when unknown.</summary>
    public int? Source { get; init; }

    /// <summary>
    /// Where the figure is printed, in full (page, table, row and column for a DOCX or PDF source; the line for
    /// text); null when only <see cref="Source"/> is known.
    /// </summary>
    public SourceLocation? Location { get; init; }

    /// <summary>For text figures (a predicate), the words printed ("Sangat Tinggi"); null otherwise.</summary>
    public string? ReportedText { get; init; }

    /// <summary>
    /// For a capaian, the polarity the report applies; null for other rules. In JSON the kebab-case name:
    /// "positive" (higher is better) or "negative"; any other string is a document error naming its path.
    /// </summary>
    public Polarity? Polarity { get; init; }

    /// <summary>
    /// True when the report prints only the size of the figure and gives its direction in words ("turun sebanyak
    /// 6.030 jiwa", "melebihi sebesar 12,84"): the audit compares the printed value with |recomputed|.
    /// </summary>
    public bool Magnitude { get; init; }

    /// <summary>A free note on the figure.</summary>
    public string? Note { get; init; }

    /// <summary>The inputs, in the order the rule takes them; empty when none.</summary>
    public IReadOnlyList<FigureInput> Inputs
    {
        get => _inputs;
        init => _inputs = value ?? [];
    }

    private readonly IReadOnlyList<FigureInput> _inputs = [];
}
