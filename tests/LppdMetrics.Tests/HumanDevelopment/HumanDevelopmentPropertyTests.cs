using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.HumanDevelopment;

namespace LppdMetrics.Tests.HumanDevelopment;

public class HumanDevelopmentPropertyTests
{
    // Components strictly inside the BPS goalposts, from integers (no NaN/∞): UHH 20,01–84,99; HLS 0,01–17,99;
    // RLS 0,01–14,99; expenditure 1008–26572 (Rp 000).
    private static readonly Gen<(double Uhh, double Hls, double Rls, double Exp)> Inside =
        from uhh in Gen.Choose(2001, 8499)
        from hls in Gen.Choose(1, 1799)
        from rls in Gen.Choose(1, 1499)
        from exp in Gen.Choose(1008, 26572)
        select (uhh / 100.0, hls / 100.0, rls / 100.0, (double)exp);

    // Each component toward its lower end (UHH 20,01, HLS 0,01, RLS 0,01, expenditure 1008), in its own steps.
    private static IEnumerable<(double Uhh, double Hls, double Rls, double Exp)> ShrinkInside((double Uhh, double Hls, double Rls, double Exp) c) =>
        Shrinkers.Int((int)Math.Round(c.Uhh * 100), 2001).Select(u => c with { Uhh = u / 100.0 })
            .Concat(Shrinkers.Int((int)Math.Round(c.Hls * 100), 1).Select(h => c with { Hls = h / 100.0 }))
            .Concat(Shrinkers.Int((int)Math.Round(c.Rls * 100), 1).Select(r => c with { Rls = r / 100.0 }))
            .Concat(Shrinkers.Int((int)c.Exp, 1008).Select(e => c with { Exp = e }));

    private static HumanDevelopmentResult Index((double Uhh, double Hls, double Rls, double Exp) c) =>
        HumanDevelopmentIndex.Compute(c.Uhh, c.Hls, c.Rls, c.Exp);

    [Property(MaxTest = 300)]
    public Property HumanDevelopment_rises_when_any_component_rises() =>
        Prop.ForAll(Arb.From(Inside, ShrinkInside), Shrinkers.Choose(0, 3), Shrinkers.Choose(1, 100), (c, which, step) =>
        {
            double delta = step / 1000.0; // 0,001–0,1 years (or Rp 1.000–100.000 for expenditure: ×1000 below)
            var raised = which switch
            {
                0 => c with { Uhh = Math.Min(85, c.Uhh + delta) },
                1 => c with { Hls = Math.Min(18, c.Hls + delta) },
                2 => c with { Rls = Math.Min(15, c.Rls + delta) },
                _ => c with { Exp = Math.Min(26572.352, c.Exp + step) },
            };
            return Index(raised).Unrounded > Index(c).Unrounded;
        });

    [Property(MaxTest = 300)]
    public Property HumanDevelopment_lies_between_the_smallest_and_largest_component_index() =>
        Prop.ForAll(Arb.From(Inside, ShrinkInside), c =>
        {
            var r = Index(c);
            double lo = Math.Min(r.HealthIndex, Math.Min(r.EducationIndex, r.ExpenditureIndex)) * 100;
            double hi = Math.Max(r.HealthIndex, Math.Max(r.EducationIndex, r.ExpenditureIndex)) * 100;
            double humanDevelopment = (double)r.Unrounded!.Value;
            return humanDevelopment >= lo - 1e-9 && humanDevelopment <= hi + 1e-9 && humanDevelopment is > 0 and < 100;
        });

    [Property(MaxTest = 200)]
    public Property Equal_component_indices_give_that_index_times_100() =>
        // Index k/1000: UHH = 20 + 65k, HLS = 18k, RLS = 15k, x = exp(ln min + k (ln max − ln min)).
        Prop.ForAll(Shrinkers.Choose(1, 1000), k =>
        {
            double index = k / 1000.0;
            double lnMin = Math.Log(1007.436), lnMax = Math.Log(26572.352);
            var r = HumanDevelopmentIndex.Compute(20 + 65 * index, 18 * index, 15 * index, Math.Exp(lnMin + index * (lnMax - lnMin)));
            return Math.Abs((double)r.Unrounded!.Value - index * 100) < 1e-9;
        });
}
