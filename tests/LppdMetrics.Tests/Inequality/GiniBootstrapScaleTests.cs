using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Tests.Poverty;
using LppdMetrics.Statistics;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The bootstrap at scale: eight replicates per pass over the sorted data, replicates on any number of threads,
/// progress reports, the canonical order of ties. The references are the one-replicate-at-a-time bootstrap with the
/// rows put in the canonical order by LINQ (the same bits), the naive bootstrap that re-sorts at every replicate
/// (Gini.Compute on the replicate weights in input order: the same figures to rounding), and a case worked by hand.
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
    public Property Eight_replicates_a_pass_give_the_same_bits_as_one_replicate_at_a_time() =>
        Prop.ForAll(Samples, s =>
        {
            var design = SurveyDesign.Create<int>(s.Strata, s.Psu);
            var options = new BootstrapOptions { Replicates = s.Replicates, Seed = s.Seed };
            // The reference: the one-replicate-a-time bootstrap, each replicate's weights put in the canonical order
            // (value, weight bits, PSU index) by a LINQ sort and summed by the scalar kernel. A replicate may put all
            // its weight on zero incomes: then both must refuse it the same way.
            int[] order = [.. Enumerable.Range(0, s.Income.Length).OrderBy(i => s.Income[i] + 0.0)
                .ThenBy(i => BitConverter.DoubleToUInt64Bits(s.Weights[i])).ThenBy(i => design.PsuOf[i])];
            double[] sorted = [.. order.Select(i => s.Income[i] + 0.0)];
            string a = Outcome(() => GiniPrecision.Bootstrap(s.Income, s.Weights, design, options));
            string b = Outcome(() => Bootstrap.Estimate(s.Weights, design, w =>
            {
                double[] inOrder = new double[order.Length];
                for (int k = 0; k < order.Length; k++)
                    inOrder[k] = w[order[k]];
                return Gini.OfSorted(sorted, inOrder);
            }, options));
            return (a == b).Label($"fast {a}, one at a time {b}");
        });

    [Property(MaxTest = 120)]
    public Property The_result_is_within_rounding_of_re_sorting_every_replicate() =>
        Prop.ForAll(Samples, s =>
        {
            // Re-sorting every replicate (Gini.Compute on the replicate weights in input order) orders a tie by the
            // replicate weight w·m rather than by (w, PSU): the same sums in another order, so the same figures to
            // rounding, and the point estimate (no multipliers) to the bit.
            var design = SurveyDesign.Create<int>(s.Strata, s.Psu);
            var options = new BootstrapOptions { Replicates = s.Replicates, Seed = s.Seed };
            PrecisionEstimate fast, naive;
            try
            {
                naive = Bootstrap.Estimate(s.Weights, design, w => Gini.Compute(s.Income, w), options);
            }
            catch (ArgumentException)
            {
                return true.Label("a replicate with no income: refused (the same-bits property checks both refuse)");
            }
            fast = GiniPrecision.Bootstrap(s.Income, s.Weights, design, options);
            return (Bits(fast.Estimate) == Bits(naive.Estimate) && Math.Abs(fast.StandardError - naive.StandardError) <= 1e-12)
                .Label($"fast {fast.Estimate:R} ± {fast.StandardError:R}, re-sorted {naive.Estimate:R} ± {naive.StandardError:R}");
        });

    [Property(MaxTest = 100)]
    public Property Shuffling_the_rows_gives_the_same_bits() =>
        Prop.ForAll(Shrinkers.Choose(12, 300), Shrinkers.Choose(0, 1 << 20), Shrinkers.Choose(0, 1 << 20), (n, seed, shuffle) =>
        {
            Clustered s = Make(n, seed, 9);
            // Strata and PSUs are numbered by first appearance, and the draws follow those numbers: keep the first row
            // of every stratum and PSU in front, in order, and shuffle the rest.
            var seen = new HashSet<(int, int)>();
            var seenStratum = new HashSet<int>();
            List<int> first = [], rest = [];
            for (int i = 0; i < n; i++)
                (seen.Add((s.Strata[i], s.Psu[i])) | seenStratum.Add(s.Strata[i]) ? first : rest).Add(i);
            int[] shuffled = [.. rest];
            new Random(shuffle).Shuffle(shuffled);
            string a = Outcome(() => Run(s, [.. first, .. rest]));
            string b = Outcome(() => Run(s, [.. first, .. shuffled]));
            return (a == b).Label($"{a} vs {b}");
        });

    [Fact]
    public void Above_a_million_rows_shuffling_gives_the_same_bits()
    {
        // 1.1e6 rows on three values, so every value is a long tie, with weights of mixed magnitudes: the design's sort
        // permutes in place above 2^20 rows, leaving the rows of a tie in an order of its own (put in the canonical
        // order, weight then PSU, afterwards); whatever that order, the estimate and its SE keep their bits. Rows 0–11
        // hold two PSUs of each of the three strata, in order, and stay in front; the rest are shuffled.
        const int n = 1_100_000;
        var random = new Random(5);
        double[] mixed = [0.1, 0.2, 0.3, 0.7, 1e-17, 3, 1e16, 123.45];
        double[] y = [.. Enumerable.Range(0, n).Select(i => i < 12 ? 1.0 + i % 3 : random.Next(3))];
        double[] w = [.. Enumerable.Range(0, n).Select(_ => mixed[random.Next(mixed.Length)])];
        int[] strata = [.. Enumerable.Range(0, n).Select(i => i < 12 ? i / 4 : random.Next(3))];
        int[] psu = [.. Enumerable.Range(0, n).Select(i => i < 12 ? i % 4 / 2 : random.Next(2))];
        var s = new Clustered(y, w, strata, psu, 3, 7);
        int[] rest = [.. Enumerable.Range(12, n - 12)], shuffled = [.. rest];
        new Random(6).Shuffle(shuffled);
        PrecisionEstimate a = Run(s, [.. Enumerable.Range(0, 12), .. rest]), b = Run(s, [.. Enumerable.Range(0, 12), .. shuffled]);
        Assert.True(a.StandardError > 0);
        Assert.Equal((Bits(a.Estimate), Bits(a.StandardError)), (Bits(b.Estimate), Bits(b.StandardError)));
    }

    private static PrecisionEstimate Run(Clustered s, int[] rows)
    {
        var design = SurveyDesign.Create<int>([.. rows.Select(i => s.Strata[i])], [.. rows.Select(i => s.Psu[i])]);
        return GiniPrecision.Bootstrap([.. rows.Select(i => s.Income[i])], [.. rows.Select(i => s.Weights[i])], design,
            new BootstrapOptions { Replicates = s.Replicates, Seed = s.Seed });
    }

    // Worked by hand. One stratum of two PSUs: A holds y = 1, 1, 1, 4 with weights 1, 2, 3, 1 (a tie of three rows),
    // B holds y = 2, 2, 6, 6 with weights 1. With n_h = 2, Rao–Wu draws one PSU and gives it multiplier 2 (the other 0),
    // so every replicate is the Gini of one PSU: G_A = 9/35 (as 7 unit rows 1,1,1,1,1,1,4: Σ(2i − n − 1)y₍ᵢ₎ = 18,
    // n²μ = 70), G_B = 1/4 (16/64). The full sample, as 11 unit rows, has Σ(2i − n − 1)y₍ᵢ₎ = 114 and n²μ = 286:
    // G = 57/143. With k of the B replicates drawing A, SE = |G_A − G_B|·√(k(B − k)/(B(B − 1))).
    [Fact]
    public void Two_psus_in_one_stratum_give_the_hand_worked_se()
    {
        double[] y = [1, 4, 1, 2, 6, 1, 2, 6];
        double[] w = [3, 1, 1, 1, 1, 2, 1, 1];
        int[] psu = [0, 0, 0, 1, 1, 0, 1, 1];
        var design = SurveyDesign.Create<int>(new int[8], psu);
        const int replicates = 200;
        PrecisionEstimate e = GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Replicates = replicates, Seed = 5 });
        Assert.Equal(57.0 / 143, e.Estimate, 1e-15);
        double gap = 9.0 / 35 - 1.0 / 4;
        double nearest = Enumerable.Range(1, replicates - 1)
            .Select(k => Math.Abs(e.StandardError - gap * Math.Sqrt(k * (double)(replicates - k) / (replicates * (replicates - 1.0)))))
            .Min();
        Assert.True(nearest <= 1e-15, $"SE {e.StandardError:R} is no |G_A − G_B|·√(k(B − k)/(B(B − 1)))");
    }

    [Property(MaxTest = 100)]
    public Property Integer_codes_number_strata_and_psus_as_their_texts_do() =>
        Prop.ForAll(Shrinkers.Choose(2, 400), Shrinkers.Choose(0, 1 << 20), Shrinkers.Choose(0, 2), (n, seed, spread) =>
        {
            // Small codes take the dense table, wide ones (up to 10^9) the dictionaries; negative codes too.
            var rng = new Random(seed);
            int range = spread switch { 0 => 6, 1 => 1_000_000_000, _ => 40 };
            int[] strata = [.. Enumerable.Range(0, n).Select(_ => rng.Next(3) * (spread == 2 ? -1 : 1))];
            int[] psu = [.. Enumerable.Range(0, n).Select(_ => rng.Next(range) % (spread == 1 ? range : 4) * (rng.Next(2) == 0 ? 1 : range / 2 + 1))];
            string a = DesignOutcome(() => SurveyDesign.Create<int>(strata, psu));
            string b = DesignOutcome(() => SurveyDesign.Create<string>([.. strata.Select(c => c.ToString(CultureInfo.InvariantCulture))],
                [.. psu.Select(c => c.ToString(CultureInfo.InvariantCulture))]));
            return (a == b).Label($"{a} vs {b}");
        });

    private static string DesignOutcome(Func<SurveyDesign> create)
    {
        try
        {
            SurveyDesign d = create();
            return string.Join(",", d.PsuOf) + ";" + string.Join(",", d.StratumOfPsu) + ";" + string.Join(",", d.PsusInStratum);
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    [Fact]
    public void Tied_data_give_the_same_bits_on_one_two_and_four_threads()
    {
        (double[] y, double[] w) = FgtPrecisionTests.Sample(11, 6000);
        double[] tied = [.. y.Select(v => Math.Round(v * 20) / 20)]; // most values shared by several rows
        int[] strata = [.. Enumerable.Range(0, y.Length).Select(i => i % 5)];
        int[] psu = [.. Enumerable.Range(0, y.Length).Select(i => i / 5 % 17)];
        var design = SurveyDesign.Create<int>(strata, psu);
        Assert.True(tied.Distinct().Count() < tied.Length / 3);
        long[] se = [.. new[] { 1, 2, 4 }.Select(threads => Bits(GiniPrecision.Bootstrap(tied, w, design,
            new BootstrapOptions { Replicates = 37, Seed = 2, MaxDegreeOfParallelism = threads }).StandardError))];
        Assert.Equal(se[0], se[1]);
        Assert.Equal(se[0], se[2]);
    }

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
