using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>The validated weighted total and mean shared by the moment-based measures.</summary>
internal static class Moments
{
    /// <summary>
    /// The weighted mean computed on data scaled by powers of two (exact), so that weights of 5e-324 … 1e300 and
    /// values of 1e-300 … 1e300 neither overflow nor underflow: W and the weights are returned in the scaled unit
    /// (multiply each weight by <c>WeightScale</c>), the mean in the unit of income; <c>ValueScale</c> is the power of
    /// two that brought the largest income near 1, for callers that scale the incomes the same way.
    /// </summary>
    public static (double Weight, double WeightScale, double Mean, double ValueScale) ScaledMean(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, string incomeName, string weightsName)
    {
        Guard.NotEmpty(income, incomeName);
        Guard.SameLength(income.Length, weights.Length, incomeName, weightsName);
        Guard.AllFiniteNonNegative(income, incomeName);
        Guard.AllFiniteNonNegative(weights, weightsName);
        return OfValid(income, weights, Scaling.Max(weights), Scaling.Max(income), incomeName, weightsName);
    }

    /// <summary>
    /// <see cref="ScaledMean"/> of data already checked (non-empty, same length, finite, ≥ 0) whose largest weight and
    /// largest income are known: a sorted sample's largest income is its last value, so the measures of one
    /// profile share one pass instead of one validation and two maxima each. The same bits as <see cref="ScaledMean"/>.
    /// </summary>
    public static (double Weight, double WeightScale, double Mean, double ValueScale) OfValid(ReadOnlySpan<double> income, ReadOnlySpan<double> weights,
        double maxWeight, double maxValue, string incomeName, string weightsName)
    {
        if (!(maxWeight > 0))
            Guard.ThrowZeroTotal(weightsName);
        if (!(maxValue > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); relative inequality is undefined.", incomeName);
        double ws = Scaling.PowerOfTwo(maxWeight), vs = Scaling.PowerOfTwo(maxValue);
        var w = new ExactSum();
        var t = new ExactSum();
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws;
            w.Add(wi);
            t.Add(wi * (income[i] * vs));
        }
        double weight = w.ToDouble(), mean = t.ToDouble() / weight / vs;
        if (!(mean > 0) || !double.IsFinite(mean))
            throw new ArgumentException(incomeName + " has no positive weighted mean (every positive value has a zero weight); relative inequality is undefined.", incomeName);
        return (weight, ws, mean, vs);
    }
}
