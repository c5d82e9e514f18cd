using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LppdMetrics.Tests.Statistics;

/// <summary>
/// The input check of every weighted statistic (<c>Guard.AllFiniteNonNegative</c>, four elements at a time): it
/// refuses exactly the arrays with an element that is NaN, infinite or negative, and names the first one, as the
/// element-by-element definition does.
/// </summary>
public class GuardScanTests
{
    private static readonly double[] Bad = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1e-300, -5.0];

    /// <summary>Clean arrays (zeros, −0, fractions, the extremes) with none, one or two bad elements planted anywhere.</summary>
    private static readonly Gen<double[]> Arrays =
        from clean in Gen.Frequency((8, Gen.Choose(0, 1000).Select(i => i / 8.0)), (1, Gen.Elements(-0.0, double.MaxValue, double.Epsilon))).ArrayOf()
        from plants in Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, Bad.Length - 1)).ListOf()
        select Plant(clean, plants);

    private static double[] Plant(double[] clean, IList<(int At, int Kind)> plants)
    {
        double[] values = (double[])clean.Clone();
        foreach ((int at, int kind) in plants.Take(2))
            if (values.Length > 0)
                values[at % values.Length] = Bad[kind];
        return values;
    }

    [Property(MaxTest = 1000)]
    public Property The_first_bad_element_is_named_as_the_definition_finds_it() =>
        Prop.ForAll(Arrays.ToArbitrary(), values =>
        {
            int expected = Array.FindIndex(values, v => !double.IsFinite(v) || v < 0);
            string? message = null;
            try
            {
                Guard.AllFiniteNonNegative(values, "income");
            }
            catch (ArgumentException ex)
            {
                message = ex.Message;
            }
            bool ok = expected < 0 ? message is null : message is not null && message.StartsWith($"income[{expected}] is ", StringComparison.Ordinal);
            return ok.Label($"first bad index {expected}, message: {message}");
        });
}
