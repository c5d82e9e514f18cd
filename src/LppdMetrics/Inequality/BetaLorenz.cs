using MathNet.Numerics;

namespace LppdMetrics.Inequality;

/// <summary>
/// The Beta Lorenz curve (Kakwani 1980) in Datt's (1998) form L(p) = p − θ p^γ (1 − p)^δ, fitted by OLS of
/// ln(p − L) on 1, ln p, ln(1 − p) over the group points below (1, 1); θ = exp(intercept).
/// </summary>
internal sealed class BetaLorenz(double[] coefficients, LorenzCheck[] checks, GroupedShares shares)
    : LorenzFit(LorenzModel.Beta, coefficients, checks, shares)
{
    /// <summary>PIP's bracket for the headcount root, [0.0001, 0.9999].</summary>
    private const double Low = 1e-4, High = 1 - 1e-4;

    public override bool IsValid => Checks.Take(3).All(c => c.Passed);

    public override bool IsNormal => Checks.Count == 4 && Checks[3].Passed;

    internal static BetaLorenz Fit(GroupedShares shares)
    {
        ReadOnlySpan<double> p = shares.P, l = shares.L;
        int k = p.Length - 1;
        var x = new double[k, 3];
        var y = new double[k];
        for (int i = 0; i < k; i++)
        {
            if (p[i] - l[i] <= 0)
                return new BetaLorenz([], [new LorenzCheck("beta.regression", false,
                    Invariant($"point {i} has L = {Show(l[i])} ≥ p = {Show(p[i])}, so ln(p − L) is undefined"))], shares);
            y[i] = Math.Log(p[i] - l[i]);
            x[i, 0] = 1;
            x[i, 1] = Math.Log(p[i]);
            x[i, 2] = Math.Log(1 - p[i]);
        }
        double[]? fit = LeastSquares.Solve(x, y);
        if (fit is null)
            return new BetaLorenz([], [new LorenzCheck("beta.regression", false, "the least-squares regression of ln(p − L) on 1, ln p, ln(1 − p) has no unique finite solution")], shares);
        double[] coefficients = [Math.Exp(fit[0]), fit[1], fit[2]];
        return new BetaLorenz(coefficients, ChecksOf(coefficients), shares);
    }

    // PIP's grids: L′(p) ≥ 0 at p = 0.001, 0.051; L″(p) ≥ 0 at p = 0.001, 0.051, …, 0.951.
    private static LorenzCheck[] ChecksOf(double[] c)
    {
        double theta = c[0], gamma = c[1], delta = c[2];
        double? badSlope = null, badCurvature = null;
        for (double w = 0.001; w <= 0.1; w += 0.05)
            if (Slope(theta, gamma, delta, w) < 0) { badSlope = w; break; }
        for (int i = 0; i < 20; i++)
        {
            double w = 0.001 + 0.05 * i;
            if (!(Curvature(theta, gamma, delta, w) >= 0)) { badCurvature = w; break; }
        }
        return
        [
            new("beta.regression", true, "least-squares fit of ln(p − L) on the group points below (1, 1)"),
            new("beta.increasing", badSlope is null, badSlope is null
                ? "L′(p) ≥ 0 at p = 0.001 and 0.051"
                : Invariant($"L′({Show(badSlope.Value)}) = {Show(Slope(theta, gamma, delta, badSlope.Value))} < 0")),
            new("beta.convex", badCurvature is null, badCurvature is null
                ? "L″(p) ≥ 0 at p = 0.001, 0.051, …, 0.951"
                : Invariant($"L″({Show(badCurvature.Value)}) = {Show(Curvature(theta, gamma, delta, badCurvature.Value))} < 0")),
            new("beta.poverty-integrals", gamma > 0.5 && delta > 0.5,
                Invariant($"γ = {Show(gamma)} and δ = {Show(delta)} must both exceed 0.5 for the incomplete-beta integrals of P2 (PIP)")),
        ];
    }

    private static double Slope(double theta, double gamma, double delta, double p) =>
        1 - theta * Math.Pow(p, gamma) * Math.Pow(1 - p, delta) * (gamma / p - delta / (1 - p));

    private static double Curvature(double theta, double gamma, double delta, double p) =>
        theta * Math.Pow(p, gamma) * Math.Pow(1 - p, delta)
        * (gamma * (1 - gamma) / (p * p) + 2 * gamma * delta / (p * (1 - p)) + delta * (1 - delta) / ((1 - p) * (1 - p)));

    private protected override double ValueAtCore(double p)
    {
        if (p <= 0 || p >= 1)
            return p <= 0 ? 0 : 1;
        return p - CoefficientArray[0] * Math.Pow(p, CoefficientArray[1]) * Math.Pow(1 - p, CoefficientArray[2]);
    }

    private protected override double SlopeAtCore(double p) => Slope(CoefficientArray[0], CoefficientArray[1], CoefficientArray[2], p);

    // G = 1 − 2∫₀¹L = 2θ B(1 + γ, 1 + δ) (complete beta function; PIP integrates numerically instead).
    private protected override double GiniCore() =>
        Math.Clamp(2 * CoefficientArray[0] * Math.Exp(SpecialFunctions.BetaLn(1 + CoefficientArray[1], 1 + CoefficientArray[2])), 0, 1);

    // H solves L′(H) = z/μ (bisection on PIP's bracket); P1 = H − (μ/z)L(H);
    // P2 = (1 − μ/z)²H + 2(1 − μ/z)(μ/z)(H − L(H)) + (μ/z)²θ²[γ²B_H(2γ−1, 2δ+1) − 2γδB_H(2γ, 2δ) + δ²B_H(2γ+1, 2δ−1)],
    // where B_H is the incomplete beta integral ∫₀^H t^(a−1)(1−t)^(b−1)dt (Datt 1998, Table 2, expanded).
    private protected override LorenzPoverty? PovertyCore(double mean, double povertyLine, out string? failure)
    {
        double theta = CoefficientArray[0], gamma = CoefficientArray[1], delta = CoefficientArray[2];
        double target = povertyLine / mean;
        double lo = Low, hi = High;
        if (SlopeAtCore(lo) >= target)
        {
            failure = null;
            return new LorenzPoverty(0, 0, 0);
        }
        if (!(SlopeAtCore(hi) > target))
        {
            failure = Invariant($"L′(p) = z/μ = {Show(target)} has no root in [{Show(Low)}, {Show(High)}]");
            return null;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (SlopeAtCore(mid) < target) lo = mid; else hi = mid;
        }
        double h = 0.5 * (lo + hi);
        double u = mean / povertyLine, lh = ValueAtCore(h);
        double pg = h - u * lh;
        double integral = gamma * gamma * IncompleteBeta(2 * gamma - 1, 2 * delta + 1, h)
            - 2 * gamma * delta * IncompleteBeta(2 * gamma, 2 * delta, h)
            + delta * delta * IncompleteBeta(2 * gamma + 1, 2 * delta - 1, h);
        double p2 = (1 - u) * (1 - u) * h + 2 * (1 - u) * u * (h - lh) + u * u * theta * theta * integral;
        return Proportions(h, pg, p2, out failure);
    }

    private static double IncompleteBeta(double a, double b, double x) =>
        SpecialFunctions.BetaRegularized(a, b, x) * Math.Exp(SpecialFunctions.BetaLn(a, b));
}
