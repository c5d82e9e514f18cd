using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Macro;

namespace LppdMetrics.Tests.Macro;

public class DemographicRatiosTests
{
    // Tabel 1.2 (lines 245-271) as printed: penduduk 2024, luas (km²), kepadatan.
    private static readonly decimal[] Population2024 =
    [
        28911m, 40312m, 44326m, 31540m, 47485m, 52623m, 72273m, 81485m, 66811m, 45653m, 54680m,
        40010m, 42129m, 55315m, 76135m, 69408m, 76294m, 57561m, 112865m, 70009m, 51036m, 44838m,
    ];

    private static readonly decimal[] Area =
    [
        102.55m, 148.80m, 132.58m, 91.85m, 78.78m, 66.83m, 110.90m, 45.32m, 52.50m, 37.94m, 62.09m,
        62.77m, 96.03m, 78.15m, 140.18m, 62.75m, 93.17m, 35.77m, 106.54m, 54.60m, 43.03m, 41.20m,
    ];

    private static readonly decimal[] PrintedDensity =
    [
        259.90m, 245.00m, 372.36m, 458.70m, 618.37m, 1190.57m, 686.48m, 1466.88m, 1342.13m, 1161.95m, 959.97m,
        766.03m, 593.78m, 833.56m, 862.92m, 1272.14m, 824.27m, 1727.00m, 1087.02m, 1296.94m, 1264.83m, 1094.14m,
    ];

    [Fact]
    public void Kecamatan_densities_from_formulas_ch1_3()
    {
        // §5.2: Sutojayan 52.623 / 66,83 = 787,42 (printed 1.190,57); Kanigoro 81.485 / 45,32 = 1.797,99 (printed 1.466,88).
        var sutojayan = PopulationDensity.Compute(52623m, 66.83m);
        Assert.Equal(787.42m, sutojayan.Value);
        Assert.Equal("density", sutojayan.Trace.Rule);
        Assert.Equal(1797.99m, PopulationDensity.Compute(81485m, 45.32m).Value);
        Assert.Equal(1798m, PopulationDensity.Compute(81485m, 45.32m, decimals: 0).Value);   // the text's "1.798 jiwa/km²"
    }

    [Fact]
    public void Regional_density_is_total_population_over_total_area_not_the_mean_of_densities()
    {
        // §5.2: 1.263.650 / 1.744,32 = 724,44 from the printed totals; 1.261.699 / 1.744,33 = 723,31 over the rows.
        Assert.Equal(724.44m, PopulationDensity.Regional([1263650m], [1744.32m]).Value);
        var rows = PopulationDensity.Regional(Population2024, Area);
        Assert.Equal(723.31m, rows.Value);
        Assert.Equal("density.regional", rows.Trace.Rule);
        Assert.Contains(rows.Trace.Steps, s => s.Name == "Σ penduduk" && s.Value == 1261699m);
        Assert.Contains(rows.Trace.Steps, s => s.Name == "Σ luas" && s.Value == 1744.33m);
        // The report's 926,59 is the unweighted mean of the 22 printed densities: 20.384,94 / 22 = 926,588.
        var mean = PopulationDensity.MeanOfSubareaDensities(PrintedDensity);
        Assert.Equal(926.59m, mean.Value);
        Assert.Equal(926.588, (double)mean.Unrounded!.Value, 3);
        Assert.Contains(mean.Trace.Notes, n => n.Contains("not the region's density", StringComparison.Ordinal));
    }

    [Fact]
    public void Sex_ratio_of_Tabel_2_5()
    {
        // §5.2: 633.732 / 627.967 × 100 = 100,918 → 100,92; the text prints 101,07.
        var r = SexRatio.Compute(633732m, 627967m);
        Assert.Equal(100.92m, r.Value);
        Assert.Equal("sex-ratio", r.Trace.Rule);
    }

    [Fact]
    public void Dependency_ratio_standard_and_the_reports_inverse_form()
    {
        // §5.2: 808.456 of working age out of 1.263.650; non-productive 455.194.
        // Standard: 455.194 / 808.456 × 100 = 56,304 → 56,30. Inverse: 808.456 / 455.194 = 1,7761 → 1,78.
        Assert.Equal(56.30m, DependencyRatio.Compute(455194m, 808456m).Value);
        Assert.Equal(56.30m, DependencyRatio.FromPopulation(808456m, 1263650m).Value);
        Assert.Equal(1.78m, DependencyRatio.WorkersPerDependent(808456m, 455194m).Value);
        var inverse = DependencyRatio.WorkersPerDependentFromPopulation(808456m, 1263650m);
        Assert.Equal(1.78m, inverse.Value);
        Assert.Equal("dependency.workers-per-dependent", inverse.Trace.Rule);
        Assert.Contains(inverse.Trace.Notes, n => n.Contains("1263650 − 808456 = 455194", StringComparison.Ordinal));
        Assert.Equal("dependency.ratio", DependencyRatio.Compute(1m, 2m).Trace.Rule);
    }

