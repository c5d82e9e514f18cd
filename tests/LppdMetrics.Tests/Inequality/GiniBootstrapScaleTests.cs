using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Tests.Poverty;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The bootstrap at scale: eight replicates per pass over the sorted data, replicates on any number of threads,
/// progress reports. The reference is the naive bootstrap that re-sorts at every replicate (Gini.Compute on the
/// replicate weights in input order), which shares none of the fast path's code after the multipliers.
/// </summary>
public class GiniBootstrapScaleTests
{
    /// <summary>A clustered sample: values with many ties and zeros, weights with zeros and wide ranges, 2–5 strata.</summary>
    public sealed record Clustered(double[] Income, double[] Weights, int[] Strata, int[] Psu, int Replicates, ulong Seed)
    {
        public override string ToString() => $"n={Income.Length}, strata={Strata.Distinct().Count()}, B={Replicates}, seed={Seed}";
    }

    private static Clustered Make(int n, int seed, int replicates)
    {
        var random = new Random(seed);
        int strata = random.Next(1, 5), psus = random.Next(2, 7);
        var y = new double[n];
        var w = new double[n];
        var h = new int[n];
        var p = new int[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = random.Next(5) switch
            {
                0 => 0.0,                                   // zero income
                1 => random.Next(0, 8) * 100.0,             // heavy ties
                2 => Math.Exp(random.NextDouble() * 30 - 5), // a wide range
                _ => random.Next(1, 4001) / 4.0,
            };
            w[i] = random.Next(6) == 0 ? 0.0 : random.Next(1, 2001) / 8.0 * (random.Next(8) == 0 ? 1e6 : 1);
            h[i] = i % (strata + 1);
            p[i] = random.Next(psus);
        }
        // Every stratum needs two PSUs and a positive income on a positive weight: set them on the first rows.
        for (int s = 0; s <= strata && 2 * s + 1 < n; s++)
        {
            h[2 * s] = h[2 * s + 1] = s;
            p[2 * s] = 0;
            p[2 * s + 1] = 1;
        }
        y[0] = Math.Max(y[0], 1);
        w[0] = Math.Max(w[0], 1);
        return new Clustered(y, w, h, p, replicates, (ulong)seed);
    }

    private static readonly Arbitrary<Clustered> Samples =
        (from n in Gen.Choose(12, 300)
         from seed in Gen.Choose(0, int.MaxValue)
         from b in Gen.Choose(2, 13)
         select Make(n, seed, b)).ToArbitrary();

    [Property(MaxTest = 120)]
    public Property Four_replicates_a_pass_give_the_same_bits_as_re_sorting_every_replicate() =>
        Prop.ForAll(Samples, s =>
        {
            var design = SurveyDesign.Create<int>(s.Strata, s.Psu);
            var options = new BootstrapOptions { Replicates = s.Replicates, Seed = s.Seed };
            // A replicate may put all its weight on zero incomes: then both must refuse it the same way.
            string a = Outcome(() => GiniPrecision.Bootstrap(s.Income, s.Weights, design, options));
            string b = Outcome(() => Bootstrap.Estimate(s.Weights, design, w => Gini.Compute(s.Income, w), options));
            return (a == b).Label($"fast {a}, naive {b}");
        });

