namespace LppdMetrics.Statistics;

/// <summary>
/// Taylor-linearization variance of a smooth statistic from its influence values (Deville 1999; as in R
/// <c>survey</c>/<c>convey</c>): with PSU totals t_hj = Σ_{i∈hj} w_i z_i of the linearized variable z_i,
/// Var = Σ_h n_h/(n_h − 1) Σ_j (t_hj − t̄_h)² (with-replacement PSU sampling within strata, no finite-population correction).
/// </summary>
internal static class Linearization
{
    /// <summary>The standard error from per-observation weights and linearized values.</summary>
    public static double StandardError(ReadOnlySpan<double> weights, ReadOnlySpan<double> influence, SurveyDesign design)
    {
        double[] totals = new double[design.PsuCount];
        for (int i = 0; i < weights.Length; i++)
            totals[design.PsuOf[i]] += weights[i] * influence[i];
        double[] means = new double[design.StrataCount];
        for (int j = 0; j < totals.Length; j++)
            means[design.StratumOfPsu[j]] += totals[j];
        for (int h = 0; h < means.Length; h++)
            means[h] /= design.PsusInStratum[h];
        double variance = 0;
        for (int j = 0; j < totals.Length; j++)
        {
            int h = design.StratumOfPsu[j];
            double n = design.PsusInStratum[h], d = totals[j] - means[h];
            variance += n / (n - 1) * d * d;
        }
        return Math.Sqrt(variance);
    }
}
