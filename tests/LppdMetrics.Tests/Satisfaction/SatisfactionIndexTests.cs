using LppdMetrics.Bands;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.Satisfaction;

namespace LppdMetrics.Tests.Satisfaction;

public class SatisfactionIndexTests
{
    /// <summary>A tally in which each group of respondents gives the same answer to all nine elements.</summary>
    private static SatisfactionTally Uniform(params (byte Answer, int Respondents)[] groups)
    {
        var bytes = new List<byte>();
        foreach (var (answer, n) in groups)
            for (int i = 0; i < n * SatisfactionTally.ElementCount; i++)
                bytes.Add(answer);
        var tally = new SatisfactionTally();
        tally.Add(bytes.ToArray());
        return tally;
    }

    [Fact]
    public void Hand_checked_example_with_an_unanswered_element()
    {
        byte[] answers =
        [
            4, 4, 4, 4, 4, 4, 4, 4, 4,
            3, 3, 3, 3, 3, 3, 3, 3, 3,
            2, 3, 4, 1, 2, 3, 4, 1, 2,
            0, 4, 4, 4, 4, 4, 4, 4, 4,   // U1 not answered
        ];
        var tally = new SatisfactionTally();
        tally.Add(answers);
        SatisfactionResult r = SatisfactionIndex.Compute(tally);
        // U1 = 9/3 = 3; U2 = 14/4 = 3.5; U3 = 15/4 = 3.75; U4 = 12/4 = 3; U5 = 13/4 = 3.25; U6..U9 likewise.
        Assert.Equal([3m, 3.5m, 3.75m, 3m, 3.25m, 3.5m, 3.75m, 3m, 3.25m], r.Elements.Select(e => e.MeanScore));
        Assert.Equal(3, r.Elements[0].Answered);
        Assert.Equal(1, r.Elements[0].Unanswered);
        Assert.Equal(4, r.Respondents);
        // Σ NRR = 30; IKM = 30/9 = 3.333…; converted 83.333… → B Baik.
        Assert.Equal(3.3333333333m, ReportRounding.Round(r.Index, 10));
        Assert.Equal(83.3333333333m, ReportRounding.Round(r.Converted, 10));
        Assert.Equal("B", r.Quality);
        Assert.Equal("Baik", r.Performance);
        Assert.Contains("1 unanswered", r.Trace.ToText());
        // Printed weight 0,111: 30 × 0.111 = 3.33, converted 83.25.
        var printed = SatisfactionIndex.Compute(tally, new SatisfactionOptions { Weighting = SatisfactionWeighting.PrintedThreeDecimals });
        Assert.Equal(3.33m, printed.Index);
        Assert.Equal(83.25m, printed.Converted);
    }

    // Each row: respondents answering 1..4 on every element, the exact converted IKM (= 25 × mean answer), the band.
    // 2.5996 = 6499/2500; 2.6 = 13/5; 3.064 = 383/125; 3.0644 = 7661/2500; 3.532 = 883/250; 3.5324 = 8831/2500;
    // 3.5322 = 17661/5000 (a gap value); 3.53216 = 88304/25000 (rounds down).
    [Theory]
    [InlineData(2500, 0, 0, 0, "25", "D", "Tidak Baik")]
    [InlineData(0, 1001, 1499, 0, "64.99", "D", "Tidak Baik")]
    [InlineData(0, 2, 3, 0, "65.00", "C", "Kurang Baik")]
    [InlineData(0, 0, 117, 8, "76.60", "C", "Kurang Baik")]
    [InlineData(0, 0, 2339, 161, "76.61", "B", "Baik")]
    [InlineData(0, 0, 117, 133, "88.30", "B", "Baik")]
    [InlineData(0, 0, 11696, 13304, "88.304", "B", "Baik")]
    [InlineData(0, 0, 2339, 2661, "88.305", "A", "Sangat Baik")]
    [InlineData(0, 0, 1169, 1331, "88.31", "A", "Sangat Baik")]
    [InlineData(0, 0, 0, 7, "100", "A", "Sangat Baik")]
    public void Band_edges_from_both_sides(int ones, int twos, int threes, int fours, string converted, string quality, string performance)
    {
        SatisfactionResult r = SatisfactionIndex.Compute(Uniform((1, ones), (2, twos), (3, threes), (4, fours)));
        Assert.Equal(decimal.Parse(converted, System.Globalization.CultureInfo.InvariantCulture), r.Converted);
        Assert.Equal(quality, r.Quality);
        Assert.Equal(performance, r.Performance);
    }

