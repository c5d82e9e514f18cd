using LppdMetrics.Accountability;

namespace LppdMetrics.Tests.Accountability;

public class SakipGradesTests
{
    // Score–grade pairs printed in the report (2881, 2891, 2916, 2932), by hand: 71 (BB), 67,16 (B), 81 (A), 69,02 (B), 68,37 (B).
    [Theory]
    [InlineData("71", SakipGrade.BB)]
    [InlineData("67.16", SakipGrade.B)]
    [InlineData("81", SakipGrade.A)]
    [InlineData("69.02", SakipGrade.B)]
    [InlineData("68.37", SakipGrade.B)]
    [InlineData("100", SakipGrade.AA)]
    [InlineData("90.01", SakipGrade.AA)]
    [InlineData("90", SakipGrade.A)]
    [InlineData("80", SakipGrade.BB)]
    [InlineData("70", SakipGrade.B)]
    [InlineData("60", SakipGrade.CC)]
    [InlineData("50", SakipGrade.C)]
    [InlineData("30.01", SakipGrade.C)]
    [InlineData("30", SakipGrade.D)]
    [InlineData("0", SakipGrade.D)]
    public void Grades(string score, SakipGrade expected)
    {
        var r = SakipGrades.Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, r.Grade);
        Assert.Equal("sakip.grade", r.Trace.Rule);
    }

    [Fact]
    public void Out_of_range_scores_are_rejected_and_the_table_has_its_source()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SakipGrades.Classify(100.01m));
        Assert.Equal("score", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SakipGrades.Classify(-0.01m));
        Assert.Contains("88/2021", SakipGrades.Regulation);
        Assert.Equal(7, SakipGrades.Table.Bands.Count);
        Assert.Equal(70m, SakipGrades.BandOf(SakipGrade.BB).Lower);
    }
}