    [Property(MaxTest = 60)]
    public Property A_non_finite_or_negative_element_is_refused_naming_its_parameter() =>
        Prop.ForAll(Samples, Gen.Choose(0, int.MaxValue).ToArbitrary(), (s, pick) =>
        {
            double[] bad = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1.0];
            bool inIncome = pick % 2 == 0;
            double[] y = (double[])s.Income.Clone(), w = (double[])s.Weights.Clone();
            (inIncome ? y : w)[pick % y.Length] = bad[pick / 2 % bad.Length];
            var design = SurveyDesign.Create<int>(s.Strata, s.Psu);
            var ex = Assert.ThrowsAny<ArgumentException>(() => GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Replicates = 4 }));
            return ex.ParamName == (inIncome ? "income" : "weights");
        });

    [Fact]
    public void One_thread_and_four_threads_give_the_same_bits()
    {
        (double[] y, double[] w) = FgtPrecisionTests.Sample(7, 4000);
        int[] strata = Enumerable.Range(0, y.Length).Select(i => i % 7).ToArray();
        int[] psu = Enumerable.Range(0, y.Length).Select(i => i / 7 % 23).ToArray();
        var clustered = SurveyDesign.Create<int>(strata, psu);
        var simple = SurveyDesign.SimpleRandomSample(y.Length);
        foreach (int replicates in new[] { 2, 9, 50 })
        {
            BootstrapOptions One(int threads) => new() { Replicates = replicates, Seed = 3, MaxDegreeOfParallelism = threads };
            Assert.Equal(Bits(GiniPrecision.Bootstrap(y, w, clustered, One(1)).StandardError), Bits(GiniPrecision.Bootstrap(y, w, clustered, One(4)).StandardError));
            Assert.Equal(Bits(GiniPrecision.Bootstrap(y, w, simple, One(1)).StandardError), Bits(GiniPrecision.Bootstrap(y, w, simple, One(4)).StandardError));
            IReadOnlyList<PrecisionEstimate> p1 = FgtPrecision.Bootstrap(y, w, 1.0, [0, 1, 2], clustered, One(1));
            IReadOnlyList<PrecisionEstimate> p4 = FgtPrecision.Bootstrap(y, w, 1.0, [0, 1, 2], clustered, One(4));
            Assert.Equal(p1.Select(e => Bits(e.StandardError)), p4.Select(e => Bits(e.StandardError)));
            Assert.True(p1[0].StandardError > 0);
        }
    }

    [Fact]
    public void Progress_counts_every_replicate_once_up_to_the_total()
    {
        (double[] y, double[] w) = FgtPrecisionTests.Sample(8, 600);
        int[] strata = Enumerable.Range(0, y.Length).Select(i => i % 3).ToArray();
        int[] psu = Enumerable.Range(0, y.Length).Select(i => i / 3 % 10).ToArray();
        var design = SurveyDesign.Create<int>(strata, psu);
        foreach (int replicates in new[] { 2, 10, 37 })
        {
            var gini = new Reports();
            GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Replicates = replicates, Progress = gini });
            var fgt = new Reports();
            FgtPrecision.Bootstrap(y, w, 1.0, 1, design, new BootstrapOptions { Replicates = replicates, Progress = fgt });
            foreach (Reports r in new[] { gini, fgt })
            {
                Assert.All(r.Seen, p => Assert.Equal(replicates, p.Total));
                Assert.Equal(replicates, r.Seen.Max(p => p.Completed));
                Assert.Equal(r.Seen.Count, r.Seen.Select(p => p.Completed).Distinct().Count()); // each count reported once
            }
            Assert.Equal(replicates, fgt.Seen.Count); // one report per replicate
            Assert.Equal((replicates + 7) / 8, gini.Seen.Count); // one per block of eight
        }
    }

    [Fact]
    public void A_thread_count_below_one_is_refused()
    {
        var design = SurveyDesign.SimpleRandomSample(3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GiniPrecision.Bootstrap([1, 2, 3], [1, 1, 1], design, new BootstrapOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Contains("MaxDegreeOfParallelism", ex.ParamName);
    }

    private sealed class Reports : IProgress<BootstrapProgress>
    {
        public List<BootstrapProgress> Seen { get; } = [];

        public void Report(BootstrapProgress value)
        {
            lock (Seen)
                Seen.Add(value);
        }
    }

    private static string Outcome(Func<PrecisionEstimate> run)
    {
        try
        {
            PrecisionEstimate e = run();
            return $"{Bits(e.Estimate)} {Bits(e.StandardError)}";
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }

    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);
}
