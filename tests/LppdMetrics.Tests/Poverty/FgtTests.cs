using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Poverty;

namespace LppdMetrics.Tests.Poverty;

public class FgtTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void One_to_ten_at_line_4_counts_strictly_below_as_BPS()
    {
        // By hand: poor are 1, 2, 3 (4 is at the line, not below). Gaps 3/4, 2/4, 1/4.
        // P0 = 3/10; P1 = (0.75 + 0.5 + 0.25)/10 = 0.15; P2 = (0.5625 + 0.25 + 0.0625)/10 = 0.0875.
        FgtResult r = Fgt.Compute(OneToTen, 4.0);
        Assert.Equal(0.3, r.P0, 15);
        Assert.Equal(0.15, r.P1, 15);
        Assert.Equal(0.0875, r.P2, 15);
        Assert.Equal(3.0, r.PoorPopulation);
        Assert.Equal(10.0, r.Population);
    }

    [Fact]
    public void Convey_rule_at_or_below_counts_the_person_at_the_line_but_keeps_P1_P2()
    {
        // docs/methods.md#poverty: y = 1..10, z = 4 gives P0 = 0.40 inclusive; P1 and P2 unchanged.
        FgtResult r = Fgt.Compute(OneToTen, 4.0, PovertyLineRule.AtOrBelow);
        Assert.Equal(0.4, r.P0, 15);
        Assert.Equal(0.15, r.P1, 15);
        Assert.Equal(0.0875, r.P2, 15);
    }

    [Fact]
    public void Weighted_hand_example()
    {
        // y = (1, 2, 5), w = (2, 1, 1), z = 4: W = 4, poor weight 3; gaps 0.75 (w 2) and 0.5 (w 1).
        // P1 = (2·0.75 + 0.5)/4 = 0.5; P2 = (2·0.5625 + 0.25)/4 = 0.34375; FGT(3) = (2·0.421875 + 0.125)/4 = 0.2421875.
        // Watts = (2 ln 4 + ln 2)/4 = 5 ln 2 / 4.
        double[] y = [1, 2, 5], w = [2, 1, 1];
        FgtResult r = Fgt.Compute(y, w, 4.0);
        Assert.Equal(0.75, r.P0, 15);
        Assert.Equal(0.5, r.P1, 15);
        Assert.Equal(0.34375, r.P2, 15);
        Assert.Equal(3.0, r.PoorPopulation);
        Assert.Equal(4.0, r.Population);
        Assert.Equal(0.2421875, Fgt.Index(y, w, 4.0, 3.0), 15);
        Assert.Equal(0.75, Fgt.Index(y, w, 4.0, 0.0), 15);
        Assert.Equal(5 * Math.Log(2) / 4, Watts.Compute(y, w, 4.0), 15);
    }

    [Fact]
    public void Vector_path_and_tail_agree_with_hand_values()
    {
        // 13 values (three vectors of 4 and a tail of 1): 0..12 with z = 6.5, unit weights.
        // Poor: 0..6 → 7 of 13. Σ gaps = Σ_{y=0..6} (6.5 − y)/6.5 = 24.5/6.5.
        double[] y = Enumerable.Range(0, 13).Select(i => (double)i).ToArray();
        FgtResult r = Fgt.Compute(y, 6.5);
        Assert.Equal(7.0 / 13, r.P0, 15);
        Assert.Equal(24.5 / 6.5 / 13, r.P1, 14);
        double squares = Enumerable.Range(0, 7).Sum(i => (6.5 - i) * (6.5 - i)) / (6.5 * 6.5);
        Assert.Equal(squares / 13, r.P2, 14);
    }

    [Fact]
    public void Inputs_are_not_mutated_and_zero_weights_count_for_nothing()
    {
        double[] y = [5, 1, 3, 7, 2], w = [1, 0, 2, 1, 0];
        double[] yCopy = (double[])y.Clone(), wCopy = (double[])w.Clone();
        FgtResult r = Fgt.Compute(y, w, 4.0);
        Assert.Equal(yCopy, y);
        Assert.Equal(wCopy, w);
        Assert.Equal(0.5, r.P0, 15); // only 3 (weight 2) of W = 4 is poor
    }

    [Theory]
    [InlineData(double.NaN, "consumption[2]")]
    [InlineData(double.PositiveInfinity, "consumption[2]")]
    [InlineData(-1.0, "consumption[2]")]
    public void Bad_consumption_is_named_with_its_index(double bad, string expected)
    {
        double[] y = [1, 2, bad, 4, 5, 6], w = [1, 1, 1, 1, 1, 1];
        var ex = Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, w, 3.0));
        Assert.Contains(expected, ex.Message);
        Assert.Equal("consumption", ex.ParamName);
    }

    [Fact]
    public void Bad_weights_line_and_shapes_are_rejected()
    {
        double[] y = [1, 2, 3, 4, 5];
        Assert.Contains("weights[4]", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, [1, 1, 1, 1, -2], 3.0)).Message);
        Assert.Contains("weights[0]", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, [double.NaN, 1, 1, 1, 1], 3.0)).Message);
        Assert.Contains("sum to 0", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, [0, 0, 0, 0, 0], 3.0)).Message);
        Assert.Equal("povertyLine", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, 0.0)).ParamName);
        Assert.Equal("povertyLine", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, double.NaN)).ParamName);
        Assert.Equal("consumption", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute([], 1.0)).ParamName);
        Assert.Equal("weights", Assert.ThrowsAny<ArgumentException>(() => Fgt.Compute(y, [1, 1], 3.0)).ParamName);
        Assert.Equal("alpha", Assert.ThrowsAny<ArgumentException>(() => Fgt.Index(y, [1, 1, 1, 1, 1], 3.0, -1)).ParamName);
    }

    [Fact]
    public void Watts_with_zero_consumption_among_the_poor_is_an_error_naming_the_index()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Watts.Compute([3, 0, 5], [1, 1, 1], 4.0));
        Assert.Contains("consumption[1]", ex.Message);
        var acc = new FgtAccumulator(4.0);
        acc.Add([3, 0, 5], [1, 1, 1]);
        Assert.Null(acc.Watts());
        Assert.Equal(1, acc.ZeroConsumptionPoorCount);
        Assert.Equal(2.0 / 3, acc.Result().P0, 15);
    }

    [Property(MaxTest = 300)]
    public Property Indices_are_ordered_fractions() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(1, 2500), (d, line) =>
        {
            FgtResult r = Fgt.Compute(d.Consumption, d.Weights, line);
            return 0 <= r.P2 && r.P2 <= r.P1 && r.P1 <= r.P0 && r.P0 <= 1;
        });

    [Property(MaxTest = 200)]
    public Property Replicating_records_or_scaling_weights_changes_nothing() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(2, 5), (d, k) =>
        {
            FgtResult r = Fgt.Compute(d.Consumption, d.Weights, 700);
            double[] y = Enumerable.Repeat(d.Consumption, k).SelectMany(a => a).ToArray();
            double[] w = Enumerable.Repeat(d.Weights, k).SelectMany(a => a).ToArray();
            FgtResult replicated = Fgt.Compute(y, w, 700);
            FgtResult scaled = Fgt.Compute(d.Consumption, d.Weights.Select(x => x * k).ToArray(), 700);
            return Same(r, replicated) && Same(r, scaled);
        });

    [Property(MaxTest = 200)]
    public Property Scaling_consumption_and_line_leaves_FGT_unchanged() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(1, 1000), (d, c) =>
        {
            double factor = c / 7.0;
            FgtResult r = Fgt.Compute(d.Consumption, d.Weights, 700);
            FgtResult s = Fgt.Compute(d.Consumption.Select(y => y * factor).ToArray(), d.Weights, 700 * factor);
            return Same(r, s);
        });

    [Property(MaxTest = 200)]
    public Property Any_split_merged_equals_one_pass_bit_for_bit() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(0, 1000), Shrinkers.Choose(0, 1000), (d, a, b) =>
        {
            int cut1 = a % (d.Count + 1), cut2 = Math.Max(cut1, b % (d.Count + 1));
            var whole = new FgtAccumulator(700);
            whole.Add(d.Consumption, d.Weights);
            var parts = new[] { new FgtAccumulator(700), new FgtAccumulator(700), new FgtAccumulator(700) };
            parts[0].Add(d.Consumption.AsSpan(0, cut1), d.Weights.AsSpan(0, cut1));
            parts[1].Add(d.Consumption.AsSpan(cut1, cut2 - cut1), d.Weights.AsSpan(cut1, cut2 - cut1));
            parts[2].Add(d.Consumption.AsSpan(cut2), d.Weights.AsSpan(cut2));
            // Merge in a different order than the data: the result must still be identical.
            parts[2].Merge(parts[0]);
            parts[2].Merge(parts[1]);
            FgtResult one = whole.Result(), merged = parts[2].Result();
            FgtResult fast = Fgt.Compute(d.Consumption, d.Weights, 700);
            return one == merged && whole.Watts() == parts[2].Watts() && whole.Count == parts[2].Count && Same(one, fast);
        });

    [Property(MaxTest = 200)]
    public Property Subgroup_contributions_sum_to_the_total() =>
        Prop.ForAll(Microdata.Arbitrary, d =>
        {
            FgtDecomposition dec = FgtDecomposition.Compute(d.Consumption, d.Weights, d.Groups, 700);
            FgtResult t = Fgt.Compute(d.Consumption, d.Weights, 700);
            bool shares = Math.Abs(dec.Groups.Sum(g => g.PopulationShare) - 1) < 1e-12;
            bool weighted = Microdata.Close(t.P1, dec.Groups.Sum(g => g.PopulationShare * g.Result.P1))
                && Microdata.Close(t.P2, dec.Groups.Sum(g => g.PopulationShare * g.Result.P2));
            bool contributions = t.P0 == 0
                ? dec.Groups.All(g => g.ContributionP0 == 0)
                : Math.Abs(dec.Groups.Sum(g => g.ContributionP0) - 1) < 1e-12 && Math.Abs(dec.Groups.Sum(g => g.ContributionP1) - 1) < 1e-12;
            return shares && weighted && contributions && Same(t, dec.Total);
        });

    [Fact]
    public void Decomposition_by_hand()
    {
        // Group 1: y = (1, 5), w = (1, 1); group 2: y = (2, 3), w = (2, 2); z = 4. W = 6.
        // Poor mass P0: group 1 → 1, group 2 → 4; total 5/6. Contribution of group 2 = 4/5.
        // P1 mass: group 1 → 0.75; group 2 → 2·0.5 + 2·0.25 = 1.5; total 2.25/6 = 0.375; contribution of group 1 = 1/3.
        FgtDecomposition dec = FgtDecomposition.Compute([1, 2, 5, 3], [1, 2, 1, 2], [1, 2, 1, 2], 4.0);
        Assert.Equal(5.0 / 6, dec.Total.P0, 15);
        Assert.Equal(0.375, dec.Total.P1, 15);
        Assert.Equal(["1", "2"], dec.Groups.Select(g => g.Group));
        Assert.Equal(1.0 / 3, dec.Groups[0].PopulationShare, 15);
        Assert.Equal(0.2, dec.Groups[0].ContributionP0, 15);
        Assert.Equal(0.8, dec.Groups[1].ContributionP0, 15);
        Assert.Equal(1.0 / 3, dec.Groups[0].ContributionP1, 15);
        Assert.Equal(0.375, dec.Groups[0].Result.P1, 15);
        Assert.Equal("poverty.fgt.decomposition", dec.Trace.Rule);
        Assert.Equal(2, dec.Trace.Parts.Count);
        Assert.Equal(0.8m, dec.Trace.Steps[1].Value);
    }

    [Fact]
    public void Trace_names_rule_and_inputs()
    {
        FgtResult r = Fgt.Compute(OneToTen, 4.0);
        Assert.Equal("poverty.fgt", r.Trace.Rule);
        Assert.Equal(0.3m, r.Trace.Result);
    }

    private static bool Same(FgtResult a, FgtResult b) =>
        Microdata.Close(a.P0, b.P0) && Microdata.Close(a.P1, b.P1) && Microdata.Close(a.P2, b.P2);
}
