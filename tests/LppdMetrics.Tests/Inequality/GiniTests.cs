using LppdMetrics.TestSupport;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;

namespace LppdMetrics.Tests.Inequality;

public class GiniTests
{
    // docs/methods.md#gini test vector.
    private static readonly double[] X = [3, 1, 4, 1, 5, 9, 2, 6];
    private static readonly double[] W = [2, 1, 3, 1, 1, 2, 4, 1];

    [Fact]
    public void Test_vector_matches_laeken_and_the_expanded_data()
    {
        // R: laeken::gini(c(3,1,4,1,5,9,2,6), c(2,1,3,1,1,2,4,1))$value = 34.385964912280699.
        Assert.Equal(0.34385964912280699, Gini.Compute(X, W), 14);
        // Integer weights are frequency weights: the 15 expanded rows, unweighted, give the same Gini.
        double[] expanded = X.SelectMany((x, i) => Enumerable.Repeat(x, (int)W[i])).ToArray();
        Assert.Equal(0.34385964912280699, Gini.Compute(expanded), 14);
    }

    [Fact]
    public void Unweighted_by_hand_and_with_the_corrections()
    {
        // Sorted 1,1,2,3,4,5,6,9 (Σ 31); Σ i·x(i) = 185; G = 2·185/(8·31) − 9/8 = 0.366935…; ×8/7 = 0.419354…
        double g = 2.0 * 185 / (8 * 31) - 9.0 / 8;
        Assert.Equal(g, Gini.Compute(X), 14);
        Assert.Equal(g * 8 / 7, Gini.Compute(X, GiniCorrection.SampleSize), 14);
        Assert.Equal(g * 8 / 7, Gini.Compute(X, GiniCorrection.EffectiveSampleSize), 14);
        // acid bcwGini = A/(1 − Σf²): Σw = 15, Σw² = 37 → 1 − 37/225 = 188/225; 0.343860/(188/225) = 0.411534 (§3).
        Assert.Equal(0.34385964912280699 * 225 / 188, Gini.Compute(X, W, GiniCorrection.EffectiveSampleSize), 13);
        Assert.Equal(0.411534, Gini.Compute(X, W, GiniCorrection.EffectiveSampleSize), 6);
    }

    [Fact]
    public void Three_incomes_by_hand()
    {
        // 1, 2, 3: G = 2(1 + 4 + 9)/(3·6) − 4/3 = 2/9.
        Assert.Equal(2.0 / 9, Gini.Compute([3, 1, 2]), 15);
        Assert.Equal(0.0, Gini.Compute([5]));
        Assert.Equal(0.0, Gini.Compute([7, 7, 7, 7, 7], [1, 2, 3, 4, 5]), 15);
    }

    // Produced with R 4.2 and laeken (Debian r-cran-laeken) on tests/TestData/wbpip/synthetic-K.csv:
    //   d <- read.csv(f); sprintf("%.17g", laeken::gini(d$welfare, d$weight)$value / 100)
    //   sprintf("%.17g", laeken::gini(d$welfare)$value / 100)
    [Theory]
    [InlineData(1, 0.51479987868403532, 0.48781067937495864)]
    [InlineData(2, 0.3186499753543055, 0.33839692627710027)]
    [InlineData(3, 0.37823744479989196, 0.37095475582535742)]
    [InlineData(4, 0.33894444418246317, 0.33541048713643207)]
    [InlineData(5, 0.48928331662086189, 0.49083906563658997)]
    public void Agrees_with_laeken_on_the_PIP_synthetic_microdata(int file, double weighted, double unweighted)
    {
        (double[] y, double[] w) = ReadWbpip(file);
        Assert.True(Math.Abs(Gini.Compute(y, w) / weighted - 1) < 1e-10, $"weighted {Gini.Compute(y, w):R} vs laeken {weighted:R}");
        Assert.True(Math.Abs(Gini.Compute(y) / unweighted - 1) < 1e-10, $"unweighted {Gini.Compute(y):R} vs laeken {unweighted:R}");
    }

