using System.Globalization;

namespace LppdMetrics.Numbers;

/// <summary>A statistic of weighted microdata evaluated at a set of (replicate) weights; must be pure and thread-safe.</summary>
/// <param name="weights">One weight per observation, in the order the statistic expects.</param>
/// <returns>The statistic; must be finite.</returns>
public delegate double WeightedStatistic(ReadOnlySpan<double> weights);

/// <summary>Several statistics of weighted microdata evaluated together at a set of weights; pure and thread-safe.</summary>
/// <param name="weights">One weight per observation.</param>
/// <returns>The statistics, always the same number of them, each finite.</returns>
public delegate double[] WeightedStatistics(ReadOnlySpan<double> weights);

/// <summary>Options of <see cref="Bootstrap"/>.</summary>
public sealed record BootstrapOptions
{
    /// <summary>The number of replicates B, ≥ 2 (default 200).</summary>
    public int Replicates { get; init; } = 200;

    /// <summary>The seed; the same seed gives the same replicates on every run and machine (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The confidence level, strictly between 0 and 1 (default 0.95).</summary>
    public double Level { get; init; } = 0.95;
}

/// <summary>
/// The Rao–Wu rescaled bootstrap for survey data (Rao and Wu 1988; Rao, Wu and Yue 1992), the replicate method of
/// R <c>survey</c>'s <c>as.svrepdesign(type = "subbootstrap")</c>: in each replicate and each stratum h with n_h PSUs,
/// draw n_h − 1 PSUs with replacement and multiply the weights of PSU j by (n_h/(n_h − 1))·(times drawn). The
/// standard error is the standard deviation of the B replicate statistics, √(Σ_b (θ_b − θ̄)²/(B − 1)).
/// </summary>
/// <remarks>
/// Without strata and PSUs (<see cref="SurveyDesign.SimpleRandomSample"/>) each observation is a PSU: the classic
/// weighted bootstrap with n − 1 draws. Replicate b draws from its own xoshiro256** stream seeded by (seed, b), so
/// results are identical whatever the number of threads, on every machine. Replicates run in parallel.
/// </remarks>
public static class Bootstrap
{
    /// <summary>The stable rule id of bootstrap traces.</summary>
    public const string Rule = "precision.bootstrap";

    /// <summary>Bootstraps <paramref name="statistic"/> over the design.</summary>
    /// <param name="weights">The full-sample weights (finite, ≥ 0), one per observation of <paramref name="design"/>.</param>
    /// <param name="design">The sample design.</param>
    /// <param name="statistic">The statistic; receives replicate weights in the same order as <paramref name="weights"/>.</param>
    /// <param name="options">Replicates, seed and level; null for the defaults.</param>
    /// <returns>The full-sample estimate, the bootstrap SE and the normal interval.</returns>
    /// <exception cref="ArgumentException">Bad weights, a length mismatch, or bad options.</exception>
    /// <exception cref="InvalidOperationException">The statistic returned a non-finite value.</exception>
    public static PrecisionEstimate Estimate(ReadOnlySpan<double> weights, SurveyDesign design, WeightedStatistic statistic, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return EstimateAll(weights, design, w => [statistic(w)], options)[0];
    }

    /// <summary>Bootstraps several statistics with the same replicates (one evaluation per replicate for all of them).</summary>
    /// <param name="weights">The full-sample weights (finite, ≥ 0), one per observation of <paramref name="design"/>.</param>
    /// <param name="design">The sample design.</param>
    /// <param name="statistics">The statistics; receive replicate weights in the same order as <paramref name="weights"/>.</param>
    /// <param name="options">Replicates, seed and level; null for the defaults.</param>
    /// <returns>One estimate per statistic, in the order <paramref name="statistics"/> returns them.</returns>
    /// <exception cref="ArgumentException">Bad weights, a length mismatch, or bad options.</exception>
    /// <exception cref="InvalidOperationException">A statistic was not finite, or their number changed.</exception>
    public static IReadOnlyList<PrecisionEstimate> EstimateAll(ReadOnlySpan<double> weights, SurveyDesign design, WeightedStatistics statistics, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(statistics);
        Guard.AllFiniteNonNegative(weights);
        Guard.SameLength(design.Count, weights.Length, nameof(design), nameof(weights));
        return RunAll(weights.ToArray(), design.PsuOf, design, statistics, options ?? new BootstrapOptions(), "θ(w)");
    }

    /// <summary>
    /// Runs the bootstrap with weights and PSU indices in the caller's order (e.g. sorted by welfare);
    /// <paramref name="psuOf"/> null means position i is PSU i (only for a simple design, whose PSUs are exchangeable).
    /// </summary>
    internal static PrecisionEstimate Run(double[] weights, int[]? psuOf, SurveyDesign design, WeightedStatistic statistic, BootstrapOptions options, string formula) =>
        RunAll(weights, psuOf, design, w => [statistic(w)], options, formula)[0];

