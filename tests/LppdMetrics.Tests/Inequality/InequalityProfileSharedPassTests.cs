using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Statistics;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// <see cref="InequalityProfile"/> (issue 18: <c>lppd inequality</c> at the speed of <c>lppd gini</c>) shares one
/// validation and one weighted mean between its moment measures, runs them side by side, takes its Lorenz ratios
/// without storing the running sums, and sorts in the caller's arrays with <see cref="InequalityProfile.ComputeInPlace"/>.
/// None of that may change a bit: every measure must be what its own class computes alone (those are checked against
/// hand-worked and peer values in <see cref="InequalityMeasuresTests"/>), and the ordinates from the one pass must be
/// those of the stored running sums.
/// </summary>
public class InequalityProfileSharedPassTests
{
    // 1–12 households: income 0–40 (ties, zeros), weight 0–9 (zeros), and the incomes and weights scaled by 2^k (from
    // subnormal to near the largest double, where the running sums are taken scaled); shrinking to fewer, smaller ones.
    private static Arbitrary<((int Income, int Weight)[] Rows, int IncomeExponent, int WeightExponent)> Samples()
    {
        Gen<(int, int)> household = Gen.Choose(0, 40).SelectMany(y => Gen.Choose(0, 9).Select(w => (y, w)));
        int[] exponents = [0, 0, 0, -1070, -600, 600, 1015];
        return Arb.From(
            from n in Gen.Choose(1, 12)
            from rows in household.ArrayOf(n)
            from ky in Gen.Elements(exponents)
            from kw in Gen.Elements(exponents)
            select (rows, ky, kw),
            s => Shrinkers.Array(s.rows, r => Shrinkers.Pair(r, y => Shrinkers.Int(y, 0), w => Shrinkers.Int(w, 0)), minLength: 1)
                .Select(rows => (rows, s.ky, s.kw))
                .Concat(Shrinkers.Earlier(s.ky, exponents).Select(ky => (s.rows, ky, s.kw)))
                .Concat(Shrinkers.Earlier(s.kw, exponents).Select(kw => (s.rows, s.ky, kw))));
    }

    private static (double[] Y, double[] W) Data(((int Income, int Weight)[] Rows, int IncomeExponent, int WeightExponent) s) =>
        (s.Rows.Select(r => Math.ScaleB((double)r.Income, s.IncomeExponent)).ToArray(),
         s.Rows.Select(r => Math.ScaleB((double)r.Weight, s.WeightExponent)).ToArray());

    private static readonly double[] Epsilons = [0, 0.5, 1, 2, 3];

