using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Numbers;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Numbers;

/// <summary>
/// Ratios are rounded once, from the exact quotient: <c>n / d × 100</c> in decimal arithmetic rounded the division to
/// 28 places first, so a quotient a hair below a half (0,00499…97) came out as 0,005 and printed 0,01, and a quotient
/// too large for 2 decimals lost its half (25…000,5 → 25…000). Every expected value below is worked out by hand.
/// </summary>
public class ExactQuotientTests
{
    // R / T × 100 = (1,5·10^24 − 1) · 100 / (3·10^28) = 0,005 − 100 / (3·10^28) = 0,004999…9967 < 0,005 → 0,00.
    [Fact]
    public void A_capaian_a_hair_below_a_half_rounds_down()
    {
        AchievementResult r = Achievement.Compute(30000000000000000000000000000m, 1499999999999999999999999m, Polarity.Positive);
        Assert.Equal(0.00m, r.Value);
        Assert.True(r.Unrounded < 0.005m);
    }

    // (2T − R) / T × 100 with T = 3·10^28, R = 2T − (3,015·10^26 − 1): (3,015·10^28 − 100) / (3·10^28) = 1,005 − 3,3·10^−27 → 1,00.
    [Fact]
    public void A_negative_polarity_capaian_a_hair_below_a_half_rounds_down()
    {
        decimal t = 30000000000000000000000000000m;
        decimal r = 2 * t - 301499999999999999999999999m;
        Assert.Equal(1.00m, Achievement.Compute(t, r, Polarity.Negative).Value);
    }

    // R / T × 100 = (5·10^28 + 1) / 2 = 25 000 000 000 000 000 000 000 000 000,5 exactly: a decimal holds no place
    // after its 29 digits, so it is rounded half away from zero at 0 places: …001 (it was …000).
    [Fact]
    public void A_capaian_too_large_for_its_decimals_is_rounded_once_at_the_places_a_decimal_holds()
    {
        AchievementResult r = Achievement.Compute(200m, 50000000000000000000000000001m, Polarity.Positive);
        Assert.Equal(25000000000000000000000000001m, r.Value);
    }

    // c / b = (3,015·10^28 − 1) / (3·10^28) = 1,005 − 1/(3·10^28) → 1,00.
    [Fact]
    public void An_efficiency_a_hair_below_a_half_rounds_down()
    {
        EfficiencyResult r = Efficiency.Compute(30149999999999999999999999999m, 30000000000000000000000000000m);
        Assert.Equal(1.00m, r.Value);
    }

    // r / a × 100 = (3,015·10^26 − 1) · 100 / (3·10^28) = 1,005 − 100/(3·10^28) → 1,00.
    [Fact]
    public void A_budget_percentage_a_hair_below_a_half_rounds_down()
    {
        BudgetRealizationResult r = BudgetRealization.Compute(30000000000000000000000000000m, 301499999999999999999999999m);
        Assert.Equal(1.00m, r.Value);
    }

    // 0,0301499…9 (28 places) / 3 × 100 = 1,005 − 10^−28/3 × 100 → 1,00.
    [Fact]
    public void An_ipg_a_hair_below_a_half_rounds_down()
    {
        Assert.Equal(1.00m, GenderDevelopmentIndex.Compute(0.0301499999999999999999999999m, 3m).Value);
    }

