using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The IKM over several service units taken as the unweighted mean of the unit indices
/// (<see cref="SatisfactionIndex.MeanOfUnitIndices"/>): every unit counts once, whatever its number of respondents.
/// Not the same as the index pooled over respondents unless all units are equally large and fully answered.
/// </summary>
public sealed record SatisfactionMeanOfUnitsResult : TracedResult
{
    internal SatisfactionMeanOfUnitsResult(IReadOnlyList<SatisfactionResult> units, decimal satisfaction, Band<string> band, CalculationTrace trace) : base(trace)
    {
        Units = units;
        Index = satisfaction;
        Band = band;
    }

    /// <summary>The unit results, in the order given.</summary>
    public IReadOnlyList<SatisfactionResult> Units { get; }

    /// <summary>The mean of the unit IKMs (scale 1–4), unrounded.</summary>
    public decimal Index { get; }

    /// <summary>The mean IKM × 25 (scale 25–100), equal to the mean of the units' converted values; the same number as <see cref="TracedResult.Value"/>, the trace's result.</summary>
    public decimal Converted => Value!.Value;

    /// <summary>The band of <see cref="Converted"/>.</summary>
    public Band<string> Band { get; }

    /// <summary>The quality letter "A"–"D" of the mean.</summary>
    public string Quality => Band.Grade;

    /// <summary>The performance word of the mean.</summary>
    public string Performance => Band.Label;
}
