using System.Globalization;

namespace LppdMetrics.Statistics;

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

    /// <summary>
    /// The number of worker threads, ≥ 1, or null (default) for one per processor. It changes only the
    /// speed: replicate b always draws from its own stream (seed, b), so the result is the same bits for any value.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Told how many replicates are done after each one (or each block of eight) completes, from the worker threads,
    /// so it must be thread-safe; null (default) for no reports. Completions may be reported out of order.
    /// </summary>
    public IProgress<BootstrapProgress>? Progress { get; init; }
}

/// <summary>How far a bootstrap has got: <paramref name="Completed"/> of <paramref name="Total"/> replicates evaluated.</summary>
/// <param name="Completed">Replicates evaluated so far, 0 to <paramref name="Total"/>.</param>
/// <param name="Total">The number of replicates B.</param>
public readonly record struct BootstrapProgress(int Completed, int Total);

/// <summary>
/// Several bootstrap replicates of one or more statistics evaluated together in one pass over the data.
/// <paramref name="multipliers"/> holds, for PSU j and lane r, the Rao–Wu multiplier (n_h/(n_h − 1))·(times drawn)
/// at [j·<see cref="Bootstrap.Lanes"/> + r]; the replicate weight of an observation in PSU j is w·multiplier.
/// </summary>
/// <param name="multipliers">The multipliers of <see cref="Bootstrap.Lanes"/> replicates, interleaved by PSU.</param>
/// <param name="values">Receives the replicate statistics, statistic s of lane r at [s·<see cref="Bootstrap.Lanes"/> + r].</param>
internal delegate void ReplicateBlock(ReadOnlySpan<double> multipliers, Span<double> values);

/// <summary>
/// The Rao–Wu rescaled bootstrap for survey data (Rao and Wu 1988; Rao, Wu and Yue 1992), the replicate method of
/// R <c>survey</c>'s <c>as.svrepdesign(type = "subbootstrap")</c>: in each replicate and each stratum h with n_h PSUs,
/// draw n_h − 1 PSUs with replacement and multiply the weights of PSU j by (n_h/(n_h − 1))·(times drawn). The
/// standard error is the standard deviation of the B replicate statistics, √(Σ_b (θ_b − θ̄)²/(B − 1)).
/// </summary>
/// <remarks>
/// Without strata and PSUs (<see cref="SurveyDesign.SimpleRandomSample"/>) each observation is a PSU: the classic
/// weighted bootstrap with n − 1 draws. Replicate b draws from its own xoshiro256** stream seeded by (seed, b), so
/// results are identical whatever the number of threads (<see cref="BootstrapOptions.MaxDegreeOfParallelism"/>), on
/// every machine. Replicates run in parallel; the mean and SD of the replicate values are summed in replicate order.
/// </remarks>
public static class Bootstrap
{
    /// <summary>The stable rule id of bootstrap traces.</summary>
    public const string Rule = "precision.bootstrap";

    /// <summary>
    /// The number of replicates a <see cref="ReplicateBlock"/> evaluates at once: the lanes of two 256-bit vectors of
    /// doubles, whose eight multipliers of a PSU fill one 64-byte cache line.
    /// </summary>
    internal const int Lanes = 8;

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

    /// <summary>
    /// The vector form of <see cref="Run"/>; <paramref name="fullSample"/>, when given, are the point estimates
    /// (otherwise the statistics at <paramref name="weights"/>). The weights and <paramref name="psuOf"/> may also be
    /// indexed by PSU (length <see cref="SurveyDesign.PsuCount"/>), for a statistic computed from PSU totals.
    /// </summary>
    internal static PrecisionEstimate[] RunAll(double[] weights, int[]? psuOf, SurveyDesign design, WeightedStatistics statistics, BootstrapOptions options, string formula,
        double[]? fullSample = null)
    {
        Guard.AtLeast(options.Replicates, 2, nameof(options.Replicates));
        Guard.OpenInterval(options.Level, 0, 1, nameof(options.Level));
        if (psuOf is null && !design.IsSimple)
            throw new InvalidOperationException("Positions can stand for PSUs only in a simple random sample design.");
        double[] estimates = Checked(fullSample ?? statistics(weights), -1, -1);
        var values = new double[options.Replicates][];
        double[] scaleOfPsu = ScaleOfPsu(design);
        // A fixed set of workers, each with its own buffers, takes replicates b = worker, worker + workers, …;
        // replicate b always uses stream (seed, b), so the values do not depend on the number of workers.
        int workers = Workers(options, options.Replicates);
        int done = 0;
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
                        options.Progress?.Report(new BootstrapProgress(Interlocked.Increment(ref done), options.Replicates));
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
                    options.Progress?.Report(new BootstrapProgress(Interlocked.Increment(ref done), options.Replicates));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return Summarize(estimates, values, design, options, formula);
    }

