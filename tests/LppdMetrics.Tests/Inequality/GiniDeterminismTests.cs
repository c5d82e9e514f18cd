using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>Issue 12: the Gini is the same to the last bit under any row order, ties included, and any weight scale.</summary>
public class GiniDeterminismTests
{
    private static (double[] Y, double[] W) Synthetic1()
    {
        var y = new List<double>();
        var w = new List<double>();
        foreach (string line in File.ReadLines(TestDataPath.Of("wbpip", "synthetic-1.csv")).Skip(1))
        {
            string[] cells = line.Split(',');
            y.Add(double.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture));
            w.Add(double.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        return (y.ToArray(), w.ToArray());
    }

    [Fact]
    public void Synthetic_1_shuffled_gives_the_same_bits()
    {
        (double[] y, double[] w) = Synthetic1();
        AssertSameBitsUnderShuffles(y, w, 20);
    }

    private static void AssertSameBitsUnderShuffles(double[] y, double[] w, int shuffles)
    {
        double reference = Gini.Compute(y, w);
        for (int seed = 1; seed <= shuffles; seed++)
        {
            int[] order = Enumerable.Range(0, y.Length).ToArray();
            new Random(seed).Shuffle(order);
            double g = Gini.Compute(order.Select(i => y[i]).ToArray(), order.Select(i => w[i]).ToArray());
            Assert.Equal(BitConverter.DoubleToInt64Bits(reference), BitConverter.DoubleToInt64Bits(g));
        }
    }

    [Fact]
    public void Ties_in_any_order_give_the_same_bits()
    {
        // Many ties with weights whose sums round differently in different orders (0.1, 0.2, 0.3, 1e16, …).
        double[] y = [5, 5, 5, 5, 1, 1, 1, 9, 9, 9, 9];
        double[] w = [0.1, 0.2, 0.3, 1e16, 0.7, 1e-3, 3.3, 1, 1e16, 0.1, 0.2];
        AssertSameBitsUnderShuffles(y, w, 50);
    }

    // y = 1, 2, 3 with a common weight: 2/9 (Σᵢⱼ|yᵢ − yⱼ| = 8, 2n²μ = 36).
    [Theory]
    [InlineData(1e300)]
    [InlineData(1e-200)]
    [InlineData(5e-324)]
    public void Common_weight_of_any_size_gives_two_ninths(double weight) =>
        Assert.Equal(2.0 / 9, Gini.Compute([1, 2, 3], [weight, weight, weight]), 14);

    // y = {1e-300, 1e300}, equal weights: G = ½·|y₁ − y₂|/(y₁ + y₂) = ½ to double precision.
    [Fact]
    public void Extreme_values_give_one_half() =>
        Assert.Equal(0.5, Gini.Compute([1e-300, 1e300], [1, 1]), 15);
}
