using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Accountability;

public class AchievementTests
{
    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    // Target, realisation and printed capaian transcribed by hand from LPPD Kabupaten Blitar 2024 (line of the row),
    // every one reproduces (docs/methods.md#capaian).
    [Theory]
    [InlineData(1805, "8.19", "8.16", Polarity.Negative, "100.37")]   // % penduduk miskin
    [InlineData(1860, "8.88", "8.16", Polarity.Negative, "108.11")]   // poverty vs RPJMD final target
    [InlineData(1926, "9.19", "8.76", Polarity.Negative, "104.68")]   // PPKS
    [InlineData(1954, "10.76", "8.76", Polarity.Negative, "118.59")]
    [InlineData(2053, "86", "84.61", Polarity.Positive, "98.38")]     // IKS
    [InlineData(2129, "90", "84.61", Polarity.Positive, "94.01")]
    [InlineData(2209, "94.10", "93.89", Polarity.Positive, "99.78")]  // IPG, realisasi "93,89 (2023)"
    [InlineData(2210, "72.97", "73.44", Polarity.Positive, "100.64")] // IPM
    [InlineData(2341, "12.90", "12.67", Polarity.Positive, "98.22")]  // HLS
    [InlineData(2342, "8.26", "7.87", Polarity.Positive, "95.28")]    // RLS
    [InlineData(2343, "75.25", "75.32", Polarity.Positive, "100.09")] // UHH
    [InlineData(2533, "56.80", "57.48", Polarity.Positive, "101.20")] // IPP
    [InlineData(2587, "58.37", "57.48", Polarity.Positive, "98.48")]
    [InlineData(2660, "71.40", "84.42", Polarity.Positive, "118.24")] // IRB (118,235 exactly)
    [InlineData(2691, "70", "84.42", Polarity.Positive, "120.6")]     // printed at 1 decimal
    [InlineData(2763, "87.14", "88.42", Polarity.Positive, "101.47")] // IKM
    [InlineData(2791, "89.24", "88.42", Polarity.Positive, "99.08")]
    [InlineData(2932, "81", "67.16", Polarity.Positive, "82.91")]     // SAKIP vs final target 81 (A)
    [InlineData(2882, "3.8", "3.77", Polarity.Positive, "99.21")]     // SPBE
    [InlineData(2933, "4.1", "3.77", Polarity.Positive, "91.95")]
    [InlineData(2883, "300", "272", Polarity.Positive, "90.67")]      // Sistem Merit
    [InlineData(2934, "305", "272", Polarity.Positive, "89.18")]
    [InlineData(2884, "29.09", "50.45", Polarity.Positive, "173.43")] // Desa Mandiri: no cap
    [InlineData(2935, "10", "50.45", Polarity.Positive, "504.5")]     // no cap, printed at 1 decimal
    [InlineData(2885, "70.15", "72.59", Polarity.Positive, "103.48")] // IID
    [InlineData(2936, "75.15", "72.59", Polarity.Positive, "96.59")]
    [InlineData(3112, "0.332", "0.353", Polarity.Negative, "93.67")]  // Gini
    [InlineData(3182, "0.331", "0.353", Polarity.Negative, "93.35")]
    [InlineData(3113, "76", "74.94", Polarity.Positive, "98.61")]     // IKLI
    [InlineData(3183, "80", "74.94", Polarity.Positive, "93.68")]     // 93,675 exactly: needs decimal half-up
    [InlineData(3114, "5.32", "4.44", Polarity.Positive, "83.46")]    // growth
    [InlineData(3267, "3.25", "4.77", Polarity.Negative, "53.23")]    // TPT
    [InlineData(3305, "2.99", "4.77", Polarity.Negative, "40.47")]
    [InlineData(3268, "12812", "12020", Polarity.Positive, "93.82")]  // pengeluaran per kapita
    [InlineData(3405, "74.56", "79.99", Polarity.Positive, "107.28")] // Indeks Infrastruktur
    [InlineData(3444, "76.66", "79.99", Polarity.Positive, "104.34")]
    [InlineData(3406, "125", "117.60", Polarity.Negative, "105.92")]  // Indeks Risiko Bencana
    [InlineData(3445, "142", "117.60", Polarity.Negative, "117.18")]
    [InlineData(3407, "67.64", "64.64", Polarity.Positive, "95.56")]  // IKLH vs annual target
    [InlineData(3593, "2.97", "-0.28", Polarity.Positive, "-9.43")]   // negative realisation: no floor
    [InlineData(3673, "2.40", "-0.28", Polarity.Positive, "-11.67")]
    [InlineData(3594, "6.73", "5.52", Polarity.Positive, "82.02")]
    [InlineData(3595, "7.82", "6.62", Polarity.Positive, "84.65")]
    [InlineData(3596, "3174257", "3273408", Polarity.Positive, "103.12")]
    [InlineData(3597, "5.73", "6.19", Polarity.Positive, "108.03")]   // ICOR, scored positive by the report
    [InlineData(3677, "5.76", "6.19", Polarity.Positive, "107.47")]
    public void Reported_capaian_reproduces_at_the_printed_precision(int line, string target, string realization, Polarity polarity, string printed)
    {
        var r = Achievement.Compute(D(target), D(realization), polarity);
        decimal p = D(printed);
        Assert.True(r.HasValue, $"line {line}");
        Assert.Equal(p, ReportRounding.Round(r.Unrounded!.Value, ReportRounding.DecimalsOf(p)));
        Assert.Equal(ReportRounding.Round(p, 2), r.Value);
    }