    // 100 / 10^−28 × 100 = 10^32 > 7,9·10^28: an argument error naming the male index, never an OverflowException.
    [Fact]
    public void An_ipg_beyond_the_range_of_decimal_is_an_argument_error_naming_the_male_index()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GenderDevelopmentIndex.Compute(100m, 0.0000000000000000000000000001m));
        Assert.Equal("maleIndex", ex.ParamName);
        Assert.Contains("0.0000000000000000000000000001", ex.Message);
    }

    // R / T × 100 = (2,73·10^28 − 1) / (3·10^28) × 100 = 91 − 3,3·10^−27: in the gap 90–91 of the predicate table, so
    // Tinggi by the lower-band rule. The nearest 26-place decimal is 91,000…0, which was Sangat Tinggi.
    [Fact]
    public void A_capaian_a_hair_below_a_band_bound_stays_below_it()
    {
        AchievementResult r = Achievement.Compute(30000000000000000000000000000m, 27299999999999999999999999999m, Polarity.Positive);
        Assert.Equal(91.00m, r.Value);
        Assert.True(r.Unrounded < 91m);
        Assert.Equal(PerformancePredicate.High, PerformancePredicates.Classify(r.Unrounded!.Value).Predicate);
    }

    // The unrounded quotient decides like the exact one against every number of 0–4 places: for g = the exact value
    // rounded at k places and its two neighbours there, sign(q − g) = sign(x − g).
    [Property(MaxTest = 1000)]
    public Property The_unrounded_quotient_compares_with_short_numbers_as_the_exact_one() =>
        Prop.ForAll(Numbers, Numbers, Shrinkers.Choose(0, 4), (n, d, places) =>
        {
            if (d == 0m)
                return true;
            decimal q;
            try
            {
                q = ExactRational.Quotient(n, d, 100m).ToDecimal();
            }
            catch (OverflowException)
            {
                return true;
            }
            if (Math.Abs(q) > 1e20m)
                return true; // the grid of q must be finer than 4 places
            (BigInteger nn, BigInteger nd) = Rational(n);
            (BigInteger dn, BigInteger dd) = Rational(d);
            decimal unit = 1m / (decimal)Math.Pow(10, places);
            decimal g0 = Math.Round(q, places, MidpointRounding.AwayFromZero);
            foreach (decimal g in new[] { g0 - unit, g0, g0 + unit })
            {
                (BigInteger gn, BigInteger gd) = Rational(g);
                // sign(x − g) with x = 100·nn·dd / (nd·dn): over the positive denominator nd·|dn|·gd.
                int exact = ((100 * nn * dd * gd - gn * nd * dn) * dn.Sign).Sign;
                if (Math.Sign(q - g) != exact)
                    return false;
            }
            return true;
        });

    // 7·10^28 × 10 / 100 = 7·10^27: the product total × unit alone (7·10^29) is beyond a decimal, the quotient is not.
    // It threw OverflowException; beyond the range it is an argument error naming the total.
    [Fact]
    public void A_per_capita_value_whose_product_overflows_is_the_exact_quotient()
    {
        Assert.Equal(7000000000000000000000000000m, LppdMetrics.Macro.PerCapita.Compute(70000000000000000000000000000m, 100m, 10m).Value);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Macro.PerCapita.Compute(70000000000000000000000000000m, 1m, 10m));
        Assert.Equal("total", ex.ParamName);
    }

    // ---- the family: any n, d ≠ 0, scale 1 or 100, 0–4 places and every rule, against the rational n·s/d.

    private static readonly Gen<decimal> Small =
        from m in Gen.Choose(-20000, 20000)
        from scale in Gen.Choose(0, 3)
        select new decimal(Math.Abs(m), 0, 0, m < 0, (byte)scale);

    private static readonly Gen<decimal> Large =
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Choose(0, int.MaxValue)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, negative, (byte)scale);

    private static readonly Arbitrary<decimal> Numbers = Arb.From(Gen.Frequency((3, Small), (1, Large)), Shrinkers.Decimal);

    private static readonly RoundingRule[] Rules = [RoundingRule.HalfAwayFromZero, RoundingRule.HalfToEven, RoundingRule.Truncate];

    // The third arbitrary is places (0–4) and rule together: k % 5 places, rule k / 5; it shrinks to 0 places, half up.
    [Property(MaxTest = 1000)]
    public Property The_quotient_is_the_exact_ratio_rounded_once() =>
        Prop.ForAll(Numbers, Numbers, Shrinkers.Choose(0, 14), (n, d, k) =>
        {
            int places = k % 5;
            RoundingRule rule = Rules[k / 5];
            if (d == 0m)
                return true;
            foreach (decimal scale in new[] { 1m, 100m })
            {
                (BigInteger nn, BigInteger nd) = Rational(n);
                (BigInteger dn, BigInteger dd) = Rational(d);
                (BigInteger sn, BigInteger sd) = Rational(scale);
                // x = n·s/d = nn·sn·dd / (nd·sd·dn)
                BigInteger xNum = BigInteger.Abs(nn * sn * dd), xDen = BigInteger.Abs(nd * sd * dn);
                bool negative = (nn.Sign * dn.Sign) < 0;
                decimal q;
                try
                {
                    q = ReportRounding.Quotient(n, d, scale, places, rule);
                }
                catch (OverflowException)
                {
                    // Only a quotient that no decimal holds may overflow: |x| > 7,9·10^28 − 1.
                    if (xNum < (new BigInteger(decimal.MaxValue) - 1) * xDen)
                        return false;
                    continue;
                }
                if (!Holds(xNum, xDen, negative, q, places, rule))
                    return false;
            }
            return true;
        });

    /// <summary>
    /// q is x = ±xNum/xDen rounded at <paramref name="places"/>, or at fewer places only when a decimal cannot hold
    /// more: |q − x| &lt; ½ unit, or = ½ unit on the rule's side (&lt; 1 unit toward zero when truncating).
    /// </summary>
    private static bool Holds(BigInteger xNum, BigInteger xDen, bool negative, decimal q, int places, RoundingRule rule)
    {
        (BigInteger qn, BigInteger qd) = Rational(q);
        if (q != 0m && (q < 0) != negative)
            return false;
        if (q.Scale < places && BigInteger.Abs(qn) * 10 < new BigInteger(decimal.MaxValue) / 2)
            return false; // it could have carried another place
        // |q| and |x| over the common denominator qd·xDen; one unit of q's last place is xDen there.
        BigInteger absQ = BigInteger.Abs(qn) * xDen, absX = xNum * qd, unit = xDen;
        BigInteger twice = 2 * BigInteger.Abs(absQ - absX);
        return rule switch
        {
            RoundingRule.Truncate => absQ <= absX && absX - absQ < unit,
            RoundingRule.HalfAwayFromZero => twice < unit || (twice == unit && absQ > absX),
            _ => twice < unit || (twice == unit && qn.IsEven),
        };
    }

    /// <summary>The decimal as numerator / 10^scale, read from its invariant text.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) Rational(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        int point = text.IndexOf('.');
        int places = point < 0 ? 0 : text.Length - point - 1;
        return (BigInteger.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), BigInteger.Pow(10, places));
    }
}