    [Fact]
    public void Zero_denominators_and_bad_counts_are_rejected_naming_the_parameter()
    {
        Assert.Equal("area", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationDensity.Compute(10m, 0m)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationDensity.Compute(-1m, 5m)).ParamName);
        Assert.Contains("areas[1] is 0", Assert.Throws<ArgumentException>(() => PopulationDensity.Regional([1m, 2m], [1m, 0m])).Message);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => PopulationDensity.Regional([1m, 2m], [1m])).ParamName);
        Assert.Equal("populations", Assert.Throws<ArgumentException>(() => PopulationDensity.Regional([], [])).ParamName);
        Assert.Equal("densities", Assert.Throws<ArgumentException>(() => PopulationDensity.MeanOfSubareaDensities([])).ParamName);
        Assert.Equal("females", Assert.Throws<ArgumentOutOfRangeException>(() => SexRatio.Compute(10m, 0m)).ParamName);
        Assert.Equal("productive", Assert.Throws<ArgumentOutOfRangeException>(() => DependencyRatio.Compute(10m, 0m)).ParamName);
        Assert.Equal("nonProductive", Assert.Throws<ArgumentOutOfRangeException>(() => DependencyRatio.WorkersPerDependent(10m, 0m)).ParamName);
        Assert.Equal("productive", Assert.Throws<ArgumentOutOfRangeException>(() => DependencyRatio.FromPopulation(11m, 10m)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => DependencyRatio.WorkersPerDependentFromPopulation(10m, 10m)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(
            () => PopulationDensity.Compute(79_000_000_000_000_000_000_000_000_000m, 0.5m)).ParamName);
        Assert.Equal("populations", Assert.Throws<ArgumentOutOfRangeException>(
            () => PopulationDensity.Regional([decimal.MaxValue, decimal.MaxValue], [1m, 1m])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SexRatio.Compute(1m, 1m, decimals: 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationDensity.MeanOfSubareaDensities([1m], decimals: -1));
        Assert.Equal(0m, SexRatio.Compute(0m, 5m).Value);
    }

    // Population toward 0, area toward 0,01 km².
    private static IEnumerable<(int Population, int AreaHundredths)> ShrinkSubarea((int Population, int AreaHundredths) s) =>
        Shrinkers.Pair(s, p => Shrinkers.Int(p, 0), a => Shrinkers.Int(a, 1));

    private static Gen<(int Population, int AreaHundredths)> Subarea =>
        Gen.Choose(0, 200_000).SelectMany(p => Gen.Choose(1, 50_000).Select(a => (p, a)));

    [Property(MaxTest = 200)]
    public Property Density_scales_linearly_with_population() =>
        Prop.ForAll(Arb.From(Subarea, ShrinkSubarea), Shrinkers.Choose(1, 50), (s, k) =>
        {
            decimal area = s.AreaHundredths / 100m;
            decimal one = PopulationDensity.Compute(s.Population, area).Unrounded!.Value;
            decimal scaled = PopulationDensity.Compute(s.Population * k, area).Unrounded!.Value;
            return Math.Abs(scaled - k * one) < 1e-15m;
        });

    [Property(MaxTest = 200)]
    public Property Regional_density_of_one_subarea_is_its_density_and_lies_between_the_extremes() =>
        Prop.ForAll(Arb.From(Subarea.ArrayOf().Where(a => a.Length > 0), a => Shrinkers.Array(a, ShrinkSubarea, minLength: 1)), subareas =>
        {
            decimal[] pops = subareas.Select(s => (decimal)s.Population).ToArray();
            decimal[] areas = subareas.Select(s => s.AreaHundredths / 100m).ToArray();
            decimal regional = PopulationDensity.Regional(pops, areas).Unrounded!.Value;
            decimal[] each = pops.Zip(areas, (p, a) => PopulationDensity.Compute(p, a).Unrounded!.Value).ToArray();
            bool single = subareas.Length != 1 || regional == each[0];
            return single && regional >= each.Min() - 1e-15m && regional <= each.Max() + 1e-15m;
        });

    [Property(MaxTest = 200)]
    public Property Sex_ratio_of_equal_counts_is_100_and_the_dependency_forms_are_inverse() =>
        Prop.ForAll(Shrinkers.Choose(1, 2_000_000), Shrinkers.Choose(1, 2_000_000), (a, b) =>
        {
            bool equal = SexRatio.Compute(a, a).Unrounded == 100m;
            decimal product = DependencyRatio.Compute(a, b).Unrounded!.Value * DependencyRatio.WorkersPerDependent(b, a).Unrounded!.Value;
            return equal && Math.Abs(product - 100m) < 1e-15m;
        });
}
