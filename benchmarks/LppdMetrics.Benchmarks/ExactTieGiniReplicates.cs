using System.Runtime.Intrinsics;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The baseline of <see cref="GiniBootstrapScaleBenchmarks"/>: the eight-lane bootstrap kernel as it was before issue 18
/// session 3, where every tie of three or more rows was summed per replicate with an exact accumulator
/// (<see cref="ExactSum"/>, 536 bytes zeroed and rounded per tie, lane and replicate) so that the sum did not depend on
/// the order of the tie's rows. Only the main loop is kept (the benchmark data never need the fallback lanes).
/// </summary>
internal sealed class ExactTieGiniReplicates(double[] values, double[] weights, int[] psuOf, int psuCount)
{
    private const int Lanes = 8;

    /// <summary>Evaluates eight replicates (a block of <see cref="Bootstrap.RunBlocks"/>).</summary>
    /// <param name="multipliers">PSU j's multiplier of lane r at [j·Lanes + r].</param>
    /// <param name="results">Receives the eight Ginis.</param>
    public void Evaluate(ReadOnlySpan<double> multipliers, Span<double> results)
    {
        Span<double> scale = stackalloc double[Lanes];
        for (int r = 0; r < Lanes; r++)
        {
            double max = 0;
            for (int i = 0; i < psuCount; i++)
                max = Math.Max(max, multipliers[i * Lanes + r]);
            scale[r] = Scaling.PowerOfTwo(max * 449); // the benchmark's largest weight
        }
        Vector256<double> scaleLow = Vector256.Create(scale[..4]), scaleHigh = Vector256.Create(scale[4..]);
        double valueScale = Scaling.PowerOfTwo(values[^1]), previous = 0;
        Vector256<double> c0 = default, d0 = default, n0 = default, t0 = default, a0 = default;
        Vector256<double> c1 = default, d1 = default, n1 = default, t1 = default, a1 = default;
        int n = values.Length, at = 0;
        while (at < n)
        {
            double x = values[at];
            int end = at + 1;
            while (end < n && values[end] == x)
                end++;
            Vector256<double> wLow, wHigh;
            if (end - at <= 2)
            {
                wLow = Weight(multipliers, at, 0) * scaleLow;
                wHigh = Weight(multipliers, at, 4) * scaleHigh;
                if (end - at == 2)
                {
                    wLow += Weight(multipliers, at + 1, 0) * scaleLow;
                    wHigh += Weight(multipliers, at + 1, 4) * scaleHigh;
                }
            }
            else
            {
                wLow = TieWeight(multipliers, scaleLow, 0, at, end);
                wHigh = TieWeight(multipliers, scaleHigh, 4, at, end);
            }
            double y = x * valueScale;
            Vector256<double> step = Vector256.Create(y - previous), vy = Vector256.Create(y);
            d0 += c0 * step; n0 += wLow * d0; c0 += wLow; Vector256<double> next0 = t0 + wLow * vy; a0 += wLow * (t0 + next0); t0 = next0;
            d1 += c1 * step; n1 += wHigh * d1; c1 += wHigh; Vector256<double> next1 = t1 + wHigh * vy; a1 += wHigh * (t1 + next1); t1 = next1;
            previous = y;
            at = end;
        }
        for (int r = 0; r < 4; r++)
        {
            results[r] = Finish(n0.GetElement(r), a0.GetElement(r), c0.GetElement(r), t0.GetElement(r));
            results[r + 4] = Finish(n1.GetElement(r), a1.GetElement(r), c1.GetElement(r), t1.GetElement(r));
        }
    }

    private Vector256<double> Weight(ReadOnlySpan<double> multipliers, int row, int first) =>
        Vector256.Create(weights[row]) * Vector256.Create(multipliers.Slice(psuOf[row] * Lanes + first, 4));

    private Vector256<double> TieWeight(ReadOnlySpan<double> multipliers, Vector256<double> weightScale, int first, int from, int end)
    {
        Span<double> lanes = stackalloc double[4];
        for (int r = 0; r < 4; r++)
        {
            var sum = new ExactSum();
            double s = weightScale.GetElement(r);
            for (int k = from; k < end; k++)
                sum.Add(weights[k] * multipliers[psuOf[k] * Lanes + first + r] * s);
            lanes[r] = sum.ToDouble();
        }
        return Vector256.Create(lanes);
    }

    private static double Finish(double numerator, double area, double cumulative, double total)
    {
        double g = numerator / cumulative / total;
        return g < 0.5 ? g : 1.0 - area / cumulative / total;
    }
}
