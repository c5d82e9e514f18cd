using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>
/// The exact decomposition of Theil's index GE(1) into inequality within and between subgroups (Shorrocks 1980):
/// T = Σ_g s_g T_g + Σ_g s_g ln(μ_g/μ), s_g the group's income share.
/// </summary>
/// <remarks>
/// Within + Between equals <see cref="GeneralizedEntropy.Theil"/> of the whole sample up to floating-point rounding.
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
}
