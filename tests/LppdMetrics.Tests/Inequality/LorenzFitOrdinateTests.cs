using LppdMetrics.Inequality;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// <see cref="LorenzFit.ValueAt"/> of a fit that is not a valid Lorenz curve: found by a hunt over extreme grouped
/// shares (one group of 99.99 % of the population holding a sixth of the welfare). The Beta fit's ordinate
/// p − θ·p^γ·(1 − p)^δ then overflowed to −∞ at p = 0.5, which left a public method as a number. Now, as
/// <see cref="LorenzFit.SlopeAt"/> already did for its slope, the fit says it has no finite ordinate there; a finite
/// ordinate is still returned as it is.
/// </summary>
public class LorenzFitOrdinateTests
{
    private static GroupedShares Shares() => GroupedShares.FromShares(
        [0.9998940112348091, 8.499099095495878E-05, 1.9997880224696183E-05, 9.998940112348091E-07],
        [1.0 / 6, 1.0 / 3, 1.0 / 6, 1.0 / 3]);

    [Fact]
    public void An_ordinate_beyond_a_double_is_refused_not_returned()
    {
        LorenzFit[] fits = [ParametricLorenz.FitBeta(Shares()), ParametricLorenz.FitGeneralQuadratic(Shares())];
        int refused = 0;
        foreach (LorenzFit fit in fits)
        {
            foreach (double p in new[] { 1e-300, 0.25, 0.5, 0.75 })
            {
                try
                {
                    Assert.True(double.IsFinite(fit.ValueAt(p)), $"{fit.Model} at {p}");
                }
                catch (InvalidOperationException ex)
                {
                    Assert.False(fit.IsValid);
                    Assert.Contains("no finite ordinate", ex.Message);
                    refused++;
                }
            }
            Assert.Equal(0.0, fit.ValueAt(0));
        }
        Assert.True(refused > 0); // the Beta fit of these shares overflows (−∞ before the fix)
    }
}