    /// <summary>The vector form of <see cref="Run"/>.</summary>
    internal static PrecisionEstimate[] RunAll(double[] weights, int[]? psuOf, SurveyDesign design, WeightedStatistics statistics, BootstrapOptions options, string formula)
    {
        Guard.AtLeast(options.Replicates, 2, nameof(options.Replicates));
        Guard.OpenInterval(options.Level, 0, 1, nameof(options.Level));
        if (psuOf is null && !design.IsSimple)
            throw new InvalidOperationException("Positions can stand for PSUs only in a simple random sample design.");
        double[] estimates = Checked(statistics(weights), -1, -1);
        var values = new double[options.Replicates][];
        double[] scaleOfPsu = new double[design.PsuCount];
        for (int j = 0; j < scaleOfPsu.Length; j++)
        {
            double n = design.PsusInStratum[design.StratumOfPsu[j]];
            scaleOfPsu[j] = n / (n - 1);
        }
        // A fixed set of workers, each with its own buffers, takes replicates b = worker, worker + workers, …;
        // replicate b always uses stream (seed, b), so the values do not depend on the number of workers.
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, options.Replicates));
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                var counts = new DrawCounts(design.PsuCount);
                double[] multipliers = new double[design.PsuCount];
                double[] replicate = new double[weights.Length];
                for (int b = worker; b < options.Replicates; b += workers)
                {
                    counts.Draw(design, Seed(options.Seed, b));
                    if (psuOf is null && counts.Small is byte[] drawn)
                    {
                        // Simple design: one stratum, position i is PSU i; the same products as below, in one pass.
                        double scale = scaleOfPsu[0];
                        for (int i = 0; i < weights.Length; i++)
                            replicate[i] = weights[i] * (drawn[i] * scale);
                        values[b] = Checked(statistics(replicate), b, estimates.Length);
                        continue;
                    }
                    for (int j = 0; j < multipliers.Length; j++)
                        multipliers[j] = counts[j] * scaleOfPsu[j];
                    if (psuOf is null)
                        for (int i = 0; i < weights.Length; i++)
                            replicate[i] = weights[i] * multipliers[i];
                    else
                        for (int i = 0; i < weights.Length; i++)
                            replicate[i] = weights[i] * multipliers[psuOf[i]];
                    values[b] = Checked(statistics(replicate), b, estimates.Length);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        var results = new PrecisionEstimate[estimates.Length];
        for (int k = 0; k < estimates.Length; k++)
        {
            double mean = 0;
            foreach (double[] v in values)
                mean += v[k];
            mean /= values.Length;
            double sum = 0;
            foreach (double[] v in values)
                sum += (v[k] - mean) * (v[k] - mean);
            double se = Math.Sqrt(sum / (values.Length - 1));
            results[k] = PrecisionEstimate.Create(Rule, formula + "; SE = √(Σ_b (θ_b − θ̄)²/(B − 1))", "Rao–Wu rescaled bootstrap (Rao, Wu and Yue 1992)",
                estimates[k], se, options.Level, PrecisionMethod.Bootstrap, options.Replicates,
                t => t.Input("B", (decimal)options.Replicates).Input("seed", (decimal)options.Seed)
                    .Input("strata", (decimal)design.StrataCount).Input("PSUs", (decimal)design.PsuCount));
        }
        return results;
    }

    /// <summary>The replicate-b stream seed: distinct, well-mixed streams for every (seed, b).</summary>
    internal static ulong Seed(ulong seed, int replicate) => seed * 0xD1342543DE82EF95UL + (ulong)replicate * 0x9E3779B97F4A7C15UL + 1;

    /// <summary>
    /// How often each PSU is drawn in one replicate (n_h − 1 uniform draws with replacement in each stratum). Counts
    /// are kept in bytes (1 byte per PSU, so the random increments stay in cache); in the practically impossible case
    /// of a PSU drawn 255 times the replicate is redrawn from the same stream into full-width counts.
    /// </summary>
    internal sealed class DrawCounts(int psuCount)
    {
        private readonly byte[] _small = new byte[psuCount];
        private int[]? _large;

        public int this[int psu] => _large is null ? _small[psu] : _large[psu];

        /// <summary>The byte counts, or null when this replicate needed full-width counts.</summary>
        public byte[]? Small => _large is null ? _small : null;

        public void Draw(SurveyDesign design, ulong seed)
        {
            _large = null;
            Array.Clear(_small);
            var random = new DeterministicRandom(seed);
            int[] start = design.StratumStart;
            for (int h = 0; h < design.StrataCount; h++)
            {
                int first = start[h], n = start[h + 1] - first;
                for (int draw = 0; draw < n - 1; draw++)
                {
                    int j = first + random.NextInt(n);
                    byte c = _small[j];
                    if (c == byte.MaxValue)
                    {
                        DrawLarge(design, seed);
                        return;
                    }
                    _small[j] = (byte)(c + 1);
                }
            }
        }

        private void DrawLarge(SurveyDesign design, ulong seed)
        {
            _large = new int[_small.Length];
            var random = new DeterministicRandom(seed);
            int[] start = design.StratumStart;
            for (int h = 0; h < design.StrataCount; h++)
            {
                int first = start[h], n = start[h + 1] - first;
                for (int draw = 0; draw < n - 1; draw++)
                    _large[first + random.NextInt(n)]++;
            }
        }
    }

    private static double[] Checked(double[] values, int replicate, int expected)
    {
        string where = replicate < 0 ? "at the full-sample weights" : string.Create(CultureInfo.InvariantCulture, $"in bootstrap replicate {replicate}");
        if (expected >= 0 && values.Length != expected)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The statistics returned {values.Length} values {where}; expected {expected}."));
        for (int k = 0; k < values.Length; k++)
            if (!double.IsFinite(values[k]))
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Statistic {k} is not finite {where}."));
        return values;
    }
}
