using LppdMetrics.Tracing;

namespace LppdMetrics.Audit;

/// <summary>The audit of one printed figure: what the report prints, what the rule gives, and how they compare.</summary>
public sealed record AuditFinding
{
    /// <summary>The figure's identifier in the document ("4.3.2.1/2881/capaian").</summary>
    public required string Id { get; init; }

    /// <summary>The table or section the figure belongs to (its title).</summary>
    public required string Section { get; init; }

    /// <summary>What the figure is ("Nilai SAKIP: capaian 2024").</summary>
    public required string Label { get; init; }

    /// <summary>The rule applied: the document's rule, refined where the rule has variants ("capaian.negative").</summary>
    public required string Rule { get; init; }

    /// <summary>The classification.</summary>
    public required FindingStatus Status { get; init; }

    /// <summary>The printed value; null for a text figure or when no number is printed.</summary>
    public decimal? Reported { get; init; }

    /// <summary>The printed text of a text figure (a predicate, an SPM category); null otherwise.</summary>
    public string? ReportedText { get; init; }

    /// <summary>The printed precision (number of decimals).</summary>
    public int Decimals { get; init; }

    /// <summary>The recomputed value rounded half away from zero at the printed precision; null when not recomputed.</summary>
    public decimal? Recomputed { get; init; }

    /// <summary>The recomputed value before rounding for print; null when not recomputed.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The recomputed text of a text figure; null otherwise.</summary>
    public string? RecomputedText { get; init; }

    /// <summary><see cref="Reported"/> − <see cref="Recomputed"/>; null when either is missing.</summary>
    public decimal? Difference { get; init; }

    /// <summary>The 1-based line of the figure in the source document; null when unknown.</summary>
    public int? Source { get; init; }

    /// <summary>Where the figure is printed, in full (page, table, row, column); null when only <see cref="Source"/> is known.</summary>
    public Reports.SourceLocation? Location { get; init; }

    /// <summary>
    /// Why the figure is <see cref="FindingStatus.Rounding"/> or <see cref="FindingStatus.NotCheckable"/>; for a
    /// <see cref="FindingStatus.Mismatch"/>, the other method the printed value follows from when the rule knows one
    /// (the mean of kecamatan densities printed as the regional density; its trace is then a part of
    /// <see cref="Trace"/>); null otherwise.
    /// </summary>
    public string? Explanation { get; init; }

    /// <summary>The calculation trace of the recomputation (from the library function the rule calls); null when not recomputed.</summary>
    public CalculationTrace? Trace { get; init; }

    /// <summary>
    /// Informational notes that never change <see cref="Status"/> (nor the exit code): a polarity that contradicts the
    /// indicator's meaning (<see cref="Accountability.IndicatorPolarities"/>, docs/methods.md#polarity), a capaian in a gap
    /// of the printed predicate table (docs/methods.md#predicate). Empty when there is nothing to note.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// The propagation links of this figure (docs: README, audit section), from cause to effect: links where this
    /// figure is the dependant (an input printed wrong upstream, <see cref="PropagationLink.DependantId"/> = <see cref="Id"/>)
    /// and links where it is the upstream (the figures its misprint feeds). Each link also has a note in
    /// <see cref="Notes"/> starting with "propagated:". Informational: never changes <see cref="Status"/>. Empty when none.
    /// </summary>
    public IReadOnlyList<PropagationLink> Propagation { get; init; } = [];
}