    // What each measure's own public method gives: its value's bits, or its refusal's message.
    private static string Alone(Func<double> measure)
    {
        try
        {
            return BitConverter.DoubleToInt64Bits(measure()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (ArgumentException)
        {
            return "refused";
        }
    }

    private static string InProfile(InequalityProfile profile, string name) =>
        profile[name].Value is double v ? BitConverter.DoubleToInt64Bits(v).ToString(System.Globalization.CultureInfo.InvariantCulture) : "refused";

    [Property(MaxTest = 400)]
    public Property Every_measure_of_the_profile_is_the_bits_of_its_own_method_and_in_place_changes_nothing() =>
        Prop.ForAll(Samples(), s =>
        {
            (double[] y, double[] w) = Data(s);
            if (!(w.Zip(y).Any(p => p.First > 0 && p.Second > 0)))
                return true.Label("no positive income with a positive weight: refused by every method (checked elsewhere)");
            InequalityProfile profile = InequalityProfile.Compute(y, w, Epsilons);
            double[] y2 = (double[])y.Clone(), w2 = (double[])w.Clone();
            InequalityProfile inPlace = InequalityProfile.ComputeInPlace(y2, w2, Epsilons);
            var expected = new List<(string Name, string Bits)>
            {
                ("gini", Alone(() => Gini.Compute(y, w))),
                ("theil", Alone(() => GeneralizedEntropy.Theil(y, w))),
                ("meanLogDeviation", Alone(() => GeneralizedEntropy.MeanLogDeviation(y, w))),
                ("s80s20", Alone(() => IncomeShares.S80S20(y, w))),
                ("palma", Alone(() => IncomeShares.Palma(y, w))),
            };
            foreach (double e in Epsilons)
                expected.Add(($"atkinson({e:R})", Alone(() => Atkinson.Compute(y, w, e))));
            foreach ((string name, string bits) in expected)
            {
                Assert.True(bits == InProfile(profile, name), $"{name}: alone {bits}, in the profile {InProfile(profile, name)}");
                Assert.True(bits == InProfile(inPlace, name), $"{name}: alone {bits}, in place {InProfile(inPlace, name)}");
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(profile.Mean), BitConverter.DoubleToInt64Bits(inPlace.Mean));
            Assert.Equal(profile.Population, inPlace.Population);
            // In place: the incomes ascending, each with its own weight.
            Assert.True(y2.Zip(y2.Skip(1)).All(p => p.First <= p.Second));
            Assert.Equal(y.Zip(w).Order(), y2.Zip(w2).Order());
            return true.ToProperty();
        });

    [Property(MaxTest = 400)]
    public Property Ordinates_from_one_pass_are_the_bits_of_the_stored_running_sums() =>
        Prop.ForAll(Samples(), Shrinkers.Elements(0.0, 0.1, 0.2, 0.4, 0.5, 0.8, 0.9, 1.0), Shrinkers.Elements(0.0, 0.2, 0.33, 0.8, 1.0), (s, p, q) =>
        {
            (double[] y, double[] w) = Data(s);
            if (!(w.Zip(y).Any(t => t.First > 0 && t.Second > 0)))
                return true.Label("undefined curve");
            using var streamed = SortedWeightedSample.Create(y, w);
            using var stored = SortedWeightedSample.Create(y, w);
            double[] shares = new[] { p, q, p }.Order().ToArray(); // ascending, as the one pass takes them
            var ordinates = new double[3];
            streamed.LorenzAt(shares, ordinates);
            for (int k = 0; k < shares.Length; k++)
            {
                double reference = stored.LorenzAt(shares[k]);
                Assert.True(BitConverter.DoubleToInt64Bits(reference) == BitConverter.DoubleToInt64Bits(ordinates[k]),
                    $"L({shares[k]:R}): stored sums {reference:R}, one pass {ordinates[k]:R}");
            }
            // The totals and scales of the one pass are the last running sums and their scales.
            (double weight, double value) = streamed.ScaledTotals;
            Assert.Equal(stored.CumulativeWeights[^1], weight);
            Assert.Equal(stored.CumulativeValues[^1], value);
            Assert.Equal(stored.ValueScale, streamed.ValueScale);
            Assert.Equal(stored.WeightScale, streamed.WeightScale);
            return true.ToProperty();
        });

    /// <summary>
    /// <c>lppd lorenz</c> sorts once: the curve in place (<see cref="Lorenz.AtSharesInPlace"/>,
    /// <see cref="Lorenz.AtObservationsInPlace"/>), then the Gini and a finer curve of the same arrays, which find them
    /// ascending and are not sorted again. Each must be the bits of its copying method on the input as given.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Curves_in_place_and_statistics_of_the_sorted_arrays_are_the_bits_of_the_copying_methods() =>
        Prop.ForAll(Samples(), Shrinkers.Choose(1, 12), (s, k) =>
        {
            (double[] y, double[] w) = Data(s);
            if (!(w.Zip(y).Any(p => p.First > 0 && p.Second > 0)))
                return true.Label("undefined curve");
            double[] y2 = (double[])y.Clone(), w2 = (double[])w.Clone();
            Assert.Equal(Lorenz.AtShares(y, w, k), Lorenz.AtSharesInPlace(y2, w2, k));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Gini.Compute(y, w)), BitConverter.DoubleToInt64Bits(Gini.ComputeInPlace(y2, w2)));
            Assert.Equal(Lorenz.AtShares(y, w, 3 * k), Lorenz.AtSharesInPlace(y2, w2, 3 * k));
            Assert.Equal(Lorenz.AtObservations(y, w), Lorenz.AtObservationsInPlace(y2, w2));
            Assert.Equal(InequalityProfile.Compute(y, w), InequalityProfile.ComputeInPlace(y2, w2), ProfileComparer.Instance);
            Assert.True(y2.Zip(y2.Skip(1)).All(p => p.First <= p.Second));
            return true.ToProperty();
        });

