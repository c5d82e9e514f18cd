namespace LppdMetrics.Statistics;

/// <summary>
/// Taylor-linearization variance of a smooth statistic from its influence values (Deville 1999; as in R
/// <c>survey</c>/<c>convey</c>): with PSU totals t_hj = Σ_{i∈hj} w_i z_i of the linearized variable z_i,
/// Var = Σ_h n_h/(n_h − 1) Σ_j (t_hj − t̄_h)² (with-replacement PSU sampling within strata, no finite-population correction).
/// </summary>
internal static class Linearization
{
    /// <summary>The standard error from the PSU totals t_hj = Σ_{i∈hj} w_i z_i (indexed as the design numbers its PSUs).</summary>
    public static double StandardError(double[] totals, SurveyDesign design)
    {
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
