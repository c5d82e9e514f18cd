using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The index of one basic service: 0,8 × A + 0,2 × B, rule <c>spm.service</c>.</summary>
public sealed record SpmServiceResult : TracedResult
{
    internal SpmServiceResult(string name, string? subAffair, SpmAchievementResult recipients, SpmQualityResult quality, CalculationTrace trace)
        : base(trace)
    {
        Name = name;
        SubAffair = subAffair;
        Recipients = recipients;
        Quality = quality;
    }

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>Its sub-urusan, or null.</summary>
    public string? SubAffair { get; }

    /// <summary>A: the recipients capaian.</summary>
    public SpmAchievementResult Recipients { get; }

    /// <summary>B: the quality capaian.</summary>
    public SpmQualityResult Quality { get; }

    /// <summary>The service index in %, 0–100, full precision (<see cref="TracedResult.Unrounded"/>).</summary>
    public decimal Index => Unrounded!.Value;

    /// <summary>The index rounded half away from zero to 2 decimals (<see cref="TracedResult.Value"/>).</summary>
    public decimal Rounded => Value!.Value;
}
