using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The SPM achievement index (<i>indeks pencapaian SPM</i>) of an urusan, with every level below it, rule
/// <c>spm.urusan</c>; the trace holds the traces of all parts.
/// </summary>
public sealed record SpmAffairResult : TracedResult
{
    internal SpmAffairResult(string name, IReadOnlyList<SpmServiceResult> services, IReadOnlyList<SpmSubAffairResult> subAffair,
        Band<string> category, CalculationTrace trace) : base(trace)
    {
        Name = name;
        Services = services;
        SubAffair = subAffair;
        Category = category;
    }

    /// <summary>The urusan.</summary>
    public string Name { get; }

    /// <summary>All service results, in input order.</summary>
    public IReadOnlyList<SpmServiceResult> Services { get; }

    /// <summary>The sub-urusan results in order; empty when the urusan has none.</summary>
    public IReadOnlyList<SpmSubAffairResult> SubAffair { get; }

    /// <summary>Its category from the options' table (unrounded index).</summary>
    public Band<string> Category { get; }

    /// <summary>The urusan index in %, 0–100, full precision (<see cref="TracedResult.Unrounded"/>): the mean of the service indices (or of the sub-urusan indices, by option).</summary>
    public decimal Index => Unrounded!.Value;

    /// <summary>The index rounded half away from zero to 2 decimals (<see cref="TracedResult.Value"/>).</summary>
    public decimal Rounded => Value!.Value;
}
