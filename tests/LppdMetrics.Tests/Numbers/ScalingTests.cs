using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Numbers;

/// <summary>The vectorised extremes of the rescaling (<see cref="Scaling.Max"/>, <see cref="Scaling.MinPositive"/>)
/// against the plain definition, on every length around the vector width and every position of the extreme.</summary>
public class ScalingTests
{
    // Finite non-negative values: zeros, subnormals, ordinary and huge numbers, each as m·2^e with small m.
    private static Arbitrary<double[]> Values() =>
        Arb.From(
            Gen.Choose(0, 13).SelectMany(n => Gen.Elements(0.0, 5e-324, 1e-310, 0.5, 1, 3, 1e10, 1e300, double.MaxValue)
                .SelectMany(v => Gen.Choose(1, 7).Select(m => v == double.MaxValue ? v : v * m)).ArrayOf(n)),
            values => Shrinkers.Array(values, v => v == 0 ? [] : [0.0], minLength: 0));

    [Property(MaxTest = 500)]
    public Property MaxAndMinPositiveAreThoseOfThePlainDefinition() =>
        Prop.ForAll(Values(), values =>
        {
            double max = values.Length == 0 ? 0 : values.Max();
            double minPositive = values.Where(v => v > 0).DefaultIfEmpty(double.PositiveInfinity).Min();
            Assert.Equal(max, Scaling.Max(values));
            Assert.Equal(minPositive, Scaling.MinPositive(values));
        });

    [Fact]
    public void ByHand()
    {
        Assert.Equal(0.0, Scaling.Max([]));
        Assert.Equal(double.PositiveInfinity, Scaling.MinPositive([0, 0, 0]));
        Assert.Equal(9.0, Scaling.Max([1, 2, 3, 4, 5, 9, 6]));
        Assert.Equal(5e-324, Scaling.MinPositive([0, 3, 0, 1, 5e-324]));
    }
}
