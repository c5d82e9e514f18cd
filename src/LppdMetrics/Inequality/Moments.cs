using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>The validated weighted total and mean shared by the moment-based measures.</summary>
internal static class Moments
{
    /// <summary>Validates the inputs and returns W = Σ w and μ = Σ w y / W (exact sums, rounded once).</summary>
    public static (double Weight, double Mean) WeightedMean(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, string incomeName, string weightsName)
    {
        Guard.NotEmpty(income, incomeName);
        Guard.SameLength(income.Length, weights.Length, incomeName, weightsName);
        Guard.AllFiniteNonNegative(income, incomeName);
        Guard.AllFiniteNonNegative(weights, weightsName);
        var w = new ExactSum();
        var t = new ExactSum();
        for (int i = 0; i < income.Length; i++)
        {
            w.Add(weights[i]);
            t.Add(weights[i] * income[i]);
        }
        if (w.IsZero)
            Guard.ThrowZeroTotal(weightsName);
        double total = t.ToDouble(), weight = w.ToDouble();
        if (!(total > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); relative inequality is undefined.", incomeName);
        double mean = total / weight;
        if (!double.IsFinite(weight) || !double.IsFinite(total) || !(mean > 0))
            throw new ArgumentException("The weighted totals overflow or underflow a double; rescale the values or the weights.", weightsName);
        return (weight, mean);
    }
}
