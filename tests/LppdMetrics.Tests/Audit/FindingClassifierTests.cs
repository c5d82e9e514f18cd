using LppdMetrics.Audit;

namespace LppdMetrics.Tests.Audit;

public class FindingClassifierTests
{
    [Fact]
    public void Equal_at_the_printed_precision_is_a_match()
    {
        // 67,16 / 71 × 100 = 94,5915…; printed 94,59 would match.
        Assert.Equal(FindingStatus.Match, FindingClassifier.Classify(94.59m, 2, 94.5915492957746m, []).Status);
        // 74,94 / 80 × 100 = 93,675 exactly: half away from zero gives 93,68 (line 3183).
        Assert.Equal(FindingStatus.Match, FindingClassifier.Classify(93.68m, 2, 93.675m, []).Status);
    }

    [Fact]
    public void One_unit_off_in_the_truncation_direction_is_rounding()
    {
        // Line 3055: 5.992.800 / 5.992.854 × 100 = 99,99909…; printed 99,99 (cut), rounding gives 100,00.
        var (status, why) = FindingClassifier.Classify(99.99m, 2, 99.999098907m, []);
        Assert.Equal(FindingStatus.Rounding, status);
        Assert.Contains("truncated", why);
    }

    [Fact]
    public void One_unit_off_the_other_way_is_a_mismatch_unless_an_intermediate_explains_it()
    {
        // SAKIP (line 2881): 94,5915… printed 94,60: one unit above, not a truncation.
        Assert.Equal(FindingStatus.Mismatch, FindingClassifier.Classify(94.60m, 2, 94.5915492957746m, []).Status);
        // A sum of 22 areas printed at 2 dp (1.744,33) may come from exact areas summing to 1.744,32.
        var explained = FindingClassifier.Classify(1744.32m, 2, 1744.33m, [new Alternative(1744.22m, 1744.44m, "rounded parts")]);
        Assert.Equal(FindingStatus.Rounding, explained.Status);
        Assert.Contains("rounded parts", explained.Why);
    }

    [Fact]
    public void Two_units_off_is_a_mismatch_even_with_a_wide_explanation()
    {
        Assert.Equal(FindingStatus.Mismatch,
            FindingClassifier.Classify(74.65m, 2, 74.667m, [new Alternative(74.653m, 74.681m, "components rounded")]).Status);
        Assert.Equal(FindingStatus.Mismatch, FindingClassifier.Classify(100.93m, 2, 101.47m, []).Status);
    }
}
