using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>
/// The exact decomposition of Theil's index GE(1) into inequality within and between subgroups (Shorrocks 1980):
/// T = Σ_g s_g T_g + Σ_g s_g ln(μ_g/μ), s_g the group's income share.
/// </summary>
/// <remarks>
/// Within + Between equals <see cref="GeneralizedEntropy.Theil"/> of the whole sample up to floating-point rounding,
/// also on data spanning the double range (weights and incomes 2^±600, products wᵢyᵢ below the normal range): there
/// each group is taken on its own scale, its mean and T_g those of <see cref="GeneralizedEntropy.Theil"/> of the group
/// alone, and the parts agree with exact arithmetic to about 10⁻¹⁴ relative.
/// A group with zero income has s_g = 0 and contributes nothing. Bad input as for <see cref="GeneralizedEntropy"/>.
/// </remarks>
/// <param name="Total">T = Within + Between.</param>
/// <param name="Within">Σ_g s_g T_g, inequality within the groups.</param>
/// <param name="Between">Σ_g s_g ln(μ_g/μ), inequality between the group means.</param>
/// <param name="Groups">The groups in ascending code.</param>
public sealed record TheilDecomposition(double Total, double Within, double Between, IReadOnlyList<TheilGroup> Groups)
{
    /// <summary>Decomposes by an integer group code per observation (kecamatan, urban/rural, …).</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="groups">The group code of each observation, same length.</param>
    /// <returns>The decomposition; groups labelled with their code in invariant digits.</returns>
    /// <exception cref="ArgumentException">Bad input or a length mismatch.</exception>
    public static TheilDecomposition Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups)
    {
        // W in the unit of the weights multiplied by ws (a power of two bringing the largest near 1), μ in income's unit.
        (double weight, double ws, double mean, double vs) = Moments.ScaledMean(income, weights, nameof(income), nameof(weights));
        Guard.SameLength(income.Length, groups.Length, nameof(income), nameof(groups));
        var codes = new SortedDictionary<int, int>();
        foreach (int g in groups)
            codes.TryAdd(g, 0);
        int k = 0;
        foreach (int code in codes.Keys.ToList())
            codes[code] = k++;
        if (Moments.TinyProducts(income, weights, Scaling.Max(weights), Scaling.Max(income)))
            return Wide(income, weights, groups, codes, weight, ws, mean);
        // Weights and incomes are multiplied by the powers of two ws and vs that bring the largest of each near 1 (exact):
        // every share and ratio below is unchanged, and no product or sum can overflow (weights of 1e308) or lose digits
        // to subnormals (5e-324). The group means are scaled back when reported.
        var w = new ExactSum[k];
        var t = new ExactSum[k];
        var index = new int[income.Length];
        for (int i = 0; i < income.Length; i++)
        {
            int g = index[i] = codes[groups[i]];
            w[g].Add(weights[i] * ws);
            t[g].Add(weights[i] * ws * (income[i] * vs));
        }
        var means = new double[k];
        var groupWeights = new double[k];
        for (int g = 0; g < k; g++)
        {
            groupWeights[g] = w[g].ToDouble();
            means[g] = groupWeights[g] > 0 ? t[g].ToDouble() / groupWeights[g] : 0.0;
        }
        var sums = new SignedExactSum[k];
        for (int i = 0; i < income.Length; i++)
        {
            int g = index[i];
            double yi = income[i] * vs, scaledWeight = weights[i] * ws;
            if (!(means[g] > 0) || !(yi > 0) || !(scaledWeight > 0))
                continue;
            // wᵢ·rᵢ·ln rᵢ as (wᵢyᵢ/μ_g)·ln(yᵢ/μ_g): wᵢyᵢ/μ_g ≤ W_g, so the factor cannot overflow where rᵢ alone would.
            sums[g].Add(scaledWeight * yi / means[g] * Scaling.LogRatio(yi, means[g]));
        }
        double scaledMean = mean * vs, total = 0;
        foreach (ExactSum tg in t)
            total += tg.ToDouble();
        var list = new List<TheilGroup>(k);
        var within = new SignedExactSum();
        var between = new SignedExactSum();
        foreach (var (code, g) in codes)
        {
            double share = groupWeights[g] > 0 ? t[g].ToDouble() / total : 0.0;
            double theil = means[g] > 0 ? Math.Max(0.0, sums[g].ToDouble() / groupWeights[g]) : 0.0;
            if (share > 0)
            {
                within.Add(share * theil);
                between.Add(share * Scaling.LogRatio(means[g], scaledMean));
            }
            list.Add(new TheilGroup(code.ToString(CultureInfo.InvariantCulture), groupWeights[g] / weight, share, means[g] / vs, theil));
        }
        double wi = within.ToDouble(), be = Math.Max(0.0, between.ToDouble());
        return new TheilDecomposition(wi + be, wi, be, list);
    }

    /// <summary>
    /// The decomposition of data whose products wᵢyᵢ span more than the double range (weights and incomes 2^±600 of
    /// the largest; <see cref="Moments.TinyProducts"/>), where the group totals Σ wᵢyᵢ of the scaled data lose bits
    /// to the subnormals and a group of tiny products loses its mean. Each group is taken on its own scale, as
    /// <see cref="GeneralizedEntropy.Theil"/> takes the whole sample: μ_g by <see cref="Moments.OfValid"/> (the wide
    /// mean where its products are tiny) and T_g by <see cref="GeneralizedEntropy.OfMoments"/>, the bits of
    /// <see cref="GeneralizedEntropy.Theil"/> of the group alone; the share s_g = W_g μ_g/(W μ) and W_g/W are formed
    /// from mantissas and binary exponents, so neither can overflow or underflow where the true value is normal.
    /// </summary>
    /// <param name="income">The checked incomes.</param>
    /// <param name="weights">The checked weights.</param>
    /// <param name="groups">The group code of each observation.</param>
    /// <param name="codes">Each code's index in ascending order.</param>
    /// <param name="weight">W in the unit of the weights times <paramref name="weightScale"/>.</param>
    /// <param name="weightScale">The power of two of <see cref="Moments.ScaledMean"/>.</param>
    /// <param name="mean">μ of the whole sample, in the unit of income.</param>
    private static TheilDecomposition Wide(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups,
        SortedDictionary<int, int> codes, double weight, double weightScale, double mean)
    {
        var rows = new List<int>[codes.Count];
        for (int g = 0; g < rows.Length; g++)
            rows[g] = [];
        for (int i = 0; i < income.Length; i++)
            rows[codes[groups[i]]].Add(i);
        var list = new List<TheilGroup>(codes.Count);
        var within = new SignedExactSum();
        var between = new SignedExactSum();
        foreach (var (code, g) in codes)
        {
            string label = code.ToString(CultureInfo.InvariantCulture);
            double[] y = new double[rows[g].Count], w = new double[rows[g].Count];
            bool positive = false;
            for (int j = 0; j < y.Length; j++)
            {
                (y[j], w[j]) = (income[rows[g][j]], weights[rows[g][j]]);
                positive |= y[j] > 0 && w[j] > 0;
            }
            double maxWeight = Scaling.Max(w);
            if (!(maxWeight > 0))
            {
                list.Add(new TheilGroup(label, 0.0, 0.0, 0.0, 0.0));
                continue;
            }
            // W_g/W = (W_g·v_g)/(W·v) · v/v_g, v and v_g the powers of two of the whole sample and of the group.
            double groupScale = Scaling.PowerOfTwo(maxWeight);
            int scaleDifference = Math.ILogB(weightScale) - Math.ILogB(groupScale);
            if (!positive)
            {
                var groupWeight = new ExactSum();
                foreach (double wi in w)
                    groupWeight.Add(wi * groupScale);
                list.Add(new TheilGroup(label, Math.ScaleB(groupWeight.ToDouble() / weight, scaleDifference), 0.0, 0.0, 0.0));
                continue;
            }
            var moments = Moments.OfValid(y, w, maxWeight, Scaling.Max(y), nameof(income), nameof(weights));
            double theil = GeneralizedEntropy.OfMoments(y, w, 1.0, moments);
            double ratio = moments.Weight / weight, groupMean = moments.Mean;
            // s_g = (W_g/W)·(μ_g/μ) from the mantissas of μ_g and μ and one scaling by the sum of the exponents.
            int eg = Math.ILogB(groupMean), e = Math.ILogB(mean);
            double share = Math.ScaleB(ratio * (Math.ScaleB(groupMean, -eg) / Math.ScaleB(mean, -e)), scaleDifference + eg - e);
            if (share > 0)
            {
                within.Add(share * theil);
                between.Add(share * Scaling.LogRatio(groupMean, mean));
            }
            list.Add(new TheilGroup(label, Math.ScaleB(ratio, scaleDifference), share, groupMean, theil));
        }
        double wt = within.ToDouble(), be = Math.Max(0.0, between.ToDouble()); // Σ s_g ln(μ_g/μ) ≥ 0 by Jensen: −1e-17 residue only
        return new TheilDecomposition(wt + be, wt, be, list);
    }
}
