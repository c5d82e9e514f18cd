using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Accountability;

public class AchievementAggregationTests
{
    // Members and printed means by hand from LPPD Tabel 2 / Tabel 3 and the "Capaian Kinerja" rows
    // (docs/methods.md#capaian-mean; all reproduce).
    public static TheoryData<string, decimal[], decimal> ReportedMeans => new()
    {
        { "Tujuan 1 (1768)", [100.37m], 100.37m },
        { "Tujuan 2 (1769)", [99.78m, 100.64m], 100.21m },
        { "Tujuan 3 (1770, Tabel 2)", [118.24m], 118.24m },
        { "Tujuan 4 (1771)", [93.67m, 98.61m, 83.46m], 91.91m },
        { "Sasaran 1 (1781)", [104.68m], 104.68m },
        { "Sasaran 2 (1782)", [98.38m], 98.38m },
        { "Sasaran 3 (1783)", [98.22m, 95.28m, 100.09m], 97.86m },
        { "Sasaran 4 (1784)", [101.20m], 101.20m },
        { "Sasaran 6 (1786)", [94.60m, 99.21m, 90.67m, 173.43m, 103.48m], 112.278m },
        { "Sasaran 7 (1787)", [53.23m, 93.82m], 73.525m },
        { "Sasaran 8 (1788)", [107.28m, 105.92m, 95.56m], 102.92m },
        { "Sasaran 9 (1789)", [-9.43m, 82.02m, 84.65m, 103.12m, 108.03m], 73.678m },
    };

    [Theory]
    [MemberData(nameof(ReportedMeans))]
    public void Reported_means_reproduce_exactly_as_printed(string entity, decimal[] members, decimal printed)
    {
        var r = AchievementAggregation.Mean(members);
        Assert.True(printed == r.Value, $"{entity}: {r.Value}");
        Assert.Equal(ReportRounding.DecimalsOf(printed), r.Decimals);
    }

    [Fact]
    public void Mismatched_means_do_not_reproduce()
    {
        // Tujuan 3's "Capaian Kinerja" row (2661) prints 118,248 % for its one member 118,24 (exact 118,235).
        var t3 = AchievementAggregation.Mean([118.24m]);
        Assert.NotEqual(118.248m, ReportRounding.Round(t3.Unrounded!.Value, 3));
        // Sasaran 5 in Tabel 3 (1785) prints 100,93 %; its one indicator (IKM, line 2763) is 101,47 %.
        Assert.NotEqual(100.93m, AchievementAggregation.Mean([101.47m]).Value);
        // Sasaran 6 with the correct SAKIP capaian 94,59 (not the printed 94,60) no longer gives 112,278.
        Assert.NotEqual(112.278m, AchievementAggregation.Mean([94.59m, 99.21m, 90.67m, 173.43m, 103.48m]).Value);
    }

    [Fact]
    public void The_report_averages_rounded_members_sasaran_9_unrounded_gives_73_680()
    {
        // Sasaran 9 (Tabel 4.4.3.1, lines 3593–3597): T and R by hand.
        AchievementResult[] members =
        [
            Achievement.Compute(2.97m, -0.28m, Polarity.Positive),
            Achievement.Compute(6.73m, 5.52m, Polarity.Positive),
            Achievement.Compute(7.82m, 6.62m, Polarity.Positive),
            Achievement.Compute(3174257m, 3273408m, Polarity.Positive),
            Achievement.Compute(5.73m, 6.19m, Polarity.Positive),
        ];
        var rounded = AchievementAggregation.Mean(members);
        Assert.Equal(73.678m, rounded.Value);
        Assert.Equal(5, rounded.Trace.Parts.Count);
        var unrounded = AchievementAggregation.Mean(members, new AggregationOptions { Members = MemberPrecision.Unrounded });
        Assert.Equal(73.680m, ReportRounding.Round(unrounded.Unrounded!.Value, 3));
        Assert.NotEqual(73.678m, ReportRounding.Round(unrounded.Unrounded!.Value, 3));
    }