    /// <summary>
    /// The measures take each logarithm or power once per run of equal incomes (<c>RepeatedIncome</c>): against the
    /// textbook sums taken row by row in the test (GE(α) = Σw((y/μ)^α − 1)/(W·α(α − 1)), Theil Σw·(y/μ)·ln(y/μ)/W, MLD
    /// −Σw·ln(y/μ)/W, A(ε) = 1 − (Σw(y/μ)^(1−ε)/W)^(1/(1−ε)), A(1) = 1 − exp(Σw·ln(y/μ)/W)), on incomes full of ties
    /// in input order and in sorted order.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Measures_over_repeated_incomes_are_the_row_by_row_sums() =>
        Prop.ForAll(Samples(), Shrinkers.Elements(false, true), (s, sorted) =>
        {
            var rows = sorted ? s.Rows.OrderBy(r => r.Income).ToArray() : s.Rows;
            double[] y = rows.Select(r => 1.0 + r.Income).ToArray(); // > 0: every measure is defined
            double[] w = rows.Select(r => 1.0 + r.Weight).ToArray();
            double total = w.Sum(), mean = y.Zip(w).Sum(p => p.First * p.Second) / total;
            double Sum(Func<double, double> f) => y.Zip(w).Sum(p => p.Second * f(p.First / mean)) / total;
            void Near(double expected, double actual, string name) =>
                Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{name}: row by row {expected:R}, computed {actual:R}");
            Near(Sum(r => r * Math.Log(r)), GeneralizedEntropy.Theil(y, w), "Theil");
            Near(-Sum(Math.Log), GeneralizedEntropy.MeanLogDeviation(y, w), "MLD");
            Near(Sum(r => r * r - 1) / 2, GeneralizedEntropy.Compute(y, w, 2), "GE(2)");
            Near(Sum(r => Math.Pow(r, -1) - 1) / 2, GeneralizedEntropy.Compute(y, w, -1), "GE(−1)");
            Near(1 - Math.Exp(Sum(Math.Log)), Atkinson.Compute(y, w, 1), "A(1)");
            Near(1 - Math.Pow(Sum(Math.Sqrt), 2), Atkinson.Compute(y, w, 0.5), "A(0.5)");
            Near(1 - 1 / Sum(r => 1 / r), Atkinson.Compute(y, w, 2), "A(2)");
            return true.ToProperty();
        });

    /// <summary>Above 2¹⁶ rows the measures run side by side: still the bits of each method alone, and the same again.</summary>
    [Fact]
    public void Above_the_parallel_threshold_the_profile_is_each_method_alone()
    {
        const int n = 70_000;
        var random = new Random(18);
        double[] y = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 2_000_000)).ToArray();
        double[] w = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 500)).ToArray();
        y[5] = 0; // a zero income: the mean log deviation and A(ε ≥ 1) are unavailable, the rest are given
        InequalityProfile profile = InequalityProfile.ComputeInPlace((double[])y.Clone(), (double[])w.Clone());
        Assert.Equal(Gini.Compute(y, w), profile["gini"].Value);
        Assert.Equal(GeneralizedEntropy.Theil(y, w), profile["theil"].Value);
        Assert.Null(profile["meanLogDeviation"].Value);
        Assert.Equal(Atkinson.Compute(y, w, 0.5), profile["atkinson(0.5)"].Value);
        Assert.Null(profile["atkinson(1)"].Value);
        Assert.Null(profile["atkinson(2)"].Value);
        Assert.Equal(IncomeShares.S80S20(y, w), profile["s80s20"].Value);
        Assert.Equal(IncomeShares.Palma(y, w), profile["palma"].Value);
        Assert.Equal(y.Zip(w).Sum(p => p.First * p.Second) / w.Sum(), profile.Mean, 9);
        for (int run = 0; run < 3; run++)
            Assert.Equal(profile, InequalityProfile.Compute(y, w), ProfileComparer.Instance);
    }

    /// <summary>The Atkinson aversions are checked before the data are touched, and the error names the element.</summary>
    [Fact]
    public void A_bad_aversion_is_named_with_its_index_and_leaves_the_arrays_as_they_were()
    {
        double[] y = [3, 1, 2], w = [1, 1, 1];
        var ex = Assert.Throws<ArgumentException>(() => InequalityProfile.ComputeInPlace(y, w, [0.5, double.NaN]));
        Assert.Equal("atkinsonEpsilons", ex.ParamName);
        Assert.Contains("atkinsonEpsilons[1]", ex.Message);
        Assert.Equal([3.0, 1, 2], y);
    }

    private sealed class ProfileComparer : IEqualityComparer<InequalityProfile>
    {
        public static readonly ProfileComparer Instance = new();

        public bool Equals(InequalityProfile? a, InequalityProfile? b) =>
            a!.Count == b!.Count && a.Mean.Equals(b.Mean) && a.Population.Equals(b.Population) && a.Measures.SequenceEqual(b.Measures);

        public int GetHashCode(InequalityProfile p) => p.Count;
    }
}
