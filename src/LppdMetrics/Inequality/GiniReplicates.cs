using LppdMetrics.Numbers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>
/// The Gini of <see cref="Bootstrap.Lanes"/> (eight) bootstrap replicates of a clustered sample in one pass over the
/// sorted data: each lane of two 256-bit vectors carries one replicate through <see cref="Gini.OfSorted"/>'s arithmetic, so the
/// replicate's Gini is the same bits as <c>Gini.OfSorted(values, w × multiplier of its PSU)</c> — the same scaling, tie
/// merging and summation order, with no replicate weight array written. The rows of a tie come in the canonical order
/// of <see cref="TieOrder"/> (weight, then PSU index), so a tie's replicate weight is a plain left-to-right sum that
/// does not depend on the input order of the rows: one multiply-add per row and lane, ties or not. Lane-wise IEEE operations give the same bits
/// with or without hardware vectors.
/// </summary>
/// <remarks>
/// The largest replicate weight (for the power-of-two scaling) is max_j fl(max_{i∈j} wᵢ · m_j), and the smallest
/// positive one min_j fl(min_{i∈j, wᵢ&gt;0} wᵢ · m_j), since rounding is monotone: O(PSUs) per replicate instead of
/// O(n). A replicate that would need <see cref="Gini"/>'s wide-exponent path, whose largest weight product overflows
/// or smallest is not a normal double (rounded among the subnormals), or that has no positive weight, is evaluated by
/// <see cref="Gini.OfReplicate"/> (the products formed exactly at the replicate's own scale: the same result where
/// the kernel could take it, or the same exception), so any finite weights are bootstrapped, with the same bits under
/// any power-of-two scaling of them.
/// </remarks>
internal sealed class GiniReplicates
{
    private const int Lanes = Bootstrap.Lanes;
    private readonly double[] _values;
    private readonly double[] _weights;
    private readonly int[] _psuOf;
    private readonly double[] _psuMax;
    private readonly double[] _psuMin;
    private readonly double _valueScale;
    private readonly int _ey;
    private readonly string _incomeName;

    /// <summary>Prepares the kernel for one sorted sample.</summary>
    /// <param name="sortedValues">Values ascending, finite, ≥ 0, the largest &gt; 0.</param>
    /// <param name="weights">Full-sample weights in the same order, finite, ≥ 0.</param>
    /// <param name="psuOf">The PSU (0 … <paramref name="psuCount"/> − 1) of each sorted position.</param>
    /// <param name="psuCount">The number of PSUs.</param>
    /// <param name="incomeName">The caller's parameter name for the values, for errors.</param>
    public GiniReplicates(double[] sortedValues, double[] weights, int[] psuOf, int psuCount, string incomeName)
    {
        _values = sortedValues;
        _weights = weights;
        _psuOf = psuOf;
        _incomeName = incomeName;
        _psuMax = new double[psuCount];
        _psuMin = new double[psuCount];
        Array.Fill(_psuMin, double.MaxValue);
        for (int i = 0; i < psuOf.Length; i++)
        {
            int j = psuOf[i];
            double w = weights[i];
            _psuMax[j] = Math.Max(_psuMax[j], w);
            if (w > 0)
                _psuMin[j] = Math.Min(_psuMin[j], w);
        }
        int n = sortedValues.Length;
        int firstPositive = 0;
        while (firstPositive < n - 1 && !(sortedValues[firstPositive] > 0))
            firstPositive++;
        _ey = Math.ILogB(sortedValues[firstPositive]) - Math.ILogB(sortedValues[n - 1]);
        _valueScale = Scaling.PowerOfTwo(sortedValues[n - 1]);
    }

    /// <summary>Evaluates <see cref="Lanes"/> replicates (a <see cref="ReplicateBlock"/>).</summary>
    /// <param name="multipliers">PSU j's multiplier of lane r at [j·Lanes + r].</param>
    /// <param name="values">Receives the Lanes Ginis.</param>
    public void Evaluate(ReadOnlySpan<double> multipliers, Span<double> values)
    {
        Span<double> scale = stackalloc double[Lanes];
        Span<bool> own = stackalloc bool[Lanes];
        bool any = false;
        for (int r = 0; r < Lanes; r++)
        {
            own[r] = WeightScale(multipliers, r, out scale[r]);
            any |= own[r];
        }
        if (any)
            Kernel(multipliers, Vector256.Create(scale[..4]), Vector256.Create(scale[4..]), values);
        for (int r = 0; r < Lanes; r++)
            if (!own[r] || double.IsNaN(values[r]))
                values[r] = Fallback(multipliers, r);
    }

