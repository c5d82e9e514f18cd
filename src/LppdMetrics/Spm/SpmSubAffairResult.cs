using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The index of a sub-urusan (Trantibumlinmas: TRANTIBUM, KEBENCANAAN, DAMKAR): the mean of its service indices, rule
/// <c>spm.sub-urusan</c>.
/// </summary>
public sealed record SpmSubAffairResult : TracedResult
{
    internal SpmSubAffairResult(string name, IReadOnlyList<SpmServiceResult> services, Band<string> category, CalculationTrace trace)
        : base(trace)
    {
        Name = name;
        Services = services;
        Category = category;
    }

    /// <summary>The sub-urusan.</summary>
    public string Name { get; }

    /// <summary>Its services.</summary>
    public IReadOnlyList<SpmServiceResult> Services { get; }

    /// <summary>Its category from the options' table (unrounded index).</summary>
    public Band<string> Category { get; }

    /// <summary>The index in %, full precision (<see cref="TracedResult.Unrounded"/>).</summary>
    public decimal Index => Unrounded!.Value;

    /// <summary>The index rounded half away from zero to 2 decimals (<see cref="TracedResult.Value"/>).</summary>
    public decimal Rounded => Value!.Value;
}
