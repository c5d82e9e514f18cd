using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Statistics;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// <see cref="InequalityPrecision.Bootstrap"/> (issue 18: <c>lppd inequality --se bootstrap</c> sorted once, moment
/// measures from PSU totals) against the bootstrap by its definition: <see cref="Bootstrap.EstimateAll"/> with every
/// replicate's whole profile recomputed from scratch by <see cref="InequalityProfile.Compute"/> on the replicate
/// weights. Both draw replicate b from the stream (seed, b), so the replicates are the same and the standard errors
/// must agree to the rounding of the terms; the Gini's must be the bits of <see cref="GiniPrecision.Bootstrap"/>.
/// </summary>
public class InequalityPrecisionTests
{
    internal static readonly double[] Epsilons = [0.5, 1, 2, 3, 40];

    // 6–40 households in 1–3 strata of 2–4 PSUs: income 0–60 (ties; 0 makes the MLD and A(ε ≥ 1) unavailable) plus a
    // spread part, weight 1–9; the incomes divisible by 5 scaled by 2^k, k = 0 or far out (the row-by-row path). Shrinks to fewer, smaller ones.
    private static Arbitrary<((int Income, int Weight, int Stratum, int Psu)[] Rows, int Exponent)> Samples()
    {
        Gen<(int, int, int, int)> row =
            from y in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 60)))
            from w in Gen.Choose(1, 9)
            from h in Gen.Choose(0, 2)
            from p in Gen.Choose(0, 3)
            select (y, w, h, p);
        int[] exponents = [0, 0, 0, 500, -520, 1015, -1060];
        return Arb.From(
            from n in Gen.Choose(6, 40)
            from rows in row.ArrayOf(n)
            from k in Gen.Elements(exponents)
            select (rows, k),
            s => Shrinkers.Array(s.rows, r => Shrinkers.Int(r.Item1, 1).Select(y => (y, r.Item2, r.Item3, r.Item4))
                    .Concat(Shrinkers.Int(r.Item2, 1).Select(w => (r.Item1, w, r.Item3, r.Item4))), minLength: 6)
                .Select(rows => (rows, s.k))
                .Concat(Shrinkers.Earlier(s.k, exponents).Select(k => (s.rows, k))));
    }

    // Every stratum needs at least two PSUs for the Rao–Wu bootstrap: a stratum of one row joins stratum 0 (which has
    // the first rows), and a stratum whose rows share one PSU alternates them between two.
    private static (double[] Y, double[] W, SurveyDesign Design) Data(((int Income, int Weight, int Stratum, int Psu)[] Rows, int Exponent) s)
    {
        var rows = s.Rows.Select((r, i) => (r.Income, r.Weight, Stratum: i < 2 ? 0 : r.Stratum, r.Psu)).ToArray();
        rows = rows.Select(r => rows.Count(o => o.Stratum == r.Stratum) < 2 ? r with { Stratum = 0 } : r).ToArray();
        rows = rows.Select((r, i) => rows.Where(o => o.Stratum == r.Stratum).Select(o => o.Psu).Distinct().Count() < 2
            ? r with { Psu = rows.Take(i).Count(o => o.Stratum == r.Stratum) % 2 } : r).ToArray();
        // Far out, only the incomes divisible by 5 are scaled: the others are then 2^±500 from the mean.
        double[] y = rows.Select(r => Math.ScaleB(r.Income + (r.Income % 7) / 8.0, r.Income % 5 == 0 ? s.Exponent : 0)).ToArray();
        // Far out, the weights divisible by 4 are scaled too (by 2^-k/2): 2^±500 from the others, some subnormal beside 1.
        double[] w = rows.Select(r => Math.ScaleB((double)r.Weight, r.Weight % 4 == 0 ? -s.Exponent / 2 : 0)).ToArray();
        int[] strata = rows.Select(r => r.Stratum).ToArray();
        int[] psu = rows.Select(r => r.Stratum * 10 + r.Psu).ToArray();
        return (y, w, SurveyDesign.Create<int>(strata, psu));
    }

    // The bootstrap by its definition: each replicate's profile from scratch, one measure at a time. A measure undefined
    // on a replicate (or a replicate with no income at all) is marked and stood in for by its full-sample estimate; a
    // measure whose interval exceeds a double (a ratio near 1.8e308) is marked too. Marked ones must have no standard error.
    internal static (PrecisionEstimate? Estimate, bool Undefined)[] ByDefinition(double[] y, double[] w, SurveyDesign design, BootstrapOptions options, out InequalityProfile full)
    {
        full = InequalityProfile.Compute(y, w, Epsilons);
        var byMeasure = new (PrecisionEstimate?, bool)[full.Measures.Count];
        for (int k = 0; k < byMeasure.Length; k++)
        {
            InequalityMeasure measure = full.Measures[k];
            if (measure.Value is not double estimate)
                continue;
            bool undefined = false;
            try
            {
                PrecisionEstimate e = Bootstrap.Estimate(w, design, r =>
                {
                    double? value = null;
                    try
                    {
                        value = InequalityProfile.Compute(y, r, Epsilons)[measure.Name].Value;
                    }
                    catch (ArgumentException)
                    {
                    }
                    if (value is null)
                        undefined = true;
                    return value ?? estimate;
                }, options with { MaxDegreeOfParallelism = 1 });
                byMeasure[k] = (e, undefined);
            }
            catch (InvalidOperationException)
            {
                byMeasure[k] = (null, true); // its interval exceeds a double
            }
        }
        return byMeasure;
    }

    [Property(MaxTest = 150)]
    public Property Standard_errors_are_those_of_the_bootstrap_by_definition() =>
        Prop.ForAll(Samples(), s =>
        {
            (double[] y, double[] w, SurveyDesign design) = Data(s);
            if (!y.Any(v => v > 0))
                return true.Label("no income: refused by both (checked elsewhere)");
            // A product wᵢyᵢ below 2^-900 of the largest: a replicate made of such rows alone underflows in the
            // definition's own sums (InequalityProfile.Compute refuses it as "income sums to 0"), so it is no reference there.
            double largest = y.Zip(w).Max(p => p.First * p.Second);
            if (y.Zip(w).Any(p => p.First * p.Second > 0 && p.First * p.Second < Math.ScaleB(largest, -900)) || y.Any(v => v > 0 && !double.IsNormal(v)))
                return true.Label("products below 2^-900 of the largest: no reference");
            var options = new BootstrapOptions { Replicates = 24, Seed = 5 };
            (PrecisionEstimate? Estimate, bool Undefined)[] reference = ByDefinition(y, w, design, options, out InequalityProfile full);
            IReadOnlyList<InequalityMeasurePrecision> fast = InequalityPrecision.Bootstrap(y, w, design, Epsilons, options);
            Assert.Equal(reference.Length, fast.Count);
            for (int k = 0; k < reference.Length; k++)
            {
                string name = full.Measures[k].Name;
                Assert.Equal(name, fast[k].Name);
                if (reference[k].Estimate is not { } expected || reference[k].Undefined)
                {
                    Assert.True(fast[k].Estimate is null && fast[k].Unavailable is not null,
                        $"{name}: undefined on the full sample or a replicate, but bootstrapped");
                    continue;
                }
                PrecisionEstimate got = fast[k].Estimate ?? throw new Xunit.Sdk.XunitException($"{name}: no estimate ({fast[k].Unavailable})");
                Assert.Equal(expected.Estimate, got.Estimate);
                // Both sides carry an absolute rounding of a few ulp of max(1, value): the definition's terms ln(y/μ_b) and
                // 1 − ede/μ_b round μ_b, the kernel's ln ρ rounds ρ = W_b/R_b. Where the measure is itself that small (a
                // weight 2^260 on one income, MLD 1e-79), neither side's SE means more than that rounding.
                double tolerance = 1e-9 * expected.StandardError + 1e-14 * Math.Max(1.0, Math.Abs(expected.Estimate));
                Assert.True(Math.Abs(expected.StandardError - got.StandardError) <= tolerance,
                    $"{name}: SE by definition {expected.StandardError:R}, sorted once {got.StandardError:R}");
            }
            return true.ToProperty();
        });

    /// <summary>
    /// The case CI's seed (7371809108822723363, 8648599084131476541, 82) shrank to, session 12: in replicate 13 the rows of
    /// income 0 weigh 0.4 of the replicate's weight to within the rounding of its doubles (checked below in exact rationals), so L(0.4) = 0 and the
    /// Palma is undefined. Summed in another order, their weight fell one ulp short of 0.4·W, and the next row's
    /// partial term alone, (0.4·W − C)·1.125 ≈ 5e-15, made the bootstrap's Palma of that replicate about 4e15 (an SE
    /// of 4.2e14). A difference within the rounding of the weights is now no weight, by either order.
    /// </summary>
    [Fact]
    public void A_bottom_share_that_is_zero_to_within_the_rounding_of_the_weights_leaves_the_Palma_undefined()
    {
        (int, int, int, int)[] rows = [(1, 1, 1, 1), (0, 4, 2, 2), (1, 1, 1, 1), (0, 3, 2, 2), (1, 1, 1, 2), (1, 5, 1, 0), (1, 1, 2, 0),
            (1, 5, 1, 3), (1, 1, 0, 3), (1, 6, 1, 1), (0, 2, 1, 0), (1, 2, 2, 3), (1, 2, 1, 0), (1, 1, 2, 1), (1, 2, 2, 2), (0, 5, 1, 1),
            (1, 8, 1, 1), (1, 8, 1, 2)];
        (double[] y, double[] w, SurveyDesign design) = Data((rows, 0));
        var options = new BootstrapOptions { Replicates = 24, Seed = 5, MaxDegreeOfParallelism = 1 };
        int replicate = 0, exactlyAtTheBoundary = 0, undefined = 0;
        Bootstrap.Estimate(w, design, r =>
        {
            double[] weights = r.ToArray();
            LppdMetrics.Numbers.ExactRational zeros = LppdMetrics.Numbers.ExactRational.Of(0m), total = zeros;
            for (int i = 0; i < y.Length; i++)
            {
                var exact = LppdMetrics.Numbers.ExactRational.OfBinary(weights[i]);
                total += exact;
                if (y[i] == 0)
                    zeros += exact;
            }
            // |C₀ − 0.4·W| in exact arithmetic of the replicate's doubles, against the rounding of 19 running sums of
            // weights near 0.4·W = 29.3: 19·2⁻⁵²·29.3 ≈ 1.2e-13 (the replicate weights are thirds rounded to doubles).
            decimal gap = Math.Abs((zeros - total * LppdMetrics.Numbers.ExactRational.Of(0.4m)).ToDecimal());
            if (gap < 1e-13m && zeros.ToDecimal() > 0)
                exactlyAtTheBoundary++;
            if (InequalityProfile.Compute(y, weights, Epsilons)["palma"].Value is null)
                undefined++;
            replicate++;
            return 0;
        }, options);
        Assert.Equal(25, replicate); // the full sample and 24 replicates
        Assert.Equal(1, exactlyAtTheBoundary);
        Assert.Equal(1, undefined);
        InequalityMeasurePrecision palma = InequalityPrecision.Bootstrap(y, w, design, Epsilons, options).Single(m => m.Name == "palma");
        Assert.Null(palma.Estimate);
        Assert.Contains("undefined", palma.Unavailable);
    }

    [Property(MaxTest = 60)]
    public Property The_Gini_is_the_bits_of_GiniPrecision_on_any_number_of_cores() =>
        Prop.ForAll(Samples(), s =>
        {
            (double[] y, double[] w, SurveyDesign design) = Data(s);
            if (!y.Any(v => v > 0))
                return true.Label("no income");
            foreach (SurveyDesign d in new[] { design, SurveyDesign.SimpleRandomSample(y.Length) })
            {
                var one = new BootstrapOptions { Replicates = 30, Seed = 11, MaxDegreeOfParallelism = 1 };
                PrecisionEstimate gini;
                try
                {
                    gini = GiniPrecision.Bootstrap(y, w, d, one);
                }
                catch (ArgumentException)
                {
                    continue; // a replicate that drew no income
                }
                IReadOnlyList<InequalityMeasurePrecision> a = InequalityPrecision.Bootstrap(y, w, d, Epsilons, one);
                IReadOnlyList<InequalityMeasurePrecision> b = InequalityPrecision.Bootstrap(y, w, d, Epsilons, one with { MaxDegreeOfParallelism = 2 });
                Assert.Equal(gini.StandardError, a[0].Estimate!.StandardError);
                Assert.Equal(a.Select(e => e.Estimate?.StandardError), b.Select(e => e.Estimate?.StandardError));
                Assert.Equal(a.Select(e => e.Unavailable), b.Select(e => e.Unavailable));
            }
            return true.ToProperty();
        });

    /// <summary>
    /// The case CI's property run found (seed 1488820424945704600,18151202589513452875, shrunk): five incomes 1.125 on
    /// weight 1 and one income 7 on weight 2^263. Every replicate's MLD is at most Σ m·ln(7/1.125)/W_b ≤ 8·5·1.83/2^263
    /// (1.5e-78), so its true SE is below that; both the definition and the kernel carry an absolute rounding of a few
    /// ulp of 1 (μ_b and ρ rounded), so each SE must be within 1e-14 of 0 — and the kernel's was 1.1e-16, not 1.4e-79,
    /// which the old relative tolerance refused.
    /// </summary>
    [Fact]
    public void A_measure_near_zero_is_zero_to_within_the_rounding_of_one()
    {
        double[] y = [1.125, 1.125, 1.125, 1.125, 1.125, 7];
        double[] w = [1, 1, 1, 1, 1, Math.ScaleB(8.0, 260)];
        SurveyDesign design = SurveyDesign.Create<int>([0, 0, 0, 0, 0, 0], [2, 3, 0, 1, 2, 2]);
        var options = new BootstrapOptions { Replicates = 24, Seed = 5 };
        (PrecisionEstimate? Estimate, bool Undefined)[] reference = ByDefinition(y, w, design, options, out InequalityProfile full);
        IReadOnlyList<InequalityMeasurePrecision> fast = InequalityPrecision.Bootstrap(y, w, design, Epsilons, options);
        int mld = full.Measures.ToList().FindIndex(m => m.Name == "meanLogDeviation");
        Assert.InRange(full.Measures[mld].Value!.Value, 0, 1.5e-78);
        Assert.InRange(reference[mld].Estimate!.StandardError, 0, 1e-14);
        Assert.InRange(fast[mld].Estimate!.StandardError, 0, 1e-14);
    }

    /// <summary>
    /// A hand-checkable case: two strata of two PSUs, one row each, equal weights. Every Rao–Wu replicate of a stratum
    /// with n_h = 2 draws one PSU twice or each once; the multiplier is (2/1)·(times drawn)… so each replicate gives
    /// every row weight 0, 2 or 4 — the replicate Theil is then the Theil of the drawn rows, which the definition recomputes.
    /// </summary>
    [Fact]
    public void Four_households_in_two_strata_give_the_bootstrap_by_definition()
    {
        double[] y = [100, 300, 200, 600];
        double[] w = [1, 1, 1, 1];
        SurveyDesign design = SurveyDesign.Create<int>([1, 1, 2, 2], [1, 2, 3, 4]);
        var options = new BootstrapOptions { Replicates = 50, Seed = 3 };
        (PrecisionEstimate? Estimate, bool Undefined)[] reference = ByDefinition(y, w, design, options, out InequalityProfile full);
        IReadOnlyList<InequalityMeasurePrecision> fast = InequalityPrecision.Bootstrap(y, w, design, Epsilons, options);
        for (int k = 0; k < full.Measures.Count; k++)
        {
            Assert.False(reference[k].Undefined);
            Assert.Equal(reference[k].Estimate!.StandardError, fast[k].Estimate!.StandardError, 1e-12);
        }
        // Theil of the full sample by hand: μ = 300; Σ r ln r / 4 with r = 1/3, 1, 2/3, 2.
        double theil = (1 / 3.0 * Math.Log(1 / 3.0) + 0 + 2 / 3.0 * Math.Log(2 / 3.0) + 2 * Math.Log(2)) / 4;
        Assert.Equal(theil, fast[1].Estimate!.Estimate, 14);
    }
}