    /// <summary>
    /// Gini.OfSorted's weight scale for lane <paramref name="r"/>, or false when that lane must go through
    /// Gini.OfSorted itself (no positive weight, a weight product that underflows, or the wide-exponent path).
    /// </summary>
    private bool WeightScale(ReadOnlySpan<double> multipliers, int r, out double scale)
    {
        double max = 0, min = double.MaxValue;
        for (int j = 0; j < _psuMax.Length; j++)
        {
            double m = multipliers[j * Lanes + r];
            if (!(m > 0) || !(_psuMax[j] > 0))
                continue;
            max = Math.Max(max, _psuMax[j] * m);
            double low = _psuMin[j] * m;
            if (!double.IsNormal(low))
            {
                scale = 0;
                return false; // a product rounded among the subnormals (or lost): the exact products of the fallback
            }
            min = Math.Min(min, low);
        }
        scale = 0;
        if (!(max > 0) || !double.IsFinite(max) || !(_values[^1] > 0) || 2L * (Math.ILogB(min) - Math.ILogB(max)) + _ey < -900)
            return false;
        scale = Scaling.PowerOfTwo(max);
        return true;
    }

    /// <summary>The running sums of Gini.OfSorted for four lanes.</summary>
    private struct State
    {
        public Vector256<double> Cumulative, Deficit, Numerator, Total, Area;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Vector256<double> w, Vector256<double> step, Vector256<double> y)
        {
            Deficit += Cumulative * step;
            Numerator += w * Deficit;
            Cumulative += w;
            Vector256<double> next = Total + w * y;
            Area += w * (Total + next);
            Total = next;
        }

        public readonly void Finish(Span<double> values)
        {
            for (int r = 0; r < 4; r++)
            {
                double c = Cumulative.GetElement(r), t = Total.GetElement(r);
                if (!(t > 0))
                {
                    values[r] = double.NaN; // left to the fallback, which throws Gini's exception
                    continue;
                }
                double g = Numerator.GetElement(r) / c / t;
                values[r] = g < 0.5 ? g : 1.0 - Area.GetElement(r) / c / t;
            }
        }
    }

    /// <summary>Gini.OfSorted's main loop, one replicate per lane: lanes 0–3 in <c>low</c>, 4–7 in <c>high</c>.</summary>
    [SkipLocalsInit]
    private void Kernel(ReadOnlySpan<double> multipliers, Vector256<double> scaleLow, Vector256<double> scaleHigh, Span<double> values)
    {
        ReadOnlySpan<double> x = _values;
        ReadOnlySpan<double> weights = _weights;
        ReadOnlySpan<int> psuOf = _psuOf;
        ref double m0 = ref MemoryMarshal.GetReference(multipliers);
        int n = x.Length;
        double valueScale = _valueScale, previous = 0;
        State low = default, high = default;
        int i = 0;
        while (i < n)
        {
            double xi = x[i];
            // The tie's replicate weights, summed left to right in the canonical tie order (as Gini.OfSorted does).
            nuint at = (nuint)psuOf[i] * Lanes;
            Vector256<double> wi = Vector256.Create(weights[i]);
            Vector256<double> wLow = wi * Vector256.LoadUnsafe(ref m0, at) * scaleLow;
            Vector256<double> wHigh = wi * Vector256.LoadUnsafe(ref m0, at + 4) * scaleHigh;
            int end = i + 1;
            while (end < n && x[end] == xi)
            {
                Vector256<double> wj = Vector256.Create(weights[end]);
                nuint next = (nuint)psuOf[end] * Lanes;
                wLow += wj * Vector256.LoadUnsafe(ref m0, next) * scaleLow;
                wHigh += wj * Vector256.LoadUnsafe(ref m0, next + 4) * scaleHigh;
                end++;
            }
            double y = xi * valueScale;
            Vector256<double> step = Vector256.Create(y - previous), vy = Vector256.Create(y);
            low.Add(wLow, step, vy);
            high.Add(wHigh, step, vy);
            previous = y;
            i = end;
        }
        low.Finish(values[..4]);
        high.Finish(values[4..]);
    }

    // The lane through Gini.OfReplicate: each row's multiplier, and the products formed exactly at the lane's own scale.
    private double Fallback(ReadOnlySpan<double> multipliers, int r)
    {
        double[] lane = new double[_psuMax.Length];
        for (int j = 0; j < lane.Length; j++)
            lane[j] = multipliers[j * Lanes + r];
        return Gini.OfReplicate(_values, _weights, _psuOf, lane, _incomeName);
    }
}