    [Fact]
    public void Cap_and_floor_per_member_are_options()
    {
        // docs/methods.md#capaian-mean: capping at 100 gives S6 → 96,896; S9 with floor 0 and cap 100 → 73,334.
        var s6 = AchievementAggregation.Mean([94.60m, 99.21m, 90.67m, 173.43m, 103.48m], new AggregationOptions { MemberCap = 100m });
        Assert.Equal(96.896m, s6.Value);
        var s9 = AchievementAggregation.Mean([-9.43m, 82.02m, 84.65m, 103.12m, 108.03m],
            new AggregationOptions { MemberCap = 100m, MemberFloor = 0m });
        Assert.Equal(73.334m, s9.Value);
    }

    [Fact]
    public void Weights_give_a_weighted_mean()
    {
        // (1·90 + 3·110) / 4 = 105
        var r = AchievementAggregation.Mean([90m, 110m], new AggregationOptions { Weights = [1m, 3m] });
        Assert.Equal(105m, r.Value);
        Assert.Throws<ArgumentException>(() => AchievementAggregation.Mean([90m, 110m], new AggregationOptions { Weights = [1m] }));
        Assert.Throws<ArgumentException>(() => AchievementAggregation.Mean([90m, 110m], new AggregationOptions { Weights = [1m, -1m] }));
        Assert.False(AchievementAggregation.Mean([90m, 110m], new AggregationOptions { Weights = [0m, 0m] }).HasValue);
    }

    [Fact]
    public void Fixed_precision_option_prints_every_mean_at_two_decimals()
    {
        var r = AchievementAggregation.Mean([53.23m, 93.82m], new AggregationOptions { KeepExactExtraDecimal = false });
        Assert.Equal(73.53m, r.Value);
        Assert.Equal(2, r.Decimals);
    }

    [Fact]
    public void A_missing_member_makes_the_mean_missing_or_is_skipped_by_option()
    {
        decimal?[] members = [100m, null, 90m];
        var propagated = AchievementAggregation.Mean(members);
        Assert.False(propagated.HasValue);
        Assert.Null(propagated.Value);
        Assert.Contains("2", propagated.UndefinedReason);
        var skipped = AchievementAggregation.Mean(members, new AggregationOptions { Missing = MissingMemberPolicy.Skip });
        Assert.Equal(95m, skipped.Value);
        Assert.False(AchievementAggregation.Mean([Achievement.Compute(8m, null, Polarity.Positive)]).HasValue);
    }

    [Fact]
    public void Empty_members_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => AchievementAggregation.Mean(ReadOnlySpan<decimal>.Empty));
        Assert.Throws<ArgumentException>(() => AchievementAggregation.Mean(Array.Empty<AchievementResult>()));
    }

    /// <summary>By hand: weights 7·10²⁸ and 1 on 1,005 and 0: the mean is 1,005 − 1,005/(7·10²⁸ + 1) = 1,005 − 1,4·10⁻²⁹,
    /// below the half, so it prints 1,00 (it does not end at the third decimal). The decimal quotient rounded it to
    /// 1,005 exactly, printed as 1,005 (KeepExactExtraDecimal), or 1,01 with two decimals.</summary>
    [Fact]
    public void A_weighted_mean_a_hair_below_a_half_is_rounded_from_the_exact_quotient()
    {
        var options = new AggregationOptions { Members = MemberPrecision.Unrounded, Weights = [70_000_000_000_000_000_000_000_000_000m, 1m] };
        AchievementMeanResult keep = AchievementAggregation.Mean([1.005m, 0m], options);
        Assert.Equal(1.00m, keep.Value);
        Assert.True(keep.Outcome.Unrounded < 1.005m, $"{keep.Outcome.Unrounded}");
        Assert.Equal(1.00m, AchievementAggregation.Mean([1.005m, 0m], options with { KeepExactExtraDecimal = false }).Value);
    }
}
