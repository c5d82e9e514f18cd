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

    /// <summary>
    /// The same curves at z/μ = 1,2: H solves L′(H) = z/μ, P1 = ∫₀^H (1 − L′μ/z), P2 = ∫₀^H (1 − L′μ/z)², by mpmath
    /// (bisection and quadrature at 40 digits) on the same double coefficients. H = −(n + r·bu/√(bu² − m))/(2m) is a
    /// difference of near-equal terms divided by m: H was 3,4·10⁻⁹ off for δ = 10⁻¹⁰ and 10⁻⁴ off for δ = 10⁻¹⁴, and
    /// for δ = 0 (m = −5·10⁻¹⁷) the headcount is 0,9717171717.
    /// </summary>
    [Theory]
    [InlineData(1e-8, 0.97171714584968342112, 0.17070707456567492591, 0.031287060680698440163)]
    [InlineData(1e-10, 0.97171717145849676654, 0.17070707074565671517, 0.031287057290706120804)]
    [InlineData(1e-14, 0.97171717171714584421, 0.17070707070707452342, 0.031287057256467192126)]
    [InlineData(0, 0.97171717171717169103, 0.1707070707070706679, 0.031287057256463770628)]
    public void ThePovertyOfACurveWithAlmostNoCurvatureIsItsIntegral(double delta, double headcount, double gap, double squaredGap)
    {
        var fit = new GeneralQuadraticLorenz([0.81 + delta, -1.8, 0.2], [new LorenzCheck("test", true, "a valid curve by hand")], Shares);
        LorenzPoverty poverty = fit.Poverty(1.0, 1.2)!;
        Assert.True(Math.Abs(poverty.Headcount - headcount) < 1e-12, $"H = {poverty.Headcount:R}, expected {headcount:R}");
        Assert.True(Math.Abs(poverty.PovertyGap - gap) < 1e-12, $"P1 = {poverty.PovertyGap:R}, expected {gap:R}");
        Assert.True(Math.Abs(poverty.SquaredPovertyGap - squaredGap) < 1e-12, $"P2 = {poverty.SquaredPovertyGap:R}, expected {squaredGap:R}");
    }
}
