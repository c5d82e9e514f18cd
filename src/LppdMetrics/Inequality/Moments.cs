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
        Check(income, weights, incomeName, weightsName);
        return OfValid(income, weights, Scaling.Max(weights), Scaling.Max(income), incomeName, weightsName);
    }

    private static void Check(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, string incomeName, string weightsName)
    {
        Guard.NotEmpty(income, incomeName);
        Guard.SameLength(income.Length, weights.Length, incomeName, weightsName);
        Guard.AllFiniteNonNegative(income, incomeName);
        Guard.AllFiniteNonNegative(weights, weightsName);
    }

    /// <summary>
    /// <see cref="ScaledMean"/> of data already checked (non-empty, same length, finite, ≥ 0) whose largest weight and
    /// largest income are known: a sorted sample's largest income is its last value, so the measures of one
    /// profile share one pass instead of one validation and two maxima each. The same bits as <see cref="ScaledMean"/>.
    /// </summary>
    public static (double Weight, double WeightScale, double Mean, double ValueScale) OfValid(ReadOnlySpan<double> income, ReadOnlySpan<double> weights,
        double maxWeight, double maxValue, string incomeName, string weightsName) =>
        Positive(Unchecked(income, weights, maxWeight, maxValue, incomeName, weightsName), incomeName);

    /// <summary>
    /// <see cref="ScaledMean"/> for the measures that are free of the scale of the incomes (GE, Atkinson): with the
    /// incomes they are to be computed on, null for the given ones.
    /// </summary>
    public static (double[]? Lifted, (double Weight, double WeightScale, double Mean, double ValueScale) Moments) ScaledLifted(
        ReadOnlySpan<double> income, ReadOnlySpan<double> weights, string incomeName, string weightsName)
    {
        Check(income, weights, incomeName, weightsName);
        return Lifted(income, weights, Scaling.Max(weights), Scaling.Max(income), incomeName, weightsName);
    }

    /// <summary>
    /// <see cref="OfValid"/>, and where the weighted mean is below the normal range of a double though the data are
    /// valid (weights 1e300 on an income 0 and 1e-300 on incomes 1e-300: μ = 1.1e-899, or a subnormal mean that keeps
    /// few bits), the moments of a copy of the incomes times the power of two that brings the largest to 2^1000 (a
    /// scaling up, exact): the measures are free of the scale of the incomes, and the copy's mean is normal whenever
    /// any scaling's is. The copy (null where the mean is normal: every ordinary sample) is what the measures are then
    /// computed on.
    /// </summary>
    public static (double[]? Lifted, (double Weight, double WeightScale, double Mean, double ValueScale) Moments) Lifted(
        ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double maxWeight, double maxValue, string incomeName, string weightsName)
    {
        var moments = Unchecked(income, weights, maxWeight, maxValue, incomeName, weightsName);
        if (double.IsNormal(moments.Mean))
            return (null, Positive(moments, incomeName));
        // The lift brings the largest income on a positive weight to 2^1000: a larger income on a zero weight (a PSU a
        // bootstrap replicate did not draw) takes no part in any measure, and is set to 0 where it would overflow.
        double highest = 0;
        for (int i = 0; i < income.Length; i++)
        {
            if (weights[i] > 0)
                highest = Math.Max(highest, income[i]);
        }
        int k = highest > 0 ? 1000 - Math.ILogB(highest) : 0;
        if (k <= 0)
            return (null, Positive(moments, incomeName));
        var lifted = new double[income.Length];
        double liftedMax = 0;
        for (int i = 0; i < lifted.Length; i++)
        {
            double y = Math.ScaleB(income[i], k);
            lifted[i] = double.IsFinite(y) ? y : 0.0;
            liftedMax = Math.Max(liftedMax, lifted[i]);
        }
        return (lifted, Positive(Unchecked(lifted, weights, maxWeight, liftedMax, incomeName, weightsName), incomeName));
    }

    private static (double Weight, double WeightScale, double Mean, double ValueScale) Positive(
        (double Weight, double WeightScale, double Mean, double ValueScale) moments, string incomeName)
    {
        if (!(moments.Mean > 0) || !double.IsFinite(moments.Mean))
            throw new ArgumentException(incomeName + " has no positive weighted mean (every positive value has a zero weight); relative inequality is undefined.", incomeName);
        return moments;
    }

    private static (double Weight, double WeightScale, double Mean, double ValueScale) Unchecked(ReadOnlySpan<double> income, ReadOnlySpan<double> weights,
        double maxWeight, double maxValue, string incomeName, string weightsName)
    {
        if (!(maxWeight > 0))
            Guard.ThrowZeroTotal(weightsName);
        if (!(maxValue > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); relative inequality is undefined.", incomeName);
        double ws = Scaling.PowerOfTwo(maxWeight), vs = Scaling.PowerOfTwo(maxValue);
        var w = new ExactSum();
        var t = new ExactSum();
        double lowest = double.PositiveInfinity, highest = 0;
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i] * ws;
            w.Add(wi);
            t.Add(wi * (income[i] * vs));
            if (weights[i] > 0)
            {
                lowest = Math.Min(lowest, income[i]);
                highest = Math.Max(highest, income[i]);
            }
        }
        // Equal incomes have that income as their mean, exactly: T/W, each rounded, can miss it by an ulp, and every
        // measure then came out a rounding residue above 0 (the mean log deviation 1.1e-16) instead of 0.
        double weight = w.ToDouble(), mean = lowest == highest ? highest
            : TinyProducts(income, weights, maxWeight, maxValue) ? WideMean(income, weights, weight, ws)
            : t.ToDouble() / weight / vs;
        return (weight, ws, mean, vs);
    }

    /// <summary>Whether a product wᵢyᵢ of the scaled data can fall below 2^-900, where it would lose bits to the
    /// subnormals (a weight 2^-469 of the largest on an income 2^-469 of the largest): from the smallest positive weight
    /// and income. False on ordinary data, where every scaled weight, income and product is a normal double.</summary>
    internal static bool TinyProducts(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double maxWeight, double maxValue) =>
        (long)Math.ILogB(Scaling.MinPositive(weights)) - Math.ILogB(maxWeight) + Math.ILogB(Scaling.MinPositive(income)) - Math.ILogB(maxValue) < -900;

    /// <summary>μ = Σ wᵢyᵢ / W for data whose products span more than the double range: the products (each rounded once)
    /// summed exactly relative to the largest (those below 2^-1074 of it are below the rounding), then divided by W
    /// (<paramref name="weight"/> in the unit of the weights times <paramref name="weightScale"/>).</summary>
    private static double WideMean(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double weight, double weightScale)
    {
        int top = int.MinValue;
        for (int i = 0; i < income.Length; i++)
        {
            if (weights[i] > 0 && income[i] > 0)
                top = Math.Max(top, Math.ILogB(weights[i]) + Math.ILogB(income[i]));
        }
        var sum = new ExactSum();
        for (int i = 0; i < income.Length; i++)
        {
            if (weights[i] > 0 && income[i] > 0)
            {
                (double wm, int we) = Split(weights[i]);
                (double ym, int ye) = Split(income[i]);
                sum.Add(Math.ScaleB(wm * ym, Math.Max(we + ye - top, -2000)));
            }
        }
        return Math.ScaleB(sum.ToDouble() / weight, top + Math.ILogB(weightScale));
    }

    /// <summary>
    /// The power mean M_β = (1/W) Σ wᵢ (yᵢ/μ)^β (β ≠ 0, the positive weights; a zero income adds 0 for β &gt; 0 and is
    /// refused by the caller for β &lt; 0) for data where a term, the sum or the result leaves the range of a double:
    /// with y_p the largest income for β &gt; 0 and the smallest positive one for β &lt; 0, M_β = (y_p/μ)^β · T with
    /// T = (1/W) Σ wᵢ (yᵢ/y_p)^β in (0, 1] (every ratio is ≤ 1 raised to β). Each power is formed from the binary
    /// exponents and mantissas of the data (<see cref="PowerOfTwo"/>), never from a quotient that can overflow or
    /// underflow, and the terms of T are summed exactly relative to the largest: accurate to a few units in the last
    /// place times (1 + |β|), like <see cref="Math.Pow(double, double)"/> of a rounded ratio.
    /// </summary>
    /// <param name="income">The incomes, finite, ≥ 0.</param>
    /// <param name="weights">The weights, finite, ≥ 0.</param>
    /// <param name="weight">W in the unit of the weights multiplied by <paramref name="weightScale"/> (from <see cref="ScaledMean"/>).</param>
    /// <param name="weightScale">The power of two of <see cref="ScaledMean"/>.</param>
    /// <param name="mean">μ, from <see cref="ScaledMean"/>.</param>
    /// <param name="beta">β, finite, ≠ 0.</param>
    /// <returns>log₂(y_p/μ) as the integer <c>RatioExponent</c> plus <c>RatioFraction</c> (|·| &lt; 1), and T as
    /// <c>TMantissa</c> in [1, 2) times 2^<c>TExponent</c>.</returns>
    public static (long RatioExponent, double RatioFraction, double TMantissa, long TExponent) WidePowerMean(ReadOnlySpan<double> income,
        ReadOnlySpan<double> weights, double weight, double weightScale, double mean, double beta)
    {
        // The pivot among the incomes that enter the sum (a positive weight and income), so that a row of weight 0 changes nothing.
        double pivot = beta > 0 ? 0 : double.PositiveInfinity;
        for (int i = 0; i < income.Length; i++)
        {
            if (weights[i] > 0 && income[i] > 0)
                pivot = beta > 0 ? Math.Max(pivot, income[i]) : Math.Min(pivot, income[i]);
        }
        (double pm, int pe) = Split(pivot);
        (double mm, int me) = Split(mean);
        var mantissas = new List<double>();
        var exponents = new List<long>();
        for (int i = 0; i < income.Length; i++)
        {
            double wi = weights[i], yi = income[i];
            if (wi == 0 || yi == 0)
                continue;
            (double ym, int ye) = Split(yi);
            (double wm, int we) = Split(wi);
            // (yᵢ/y_p)^β·wᵢ; a term below 2^-(2^62) of the pivot's power cannot change T.
            if (PowerOfTwo(beta, ye - pe, Math.Log2(ym / pm), wm, we) is (double m, long e))
            {
                mantissas.Add(m);
                exponents.Add(e);
            }
        }
        long top = exponents.Max();
        var sum = new ExactSum();
        for (int i = 0; i < mantissas.Count; i++)
            sum.Add(Math.ScaleB(mantissas[i], (int)Math.Max(exponents[i] - top, -2000)));
        // T = Σ/W with W = weight/weightScale: Σ·2^top / weight · 2^k, weightScale = 2^-k.
        (double tm, int te) = Split(sum.ToDouble() / weight);
        return (pe - me, Math.Log2(pm / mm), tm, top + te + Math.ILogB(weightScale));
    }

    /// <summary>
    /// 2^(β·(n + f)) · m · 2^e (m in [1, 2)) as a mantissa in [1, 2) and a binary exponent, β·n split exactly (FMA) into an integer
    /// and a fraction so that no bit of the fraction is lost however large the exponent; null when the exponent is
    /// beyond ±2^62 (the value is then far outside any range of interest).
    /// </summary>
    public static (double Mantissa, long Exponent)? PowerOfTwo(double beta, long n, double f, double m, long e)
    {
        double p = beta * n;
        if (!(Math.Abs(p) < Limit))
            return null;
        double whole = Math.Floor(p);
        double x = (p - whole) + Math.FusedMultiplyAdd(beta, n, -p) + beta * f;
        if (!(Math.Abs(x) < Limit))
            return null;
        double more = Math.Floor(x);
        (double mantissa, int k) = Split(double.Exp2(x - more) * m);
        return (mantissa, (long)whole + (long)more + e + k);
    }

    private static readonly double Limit = Math.ScaleB(1.0, 62);

    /// <summary>x &gt; 0 (finite) as m·2^k with m in [1, 2), exact (subnormals included).</summary>
    internal static (double Mantissa, int Exponent) Split(double x)
    {
        int k = Math.ILogB(x);
        return (Math.ScaleB(x, -k), k);
    }
}
