using LppdMetrics.Bands;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Spm;

namespace LppdMetrics.Tests.Spm;

public class SpmIndexTests
{
    private static SpmService Service(string name, decimal t, decimal r, params SpmQualityGroup[] groups) =>
        new(name, new SpmMeasure(t, r), groups);

    private static SpmQualityGroup Group(string? name, params (decimal T, decimal R)[] items) =>
        new(name, items.Select(i => new SpmMeasure(i.T, i.R)).ToArray());

    [Theory]
    [InlineData(0, 0, 100)]          // target 0 counts as 100 (13 rows of the report)
    [InlineData(0, 5, 100)]          // target 0 with a realisation: still 100, noted
    [InlineData(100, 102.24, 100)]   // SD APK 102,24 / 100 printed 100,00 (capped)
    [InlineData(248, 186, 75)]       // 186/248 = 0.75
    [InlineData(8, 1, 12.5)]
    [InlineData(5, 0, 0)]
    public void Achievement_is_capped_ratio_times_100_with_target_0_as_100(decimal t, decimal r, decimal expected) =>
        Assert.Equal(expected, SpmIndex.Achievement(t, r).Achievement);

    // A = 1/3 × 100, B = 8003/12000 × 100: I = 0,8 × 100/3 + 0,2 × 8003/120 = 80/3 + 8003/600 = 24003/600 = 40,005
    // exactly, which rounds half up to 40,01. From the 28-place quotients (33,33…33 and 66,69…67) the sum was
    // 40,004999…998 and printed 40,00.
    [Fact]
    public void A_service_index_exactly_on_a_half_rounds_up()
    {
        var r = SpmIndex.Compute(new SpmAffair("U", [Service("S", 3, 1, Group(null, (12000, 8003)))]));
        Assert.Equal(40.005m, r.Services[0].Index);
        Assert.Equal(40.01m, r.Services[0].Value);
        Assert.Equal(40.01m, r.Value);
    }

    // A = 7/12 × 100, B = mean(1/3 × 100, 100) = 200/3: I = 0,8 × 175/3 + 0,2 × 200/3 = 140/3 + 40/3 = 60 exactly, the
    // lower bound of TUNTAS MADYA (20-point bands). From the 28-place values it was 59,999…997, TUNTAS PRATAMA.
    [Fact]
    public void A_service_index_exactly_on_a_band_bound_takes_that_band()
    {
        var r = SpmIndex.Compute(new SpmAffair("U", [Service("S", 12, 7, Group(null, (3, 1), (1, 1)))]));
        Assert.Equal(60m, r.Unrounded);
        Assert.Equal("TUNTAS MADYA", r.Category.Label);
    }

    // A = (1,8·10^28 − 1) / (3·10^28) × 100 = 60 − 3,3·10^−27, B = 3/5 × 100 = 60: I = 60 − 2,7·10^−27 < 60, so TUNTAS
    // PRATAMA although it prints 60,00 (the nearest 27-place decimal would be 60 and TUNTAS MADYA).
    [Fact]
    public void A_service_index_a_hair_below_a_band_bound_stays_below_it()
    {
        var r = SpmIndex.Compute(new SpmAffair("U", [Service("S", 30000000000000000000000000000m, 17999999999999999999999999999m, Group(null, (5, 3)))]));
        Assert.Equal(60.00m, r.Value);
        Assert.True(r.Unrounded < 60m);
        Assert.Equal("TUNTAS PRATAMA", r.Category.Label);
    }

    // R < T with R × 100 beyond a decimal (R = 10^27, T = 7·10^28): R / T × 100 = 100/70 = 1,428571… → 1,43. It
    // overflowed (exit 3 in the CLI).
    [Fact]
    public void A_large_realisation_below_its_target_does_not_overflow()
    {
        SpmAchievementResult a = SpmIndex.Achievement(70000000000000000000000000000m, 1000000000000000000000000000m);
        Assert.Equal(1.43m, a.Value);
    }