    // Rows the reference marks ✗: the printed value does not follow from its inputs (the audit's findings).
    [Theory]
    [InlineData(2881, "71", "67.16", "94.60", "94.59")]   // SAKIP 67,16 (B) against 71 (BB): 94,5915…
    [InlineData(3446, "67.64", "64.64", "95.51", "95.56")] // IKLH against the final target, same inputs as line 3407
    public void Mismatched_rows_do_not_reproduce(int line, string target, string realization, string printed, string correct)
    {
        var r = Achievement.Compute(D(target), D(realization), Polarity.Positive);
        Assert.NotEqual(D(printed), r.Value);
        Assert.True(D(correct) == r.Value, $"line {line}: {r.Value}");
    }

    [Fact]
    public void Icor_under_its_proper_negative_polarity_gives_91_97_not_the_printed_108_03()
    {
        // docs/methods.md#polarity: under negative polarity the values would be 91,97 % and 92,53 %.
        Assert.Equal(91.97m, Achievement.Compute(5.73m, 6.19m, Polarity.Negative).Value);
        Assert.Equal(92.53m, Achievement.Compute(5.76m, 6.19m, Polarity.Negative).Value);
    }

    [Fact]
    public void Negative_polarity_is_not_target_over_realisation()
    {
        // Line 1860: T/R would give 108,82; the report prints 108,11 = (2·8,88 − 8,16)/8,88.
        var r = Achievement.Compute(8.88m, 8.16m, Polarity.Negative);
        Assert.Equal(108.11m, r.Value);
        Assert.Equal("capaian.negative", r.Trace.Rule);
        Assert.Equal("(2·T − R) / T × 100", r.Trace.Formula);
    }

    [Fact]
    public void PermenPANRB_polarity_examples()
    {
        // docs/methods.md#predicate: target 7, realisation 6,5 → 107 %; target 8, realisation 9 → 87,5 %.
        Assert.Equal(107.14m, Achievement.Compute(7m, 6.5m, Polarity.Negative).Value); // (14 − 6,5)/7 = 107,142…
        Assert.Equal(87.5m, Achievement.Compute(8m, 9m, Polarity.Negative).Value);
    }

    [Fact]
    public void Unrounded_value_and_trace_are_kept()
    {
        var r = Achievement.Compute(8.19m, 8.16m, Polarity.Negative);
        Assert.Equal(100.37m, r.Value);
        Assert.Equal(2, r.Decimals);
        // 8,22 / 8,19 × 100 = 100,366300366…
        Assert.StartsWith("100.3663003663", r.Unrounded!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(r.Unrounded, r.Trace.Unrounded);
        Assert.Equal(100.37m, r.Trace.Result);
        Assert.Contains(r.Trace.Steps, s => s.Name == "2·T − R" && s.Value == 8.22m);
        Assert.Contains("8.19", r.Trace.ToText());
    }

    [Fact]
    public void Cap_and_floor_are_options_not_defaults()
    {
        Assert.Equal(504.5m, Achievement.Compute(10m, 50.45m, Polarity.Positive).Value);
        var capped = Achievement.Compute(10m, 50.45m, Polarity.Positive, new AchievementOptions { Cap = 120m });
        Assert.Equal(120m, capped.Value);
        Assert.Equal(504.5m, capped.Raw);
        Assert.True(capped.Limited);
        Assert.Contains(capped.Trace.Notes, n => n.Contains("capped at 120"));
        var floored = Achievement.Compute(2.97m, -0.28m, Polarity.Positive, new AchievementOptions { Floor = 0m });
        Assert.Equal(0m, floored.Value);
        Assert.Throws<ArgumentException>(() => Achievement.Compute(1m, 1m, Polarity.Positive, new AchievementOptions { Cap = 50m, Floor = 60m }));
    }

    [Fact]
    public void Realisation_above_twice_the_target_gives_a_negative_capaian_under_negative_polarity()
    {
        Assert.Equal(-50m, Achievement.Compute(2m, 5m, Polarity.Negative).Value); // (4 − 5)/2 × 100
    }

    [Fact]
    public void Zero_target_is_undefined_by_default_and_an_error_by_policy()
    {
        var r = Achievement.Compute(0m, 5m, Polarity.Positive);
        Assert.False(r.HasValue);
        Assert.Null(r.Value);
        Assert.Null(r.Unrounded);
        Assert.Contains("target is 0", r.UndefinedReason);
        Assert.Null(r.Trace.Result);                       // the trace says undefined, never a placeholder 0
        Assert.Contains("target is 0", r.Trace.UndefinedReason);
        Assert.Contains("result undefined: ", r.Trace.ToText());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Achievement.Compute(0m, 5m, Polarity.Negative, new AchievementOptions { ZeroTarget = ZeroTargetPolicy.Reject }));
        Assert.Equal("target", ex.ParamName);
    }

