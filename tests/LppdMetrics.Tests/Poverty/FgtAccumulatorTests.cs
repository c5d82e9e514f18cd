using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Poverty;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Poverty;

/// <summary>
/// <see cref="FgtAccumulator.Add(ReadOnlySpan{double}, ReadOnlySpan{double})"/> takes blocks (the poor gathered, each
/// term column summed at once); it must hold the same sums as adding the observations one at a time.
/// </summary>
public class FgtAccumulatorTests
{
    // Consumption around the line (a third exactly at it or at 0), weights whole, decimal, zero, or tiny (below 2^-600,
    // which the accumulator keeps in a separate scale; in a quarter of the arrays every positive weight is tiny), in arrays long enough to cross the 1 024-row blocks.
    private static (double[] Y, double[] W) Make(int length, int seed)
    {
        var rng = new Random(seed);
        int mode = rng.Next(4); // 0: every positive weight tiny, 1: some tiny, else none

        var y = new double[length];
        var w = new double[length];
        for (int i = 0; i < length; i++)
        {
            y[i] = rng.Next(6) switch { 0 => 0, 1 => 700, _ => rng.Next(0, 200_000) / 100.0 };
            w[i] = rng.Next(8) switch
            {
                0 => 0,
                _ when mode == 0 => Math.ScaleB(rng.Next(1, 1000), -1070),
                1 when mode == 1 => Math.ScaleB(rng.Next(1, 1000), -1070),
                2 => rng.Next(1, 100_000) / 7.0,
                _ => rng.Next(1, 500),
            };
        }
        return (y, w);
    }

    [Property(MaxTest = 150)]
    public Property Blocks_hold_the_same_sums_as_one_observation_at_a_time() =>
        Prop.ForAll(Shrinkers.Choose(1, 2600), Shrinkers.Choose(0, int.MaxValue), Shrinkers.Elements(PovertyLineRule.StrictlyBelow, PovertyLineRule.AtOrBelow), (length, seed, rule) =>
        {
            (double[] y, double[] w) = Make(length, seed);
            var blocks = new FgtAccumulator(700, rule);
            blocks.Add(y, w);
            var single = new FgtAccumulator(700, rule);
            for (int i = 0; i < length; i++)
                single.Add(y[i], w[i]);
            if (single.Population == 0)
                return (blocks.Population == 0 && blocks.Count == length).Label("no population");
            FgtResult a = blocks.Result(), b = single.Result();
            return (a == b && Same(blocks.Watts(WattsZeroConsumption.Exclude), single.Watts(WattsZeroConsumption.Exclude))
                    && blocks.Watts() == single.Watts() && blocks.Count == single.Count
                    && blocks.ZeroConsumptionPoorCount == single.ZeroConsumptionPoorCount)
                .Label($"blocks {a}, one at a time {b}");
        });

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && BitConverter.DoubleToInt64Bits(a.Value) == BitConverter.DoubleToInt64Bits(b.Value);
}