    [Fact]
    public void Service_index_is_0_8_A_plus_0_2_B_by_hand()
    {
        // A = 3/4 = 75; groups: (50 + 100)/2 = 75 and (100) → B = (75 + 100)/2 = 87.5; I = 60 + 17.5 = 77.5.
        var u = new SpmAffair("U", [Service("S", 4, 3, Group("G1", (2, 1), (3, 4)), Group("G2", (0, 0)))]);
        SpmAffairResult r = SpmIndex.Compute(u);
        SpmServiceResult s = r.Services[0];
        Assert.Equal(75m, s.Recipients.Achievement);
        Assert.Equal(75m, s.Quality.Groups[0].Achievement);
        Assert.Equal(100m, s.Quality.Groups[1].Achievement);
        Assert.Equal(87.5m, s.Quality.Achievement);
        Assert.Equal(77.5m, s.Index);
        Assert.Equal(77.5m, r.Index);
        // Pooled items: (50 + 100 + 100)/3 = 83.33…; I = 60 + 16.666… = 76.666…
        var pooled = SpmIndex.Compute(u, new SpmOptions { QualityAveraging = SpmQualityAveraging.PooledItems });
        Assert.Equal(76.67m, pooled.Rounded);
        Assert.Contains("spm.service", s.Trace.ToText());
        Assert.Equal(["spm.capaian", "spm.quality"], s.Trace.Parts.Select(p => p.Rule));
    }

    [Fact]
    public void Service_without_quality_items_has_B_100()
    {
        var r = SpmIndex.Compute(new SpmAffair("U", [Service("S", 10, 5)]));
        Assert.Equal(100m, r.Services[0].Quality.Achievement);
        Assert.Equal(60m, r.Index);   // 0.8 × 50 + 0.2 × 100
    }

    [Fact]
    public void Paripurna_is_decided_on_the_unrounded_index()
    {
        // 0.8 × 99.9991 + 0.2 × 100 = 99.99928 prints as 100,00 but is Utama.
        var r = SpmIndex.Compute(new SpmAffair("U", [Service("S", 1_000_000, 999_991)]));
        Assert.Equal(100.00m, r.Rounded);
        Assert.Equal("TUNTAS UTAMA", r.Category.Label);
        Assert.Equal("TUNTAS PARIPURNA", SpmIndex.Compute(new SpmAffair("U", [Service("S", 5, 5)])).Category.Label);
    }