    [Fact]
    public void Missing_realisation_gives_a_missing_capaian_not_zero()
    {
        var r = Achievement.Compute(8.19m, null, Polarity.Negative);
        Assert.False(r.HasValue);
        Assert.Null(r.Value);
        Assert.Equal("realisation missing", r.UndefinedReason);
        Assert.Equal("target missing", Achievement.Compute(null, 1m, Polarity.Positive).UndefinedReason);
    }

    [Fact]
    public void Undefined_polarity_is_rejected_with_its_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Achievement.Compute(1m, 1m, (Polarity)7));
        Assert.Equal("polarity", ex.ParamName);
    }

    [Fact]
    public void Results_beyond_the_decimal_range_are_argument_errors_not_overflow()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Achievement.Compute(0.0000000000000000000000000001m, 79228162514264337593543950335m, Polarity.Positive));
        Assert.Equal("realization", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.Compute(decimal.MaxValue, 0.0001m));
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetRealization.Total([new(decimal.MaxValue, 1m), new(decimal.MaxValue, 1m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Composite.CompositeIndices.DisasterRiskIndex.Evaluate(decimal.MaxValue, 10m, 1m));
    }

    private static readonly Arbitrary<decimal> Amount = Shrinkers.Scaled(1, 2_000_000, 1000m);

    [Property(MaxTest = 300)]
    public Property Negative_polarity_with_realisation_equal_to_target_gives_100() =>
        Prop.ForAll(Amount, t => Achievement.Compute(t, t, Polarity.Negative).Value == 100m
                                               && Achievement.Compute(t, t, Polarity.Positive).Value == 100m);

    [Property(MaxTest = 300)]
    public Property Swapping_polarity_mirrors_around_100() =>
        Prop.ForAll(Amount, Amount, (t, r) =>
        {
            decimal pos = Achievement.Compute(t, r, Polarity.Positive).Unrounded!.Value;
            decimal neg = Achievement.Compute(t, r, Polarity.Negative).Unrounded!.Value;
            // R/T·100 + (2T − R)/T·100 = 200, up to the last of decimal's 28 digits.
            return Math.Abs(pos + neg - 200m) <= 0.000000000000000000001m;
        });

    [Property(MaxTest = 300)]
    public Property Achievement_is_monotone_in_the_realisation_in_the_polarity_direction() =>
        Prop.ForAll(Amount, Amount, Amount, (t, a, b) =>
        {
            decimal lo = Math.Min(a, b), hi = Math.Max(a, b);
            return Achievement.Compute(t, lo, Polarity.Positive).Value <= Achievement.Compute(t, hi, Polarity.Positive).Value
                   && Achievement.Compute(t, lo, Polarity.Negative).Value >= Achievement.Compute(t, hi, Polarity.Negative).Value;
        });

    /// <summary>By hand, negative polarity with T = R = 5·10²⁸: (2T − R)/T × 100 = 100. 2T alone is 10²⁹, beyond a decimal,
    /// and the capaian was refused; T = 5·10²⁸, R = 4·10²⁸ gives (6·10²⁸)/(5·10²⁸) × 100 = 120.</summary>
    [Theory]
    [InlineData("50000000000000000000000000000", "50000000000000000000000000000", "100")]
    [InlineData("50000000000000000000000000000", "40000000000000000000000000000", "120")]
    public void A_negative_polarity_capaian_whose_doubled_target_passes_the_decimal_range_is_computed(string target, string realization, string expected)
    {
        decimal t = decimal.Parse(target, CultureInfo.InvariantCulture), r = decimal.Parse(realization, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Achievement.Compute(t, r, Polarity.Negative).Value);
    }

    /// <summary>A negative-polarity capaian whose numerator 2T − R is itself beyond a decimal is refused naming the
    /// realisation: T = 5·10²⁸, R = −5·10²⁸ gives 1,5·10²⁹.</summary>
    [Fact]
    public void A_negative_polarity_numerator_beyond_the_decimal_range_is_refused_naming_the_realization()
    {
        decimal t = 50_000_000_000_000_000_000_000_000_000m;
        Assert.Equal("realization", Assert.ThrowsAny<ArgumentException>(() => Achievement.Compute(t, -t, Polarity.Negative)).ParamName);
    }
}