    [Theory]
    [InlineData("64.994", "D")]
    [InlineData("64.995", "C")]
    [InlineData("76.604", "C")]
    [InlineData("76.605", "B")]
    [InlineData("88.304", "B")]
    [InlineData("88.305", "A")]
    public void Gaps_close_by_rounding_to_2_decimals_by_default(string converted, string quality)
    {
        decimal v = decimal.Parse(converted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(quality, SatisfactionBandTable.PermenPanRb14Of2017.Classify(v).Grade);
    }

    [Theory]
    [InlineData("64.995", "D")]
    [InlineData("65.00", "C")]
    [InlineData("76.609", "C")]
    [InlineData("88.305", "B")]
    [InlineData("88.31", "A")]
    public void Gaps_belong_to_the_band_below_with_lower_bounds_closing(string converted, string quality)
    {
        decimal v = decimal.Parse(converted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(quality, SatisfactionBandTable.PermenPanRb14Of2017.With(BandGapPolicy.LowerBand).Classify(v).Grade);
    }

    [Fact]
    public void Printed_weight_0_111_moves_all_NRR_3_535_from_A_to_B()
    {
        // docs/methods.md#ikm: all NRR = 3.535 (= 707/200: 107 fours and 93 threes) gives 88.375 (A) with
        // 1/9 but 3.535 × 9 × 0.111 × 25 = 88.286625 (B) with the printed weight.
        SatisfactionTally tally = Uniform((3, 93), (4, 107));
        SatisfactionResult exact = SatisfactionIndex.Compute(tally);
        SatisfactionResult printed = SatisfactionIndex.Compute(tally, new SatisfactionOptions { Weighting = SatisfactionWeighting.PrintedThreeDecimals });
        Assert.Equal(88.375m, exact.Converted);
        Assert.Equal("A", exact.Quality);
        Assert.Equal(88.286625m, printed.Converted);
        Assert.Equal("B", printed.Quality);
        Assert.Equal("Baik", printed.Performance);
    }

    [Fact]
    public void Printed_weight_with_all_answers_1_stays_in_band_D()
    {
        SatisfactionResult r = SatisfactionIndex.Compute(Uniform((1, 3)), new SatisfactionOptions { Weighting = SatisfactionWeighting.PrintedThreeDecimals });
        Assert.Equal(24.975m, r.Converted);
        Assert.Equal("D", r.Quality);
    }

    [Fact]
    public void Pooled_over_respondents_and_mean_of_unit_indices_differ()
    {
        // Unit 1: one respondent, all 4 (IKM 4). Unit 2: three respondents, all 2 (IKM 2).
        SatisfactionTally u1 = Uniform((4, 1)), u2 = Uniform((2, 3));
        SatisfactionResult pooled = SatisfactionIndex.PooledOverRespondents([u1, u2]);
        // Pooled: (4 + 3 × 2) / 4 = 2.5 → 62.5 → D.
        Assert.Equal(2.5m, pooled.Index);
        Assert.Equal(62.5m, pooled.Converted);
        Assert.Equal("D", pooled.Quality);
        Assert.Equal(4, pooled.Respondents);
        // Mean of unit indices: (4 + 2) / 2 = 3 → 75 → C.
        SatisfactionMeanOfUnitsResult mean = SatisfactionIndex.MeanOfUnitIndices([SatisfactionIndex.Compute(u1), SatisfactionIndex.Compute(u2)]);
        Assert.Equal(3m, mean.Index);
        Assert.Equal(75m, mean.Converted);
        Assert.Equal("C", mean.Quality);
        Assert.Equal(2, mean.Trace.Parts.Count);
        Assert.Equal(1, u1.Respondents);   // pooling does not change the units
    }

    [Fact]
    public void Bad_input_is_rejected_with_index_respondent_and_element()
    {
        var tally = new SatisfactionTally();
        byte[] answers = [.. Enumerable.Repeat((byte)3, 18)];
        answers[13] = 5;
        var ex = Assert.Throws<ArgumentException>(() => tally.Add(answers));
        Assert.Contains("answers[13] is 5", ex.Message);
        Assert.Contains("respondent 1, element U5", ex.Message);
        Assert.Equal(0, tally.Respondents);
        Assert.Throws<ArgumentException>(() => tally.Add(new byte[10]));
        Assert.Throws<ArgumentException>(() => SatisfactionIndex.Compute(new SatisfactionTally()));
        var noU3 = new SatisfactionTally();
        noU3.Add([4, 4, 0, 4, 4, 4, 4, 4, 4]);
        var ex2 = Assert.Throws<ArgumentException>(() => SatisfactionIndex.Compute(noU3));
        Assert.Contains("U3", ex2.Message);
        Assert.Throws<ArgumentException>(() => SatisfactionIndex.MeanOfUnitIndices([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Count(10, 1));
    }

    [Fact]
    public void Band_tables_must_be_contiguous_at_their_precision()
    {
        Assert.Throws<ArgumentException>(() => new BandTable<string>("bad", "test",
            [new("D", "x", 25m, 64.99m), new("C", "y", 65.01m, 100m)], 2, BandGapPolicy.RoundToPrintedPrecision));
        Assert.Throws<ArgumentException>(() => new BandTable<string>("bad", "test", [], 2, BandGapPolicy.LowerBand));
    }

    // ---- properties: random answer matrices from Gen.Choose (first respondent answers everything)

    // Fewer respondents (never the first), then one answer lowered (toward 1 for the first respondent, 0 for the rest).
    private static IEnumerable<byte[]> ShrinkAnswers(byte[] answers)
    {
        int k = SatisfactionTally.ElementCount;
        for (int r = answers.Length / k - 1; r >= 1; r--)
            yield return [.. answers[..(r * k)], .. answers[((r + 1) * k)..]];
        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] <= (i < k ? 1 : 0)) continue;
            var lower = (byte[])answers.Clone();
            lower[i]--;
            yield return lower;
        }
    }

    private static readonly Gen<byte[]> AnswersGen =
        Gen.Choose(1, 40).SelectMany(n =>
            Gen.Choose(1, 4).ArrayOf(SatisfactionTally.ElementCount).SelectMany(first =>
                Gen.Choose(0, 4).ArrayOf((n - 1) * SatisfactionTally.ElementCount).Select(rest =>
                    first.Concat(rest).Select(x => (byte)x).ToArray())));

    [Property(MaxTest = 300)]
    public Property Satisfaction_lies_between_the_smallest_and_largest_NRR() =>
        Prop.ForAll(Arb.From(AnswersGen, ShrinkAnswers), answers =>
        {
            var tally = new SatisfactionTally();
            tally.Add(answers);
            SatisfactionResult r = SatisfactionIndex.Compute(tally);
            return r.Index >= r.Elements.Min(e => e.MeanScore) && r.Index <= r.Elements.Max(e => e.MeanScore)
                && r.Converted >= 25 && r.Converted <= 100;
        });

    [Property(MaxTest = 100)]
    public Property All_answers_k_give_IKM_k_and_converted_25k() =>
        Prop.ForAll(Shrinkers.Choose(1, 4), Shrinkers.Choose(1, 500), (k, n) =>
        {
            SatisfactionResult r = SatisfactionIndex.Compute(Uniform(((byte)k, n)));
            return r.Index == k && r.Converted == 25 * k && r.Elements.All(e => e.MeanScore == k && e.Answered == n);
        });

    [Property(MaxTest = 100)]
    public Property Tallies_merge_exactly() =>
        Prop.ForAll(Arb.From(AnswersGen, ShrinkAnswers), Arb.From(AnswersGen, ShrinkAnswers), (a, b) =>
        {
            var ta = new SatisfactionTally(); ta.Add(a);
            var tb = new SatisfactionTally(); tb.Add(b);
            var all = new SatisfactionTally(); all.Add([.. a, .. b]);
            SatisfactionResult pooled = SatisfactionIndex.PooledOverRespondents([ta, tb]);
            SatisfactionResult once = SatisfactionIndex.Compute(all);
            return pooled.Index == once.Index && pooled.Respondents == a.Length / 9 + b.Length / 9;
        });
}
