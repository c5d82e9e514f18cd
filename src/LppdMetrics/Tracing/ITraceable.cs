namespace LppdMetrics.Tracing;

/// <summary>A result that can explain itself: how it was computed, as a <see cref="CalculationTrace"/>.</summary>
public interface ITraceable
{
    /// <summary>The calculation behind the result: rule, formula, source, inputs, steps, rounding.</summary>
    CalculationTrace Trace { get; }
}
