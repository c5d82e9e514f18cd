using LppdMetrics.Inequality;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The Gini of a General Quadratic Lorenz curve whose m = b² − 4a is near 0, where the closed-form integral of √Q is a
/// difference of two terms of order 1/m.
/// </summary>
public class GeneralQuadraticCurvatureTests
{
    private static readonly GroupedShares Shares = GroupedShares.FromCumulative([0.2, 0.5, 0.8, 1], [0.05, 0.2, 0.5, 1]);

    /// <summary>
    /// a = 0,81 + δ, b = −1,8, c = 0,2 (a valid curve: e = −0,21 &lt; 0, c ≥ 0, a + c ≥ 0,9, m = −4δ &lt; 0). G = 1 + b/2 + e +
    /// ∫₀¹√(mp² + np + e²) dp, n = 2be − 4c = −0,044. At m = 0, by hand: ∫√(np + e²) = 2/(3n)·((n + e²)^{3/2} − |e|³) =
    /// 2/(−0,132)·(10⁻⁶ − 0,009261) = 0,1403030…, so G = −0,11 + 0,1403030… = 1/33; for δ &gt; 0 the values are mpmath's
    /// quadrature at 40 digits. The closed form gave 0,0303052 for δ = 10⁻⁸ (7·10⁻⁸ off), −150 (clamped to 0) for
    /// δ = 10⁻¹² and 737161 (clamped to 1) for δ = 10⁻¹⁴.
    /// </summary>
    [Theory]
    [InlineData(1e-6, 0.030305284203703977834)]
    [InlineData(1e-8, 0.030303052842470078893)]
    [InlineData(1e-10, 0.030303030528424770132)]
    [InlineData(1e-12, 0.030303030305284206191)]
    [InlineData(1e-14, 0.030303030303052833078)]
    [InlineData(0, 1.0 / 33)]
    public void TheGiniOfACurveWithAlmostNoCurvatureIsItsIntegral(double delta, double expected)
    {
        var fit = new GeneralQuadraticLorenz([0.81 + delta, -1.8, 0.2], [new LorenzCheck("test", true, "a valid curve by hand")], Shares);
        double gini = fit.Gini!.Value;
        Assert.True(Math.Abs(gini - expected) < 1e-14, $"G = {gini:R}, expected {expected:R}");
    }
}
