namespace LppdMetrics.Statistics;

/// <summary>
/// The weights of one bootstrap replicate, wᵢ·fᵢ (fᵢ the multiplier of row i's PSU), for a statistic that depends only
/// on their ratios (the Gini, the Lorenz ratios, the entropy family): each product is formed from the mantissas and
/// binary exponents and scaled by the power of two that brings the replicate's largest into [2^1000, 2^1001), so that no
/// product overflows (weights of 1e308 drawn twice) or rounds in the subnormal range (5e-324 × 1.5) on the way, and a
/// replicate whose weights span up to 2^2022 keeps every one (the statistics bring them to their own scale, exactly).
/// </summary>
internal static class ReplicateWeights
{
    /// <summary>
    /// Writes wᵢ·fᵢ·2^(1000−K) into <paramref name="into"/>, 2^K the binary order of the largest product, each product
    /// rounded once: the bits of fl(wᵢ·fᵢ)·2^(1000−K) wherever fl(wᵢ·fᵢ) is a normal double. Exact power-of-two
    /// scalings of the weights or of the factors give the same output.
    /// </summary>
    /// <param name="weights">The full-sample weights, finite, ≥ 0.</param>
    /// <param name="psuOf">Each row's PSU, or empty when row i is PSU i.</param>
    /// <param name="multiplierOfPsu">The replicate's multiplier fᵢ of each PSU, finite, ≥ 0.</param>
    /// <param name="into">Receives the scaled products, same length.</param>
    /// <returns>Whether every positive product is a normal double once scaled (a replicate whose weights span less than
    /// 2^2022): only then are the outputs the exact products, rounded once. False also when no product is positive.</returns>
    public static bool Scale(ReadOnlySpan<double> weights, ReadOnlySpan<int> psuOf, ReadOnlySpan<double> multiplierOfPsu, Span<double> into)
    {
        long top = long.MinValue;
        for (int i = 0; i < weights.Length; i++)
        {
            double f = multiplierOfPsu[psuOf.IsEmpty ? i : psuOf[i]];
            if (weights[i] > 0 && f > 0)
                top = Math.Max(top, Exponent(weights[i], f));
        }
        if (top == long.MinValue)
        {
            into.Clear();
            return false;
        }
        bool normal = true;
        for (int i = 0; i < weights.Length; i++)
        {
            double w = weights[i], f = multiplierOfPsu[psuOf.IsEmpty ? i : psuOf[i]];
            if (!(w > 0 && f > 0))
            {
                into[i] = 0;
                continue;
            }
            int ew = Math.ILogB(w), ef = Math.ILogB(f);
            into[i] = Math.ScaleB(Math.ScaleB(w, -ew) * Math.ScaleB(f, -ef), (int)Math.Max((long)ew + ef - top + Top, -2000));
            normal &= double.IsNormal(into[i]);
        }
        return normal;
    }

    // The binary order of the largest scaled product.
    private const int Top = 1000;

    // The binary exponent of w·f rounded once (w, f > 0, finite).
    private static long Exponent(double w, double f)
    {
        int ew = Math.ILogB(w), ef = Math.ILogB(f);
        return (long)ew + ef + Math.ILogB(Math.ScaleB(w, -ew) * Math.ScaleB(f, -ef));
    }
}