    [Fact]
    public void Bad_input_is_rejected_with_parameter_and_index()
    {
        Assert.Contains("income[1]", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([1, double.NaN, 3], [1, 1, 1])).Message);
        Assert.Contains("income[2]", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([1, 2, -3], [1, 1, 1])).Message);
        Assert.Contains("weights[0]", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([1, 2, 3], [-1, 1, 1])).Message);
        Assert.Contains("sum to 0", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([1, 2, 3], [0, 0, 0])).Message);
        Assert.Contains("sums to 0", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([0, 0, 0])).Message);
        Assert.Equal("income", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([])).ParamName);
        Assert.Equal("weights", Assert.ThrowsAny<ArgumentException>(() => Gini.Compute([1, 2], [1])).ParamName);
    }

    [Fact]
    public void Inputs_are_not_mutated()
    {
        double[] x = (double[])X.Clone(), w = (double[])W.Clone();
        Gini.Compute(x, w);
        Assert.Equal(X, x);
        Assert.Equal(W, w);
    }

    [Property(MaxTest = 200)]
    public Property Gini_is_a_scale_invariant_fraction_below_one() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(1, 1000), (d, c) =>
        {
            double[] y = d.Consumption.Select(v => v + 1).ToArray();
            double g = Gini.Compute(y, d.Weights);
            double scaled = Gini.Compute(y.Select(v => v * c / 3.0).ToArray(), d.Weights);
            return g >= 0 && g < 1 && Microdata.Close(g, scaled, 1e-12);
        });

    [Property(MaxTest = 200)]
    public Property Gini_does_not_depend_on_row_order_nor_on_the_order_of_ties() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(0, int.MaxValue), (d, seed) =>
        {
            double[] y = d.Consumption.Select(v => Math.Floor(v / 200) * 200 + 1).ToArray(); // many ties
            int[] perm = Enumerable.Range(0, d.Count).ToArray();
            new Random(seed).Shuffle(perm);
            double g = Gini.Compute(y, d.Weights);
            double shuffled = Gini.Compute(perm.Select(i => y[i]).ToArray(), perm.Select(i => d.Weights[i]).ToArray());
            return Microdata.Close(g, shuffled, 1e-13);
        });

    [Property(MaxTest = 200)]
    public Property Replicating_records_or_scaling_weights_changes_nothing() =>
        Prop.ForAll(Microdata.Arbitrary, Shrinkers.Choose(2, 4), (d, k) =>
        {
            double[] y = d.Consumption.Select(v => v + 1).ToArray();
            double g = Gini.Compute(y, d.Weights);
            double replicated = Gini.Compute(Enumerable.Repeat(y, k).SelectMany(a => a).ToArray(), Enumerable.Repeat(d.Weights, k).SelectMany(a => a).ToArray());
            double scaled = Gini.Compute(y, d.Weights.Select(w => w * k * 1.5).ToArray());
            return Microdata.Close(g, replicated, 1e-12) && Microdata.Close(g, scaled, 1e-12);
        });

    [Property(MaxTest = 200)]
    public Property A_regressive_transfer_raises_the_Gini() =>
        Prop.ForAll(Microdata.Arbitrary, d =>
        {
            // Unit weights; move income from a poorer person to a richer one (ranks preserved or widened).
            double[] y = d.Consumption.Select(v => v + 10).ToArray();
            if (y.Length < 2 || y.Min() == y.Max()) return true;
            int poor = Array.IndexOf(y, y.Min()), rich = Array.IndexOf(y, y.Max());
            double before = Gini.Compute(y);
            double[] after = (double[])y.Clone();
            after[poor] -= 5;
            after[rich] += 5;
            return Gini.Compute(after) > before;
        });

    [Fact]
    public void Equal_incomes_give_zero_with_any_weights()
    {
        var d = Microdata.Make(57, 3);
        Assert.Equal(0.0, Gini.Compute(Enumerable.Repeat(1234.5, 57).ToArray(), d.Weights), 14);
    }

    internal static (double[] Welfare, double[] Weight) ReadWbpip(int file)
    {
        var y = new List<double>();
        var w = new List<double>();
        foreach (string line in File.ReadLines(TestDataPath.Of("wbpip", $"synthetic-{file}.csv")).Skip(1))
        {
            string[] cells = line.Split(',');
            y.Add(double.Parse(cells[0], CultureInfo.InvariantCulture));
            w.Add(double.Parse(cells[1], CultureInfo.InvariantCulture));
        }
        return (y.ToArray(), w.ToArray());
    }
}