    /// <summary>
    /// Runs the bootstrap of one or more statistics <see cref="Lanes"/> replicates at a time: block k evaluates replicates
    /// 8k … 8k + 7, each drawn from its own stream (seed, b) exactly as <see cref="RunAll"/> draws it, so the replicate
    /// weights — and, for a kernel that computes what the one-replicate statistic computes, the result — are the same
    /// bits. A last block with fewer replicates repeats its first replicate's multipliers in the unused lanes.
    /// </summary>
    /// <param name="estimates">The full-sample estimates (already computed by the caller), one per statistic.</param>
    /// <param name="design">The design whose PSUs the multipliers are indexed by.</param>
    /// <param name="block">The statistic of a block of replicates.</param>
    /// <param name="options">Replicates, seed, level, parallelism and progress.</param>
    /// <param name="formula">The formula, for the trace.</param>
    /// <param name="unavailable">When given (one per statistic), a statistic whose interval exceeds a double gets its reason here and a null estimate, instead of the call throwing.</param>
    internal static PrecisionEstimate[] RunBlocks(double[] estimates, SurveyDesign design, ReplicateBlock block, BootstrapOptions options, string formula,
        string?[]? unavailable = null)
    {
        Guard.AtLeast(options.Replicates, 2, nameof(options.Replicates));
        Guard.OpenInterval(options.Level, 0, 1, nameof(options.Level));
        Checked(estimates, -1, -1);
        int statistics = estimates.Length;
        int replicates = options.Replicates, blocks = (replicates + Lanes - 1) / Lanes;
        var values = new double[replicates][];
        double[] scaleOfPsu = ScaleOfPsu(design);
        int workers = Workers(options, blocks);
        int next = -1, done = 0;
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
            {
                var counts = new DrawCounts(design.PsuCount);
                double[] multipliers = new double[design.PsuCount * Lanes];
                double[] results = new double[statistics * Lanes];
                // Blocks are handed out one at a time; which worker takes which block changes nothing in the values.
                for (int k = Interlocked.Increment(ref next); k < blocks; k = Interlocked.Increment(ref next))
                {
                    int lanes = Math.Min(Lanes, replicates - k * Lanes);
                    for (int r = 0; r < Lanes; r++)
                    {
                        if (r < lanes)
                            counts.Draw(design, Seed(options.Seed, k * Lanes + r));
                        for (int j = 0; j < scaleOfPsu.Length; j++)
                            multipliers[j * Lanes + r] = r < lanes ? counts[j] * scaleOfPsu[j] : multipliers[j * Lanes];
                    }
                    block(multipliers, results);
                    for (int r = 0; r < lanes; r++)
                    {
                        double[] replicate = new double[statistics];
                        for (int t = 0; t < statistics; t++)
                            replicate[t] = results[t * Lanes + r];
                        values[k * Lanes + r] = Checked(replicate, k * Lanes + r, statistics);
                    }
                    options.Progress?.Report(new BootstrapProgress(Interlocked.Add(ref done, lanes), replicates));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return Summarize(estimates, values, design, options, formula, unavailable);
    }

    /// <summary>The Rao–Wu scale n_h/(n_h − 1) of each PSU's stratum.</summary>
    private static double[] ScaleOfPsu(SurveyDesign design)
    {
        double[] scaleOfPsu = new double[design.PsuCount];
        for (int j = 0; j < scaleOfPsu.Length; j++)
        {
            double n = design.PsusInStratum[design.StratumOfPsu[j]];
            scaleOfPsu[j] = n / (n - 1);
        }
        return scaleOfPsu;
    }

    private static int Workers(BootstrapOptions options, int tasks)
    {
        if (options.MaxDegreeOfParallelism is int limit)
            Guard.AtLeast(limit, 1, nameof(options.MaxDegreeOfParallelism));
        return Math.Max(1, Math.Min(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, tasks));
    }

    /// <summary>The SE of each statistic: mean and SD of the replicate values, summed in replicate order.</summary>
    // unavailable: when given, a statistic whose estimate cannot be formed (an interval beyond a double) gets its
    // reason there and no estimate (null), and the others are still summarised; when null, it throws.
    private static PrecisionEstimate[] Summarize(double[] estimates, double[][] values, SurveyDesign design, BootstrapOptions options, string formula,
        string?[]? unavailable = null)
    {
        var results = new PrecisionEstimate[estimates.Length];
        for (int k = 0; k < estimates.Length; k++)
        {
            // The replicates multiplied by the power of two that brings the largest near 1 (exact, so ordinary values
            // keep their bits): statistics near 1.8e308 neither overflow the mean nor the squares.
            double largest = 0;
            foreach (double[] v in values)
                largest = Math.Max(largest, Math.Abs(v[k]));
            double scale = largest > 0 ? Numbers.Scaling.PowerOfTwo(largest) : 1.0;
            double mean = 0;
            foreach (double[] v in values)
                mean += v[k] * scale;
            mean /= values.Length;
            double sum = 0;
            foreach (double[] v in values)
                sum += (v[k] * scale - mean) * (v[k] * scale - mean);
            double se = Math.Sqrt(sum / (values.Length - 1)) / scale;
            try
            {
                results[k] = PrecisionEstimate.Create(Rule, formula + "; SE = √(Σ_b (θ_b − θ̄)²/(B − 1))", "Rao–Wu rescaled bootstrap (Rao, Wu and Yue 1992)",
                    estimates[k], se, options.Level, PrecisionMethod.Bootstrap, options.Replicates,
                    t => t.Input("B", (decimal)options.Replicates).Input("seed", (decimal)options.Seed)
                        .Input("strata", (decimal)design.StrataCount).Input("PSUs", (decimal)design.PsuCount));
            }
            catch (InvalidOperationException ex) when (unavailable is not null)
            {
                unavailable[k] = ex.Message;
                results[k] = null!;
            }
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
