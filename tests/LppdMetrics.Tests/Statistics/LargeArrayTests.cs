using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Statistics;

/// <summary><see cref="LargeArray"/>: ordinary arrays of the asked length, whatever the huge-page advice did.</summary>
public class LargeArrayTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(5_000_000)] // 40 MB: large enough for the advice
    public void An_array_of_the_length_asked_holds_what_is_written(int length)
    {
        double[] array = LargeArray.Allocate<double>(length);
        Assert.Equal(length, array.Length);
        for (int i = 0; i < length; i++)
            array[i] = i * 0.5;
        for (int i = 0; i < length; i += 4099)
            Assert.Equal(i * 0.5, array[i]);
    }

    [Fact]
    public void A_negative_length_is_refused_by_name()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => LargeArray.Allocate<double>(-1));
        Assert.Equal("length", ex.ParamName);
    }
}
