using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The capaian of one quality sub-group: the mean of its item capaian (printed for SD/SMP of Pendidikan Dasar), rule
/// <c>spm.quality-group</c>; undefined (no value) when the group has no items.
/// </summary>
public sealed record SpmQualityGroupResult : TracedResult
{
    internal SpmQualityGroupResult(string? name, IReadOnlyList<SpmAchievementResult> items, CalculationTrace trace) : base(trace)
    {
        Name = name;
        Items = items;
    }

    /// <summary>The sub-group's name; null for the single unnamed group.</summary>
    public string? Name { get; }

    /// <summary>The item results, in input order.</summary>
    public IReadOnlyList<SpmAchievementResult> Items { get; }

    /// <summary>The mean item capaian in %, full precision (<see cref="TracedResult.Unrounded"/>); null when the group has no items.</summary>
    public decimal? Achievement => Unrounded;

    /// <summary>The capaian rounded half away from zero to 2 decimals (<see cref="TracedResult.Value"/>); null when the group has no items.</summary>
    public decimal? Rounded => Value;
}