    [Fact]
    public void Bad_input_throws_naming_the_path()
    {
        var negative = new SpmAffair("U", [Service("S", 4, 3), Service("T", 4, 3, Group(null, (1, 1), (2, -1)))]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SpmIndex.Compute(negative));
        Assert.Contains("urusan.Services[1].QualityGroups[0].Items[1].Realized", ex.Message);
        Assert.Contains("-1", ex.Message);

        var noRecipients = new SpmAffair("U", [new SpmService("S", null!, [])]);
        var ex2 = Assert.Throws<ArgumentException>(() => SpmIndex.Compute(noRecipients));
        Assert.Contains("urusan.Services[0].Recipients", ex2.Message);

        Assert.Throws<ArgumentException>(() => SpmIndex.Compute(new SpmAffair("U", [])));
        var strayService = new SpmAffair("U", [Service("S", 1, 1) with { SubAffair = "X" }], ["Y"]);
        Assert.Throws<ArgumentException>(() => SpmIndex.Compute(strayService));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpmIndex.Achievement(-1, 0));
    }

    [Fact]
    public void Category_tables_validate_their_bands()
    {
        Assert.Throws<ArgumentException>(() => new BandTable<string>("x", "x", [], 2, BandGapPolicy.LowerBand));
        Assert.Throws<ArgumentException>(() => new BandTable<string>("x", "x", [new("A", "A", 0, null), new("B", "B", 0, null)], 2, BandGapPolicy.LowerBand));
        // An index below the table's minimum is an error, not the lowest category.
        var fromTen = new BandTable<string>("x", "x", [new("A", "A", 10, null)], 2, BandGapPolicy.LowerBand, minimum: 10m);
        Assert.Throws<ArgumentOutOfRangeException>(() => fromTen.Classify(9.99m, "index"));
        Assert.Equal("TUNTAS MUDA", SpmCategoryTable.TenPointBands.Classify(60m).Label);
        Assert.Equal("BELUM TUNTAS", SpmCategoryTable.TenPointBands.Classify(59.999m).Label);
        Assert.Equal("TUNTAS MUDA", SpmCategoryTable.TwentyPointBands.Classify(20m).Label);
        Assert.Equal("BELUM TUNTAS", SpmCategoryTable.TwentyPointBands.Classify(19.99m).Label);
    }

    // ---- properties over random urusan built from small integers (no NaN, no infinities)

    private static readonly Gen<(int T, int R)> MeasureGen =
        Gen.Choose(0, 50).SelectMany(t => Gen.Choose(0, 60).Select(r => (t, r)));

    private static readonly Gen<(int T, int R)[][]> GroupsGen =
        Gen.Choose(0, 3).SelectMany(g => Gen.Choose(0, 4).SelectMany(n => MeasureGen.ArrayOf(n)).ArrayOf(g));

    private static readonly Gen<((int T, int R) Rec, (int T, int R)[][] Groups)[]> AffairGen =
        Gen.Choose(1, 4).SelectMany(n => MeasureGen.SelectMany(rec => GroupsGen.Select(gs => (rec, gs))).ArrayOf(n));

    // Fewer services (at least one), fewer groups and measures, then each target and realisation toward 0.
    private static IEnumerable<((int T, int R) Rec, (int T, int R)[][] Groups)[]> ShrinkAffair(((int T, int R) Rec, (int T, int R)[][] Groups)[] spec) =>
        Shrinkers.Array(spec, s => Shrinkers.Pair(s, ShrinkMeasure, gs => Shrinkers.Array(gs, g => Shrinkers.Array(g, ShrinkMeasure))), minLength: 1);

    private static IEnumerable<(int T, int R)> ShrinkMeasure((int T, int R) m) =>
        Shrinkers.Pair(m, t => Shrinkers.Int(t, 0), r => Shrinkers.Int(r, 0));

    private static SpmAffair Build(((int T, int R) Rec, (int T, int R)[][] Groups)[] spec) =>
        new("U", spec.Select((s, i) => new SpmService("S" + i, new SpmMeasure(s.Rec.T, s.Rec.R),
            s.Groups.Select(g => new SpmQualityGroup(null, g.Select(m => new SpmMeasure(m.T, m.R)).ToArray())).ToArray())).ToArray());

    [Property(MaxTest = 200)]
    public Property Every_index_lies_in_0_to_100() =>
        Prop.ForAll(Arb.From(AffairGen, ShrinkAffair), spec =>
        {
            SpmAffairResult r = SpmIndex.Compute(Build(spec));
            bool In(decimal x) => x >= 0 && x <= 100;
            return In(r.Index) && r.Services.All(s => In(s.Index) && In(s.Recipients.Achievement) && In(s.Quality.Achievement)
                && s.Quality.Groups.All(g => g.Items.All(i => In(i.Achievement))));
        });

    [Property(MaxTest = 200)]
    public Property Raising_any_realisation_never_lowers_any_index() =>
        Prop.ForAll(Arb.From(AffairGen, ShrinkAffair), Shrinkers.Choose(0, 1000), Shrinkers.Choose(1, 30), (spec, pick, raise) =>
        {
            // Flatten the realisations: recipients and items; raise one of them.
            var slots = new List<(int Service, int Group, int Item)>();
            for (int s = 0; s < spec.Length; s++)
            {
                slots.Add((s, -1, -1));
                for (int g = 0; g < spec[s].Groups.Length; g++)
                    for (int i = 0; i < spec[s].Groups[g].Length; i++)
                        slots.Add((s, g, i));
            }
            var (ss, gg, ii) = slots[pick % slots.Count];
            var raised = spec.Select(x => (x.Rec, x.Groups.Select(g => g.ToArray()).ToArray())).ToArray();
            if (gg < 0) raised[ss].Rec = (raised[ss].Rec.T, raised[ss].Rec.R + raise);
            else raised[ss].Item2[gg][ii] = (raised[ss].Item2[gg][ii].T, raised[ss].Item2[gg][ii].R + raise);
            SpmAffairResult before = SpmIndex.Compute(Build(spec));
            SpmAffairResult after = SpmIndex.Compute(Build(raised));
            return after.Index >= before.Index
                && after.Services.Zip(before.Services).All(p => p.First.Index >= p.Second.Index
                    && p.First.Quality.Achievement >= p.Second.Quality.Achievement
                    && p.First.Recipients.Achievement >= p.Second.Recipients.Achievement);
        });
}
