using System.Globalization;

namespace LppdMetrics.Inequality;

/// <summary>
/// A parametric Lorenz curve fitted by least squares to grouped data (Datt 1998; PovcalNet/PIP), with its
/// validity checks. Obtain one from <see cref="ParametricLorenz.FitGeneralQuadratic"/> or
/// <see cref="ParametricLorenz.FitBeta"/>.
/// </summary>
/// <remarks>
/// PIP's two flags are kept apart: <see cref="IsValid"/> (the curve is a proper Lorenz curve; required for the
/// Gini) and <see cref="IsNormal"/> (the poverty formulas can be evaluated; required for
/// <see cref="Poverty"/>). A fit that fails is still returned, with its failed <see cref="Checks"/>, so that the
/// failure can be reported; its statistics are then null, never silently computed.
/// </remarks>
public abstract class LorenzFit
{
    private protected LorenzFit(LorenzModel model, double[] coefficients, LorenzCheck[] checks, GroupedShares shares)
    {
        Model = model;
        CoefficientArray = coefficients;
        Checks = checks;
        if (IsFitted)
        {
            double sse = 0;
            ReadOnlySpan<double> p = shares.P, l = shares.L;
            Residuals = new double[p.Length];
            for (int i = 0; i < p.Length - 1; i++)
            {
                double residual = l[i] - ValueAtCore(p[i]);
                Residuals[i] = residual * residual;
                sse += Residuals[i];
            }
            SumOfSquaredErrors = double.IsFinite(sse) ? sse : null;
            Abscissae = shares.P.ToArray();
        }
    }

    private protected double[] CoefficientArray { get; }

    private double[] Residuals { get; } = [];

    private double[] Abscissae { get; } = [];

    /// <summary>Which model this is.</summary>
    public LorenzModel Model { get; }

    /// <summary>Whether the least-squares regression produced finite coefficients.</summary>
    public bool IsFitted => CoefficientArray.Length == 3;

    /// <summary>
    /// The fitted coefficients: (a, b, c) for the General Quadratic; (θ, γ, δ) for the Beta. Empty when the
    /// regression could not be run (see <see cref="Checks"/>).
    /// </summary>
    public IReadOnlyList<double> Coefficients => CoefficientArray;

    /// <summary>The validity checks, each passed or failed, in a fixed order.</summary>
    public IReadOnlyList<LorenzCheck> Checks { get; }

    /// <summary>Whether the fitted curve is a valid Lorenz curve (all shape checks pass); the Gini needs it.</summary>
    public abstract bool IsValid { get; }

    /// <summary>Whether the poverty formulas of the model can be evaluated (PIP's <c>is_normal</c>).</summary>
    public abstract bool IsNormal { get; }

    /// <summary>Σ (L̂(p_i) − L_i)² over the group points below (1, 1); null when not fitted.</summary>
    public double? SumOfSquaredErrors { get; }

    /// <summary>The Gini ratio of the fitted curve, 1 − 2∫₀¹L(p)dp (closed form); null unless <see cref="IsValid"/>.</summary>
    public double? Gini => IsValid ? GiniCore() : null;

    /// <summary>The fitted Lorenz ordinate L(p).</summary>
    /// <param name="p">The cumulative population share, 0–1.</param>
    /// <returns>L(p); 0 at p = 0 and 1 at p = 1 for a valid curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1] or is NaN.</exception>
    /// <exception cref="InvalidOperationException">The model could not be fitted, or the fitted curve (not a valid
    /// Lorenz curve: see <see cref="IsValid"/>) has no finite ordinate there.</exception>
    public double ValueAt(double p)
    {
        CheckAbscissa(p);
        double value = ValueAtCore(p);
        if (!double.IsFinite(value))
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The {Model} fit has no finite ordinate at p = {p}."));
        return value;
    }

    /// <summary>The slope L′(p) = y(p)/μ: the income at rank p relative to the mean.</summary>
    /// <param name="p">The cumulative population share, strictly between 0 and 1.</param>
    /// <returns>L′(p).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in (0, 1) or is NaN.</exception>
    /// <exception cref="InvalidOperationException">The model could not be fitted, or the slope is not finite there.</exception>
    public double SlopeAt(double p)
    {
        CheckAbscissa(p);
        if (p <= 0 || p >= 1)
            Guard.ThrowOutOfRange(nameof(p), p, "a value strictly between 0 and 1");
        double slope = SlopeAtCore(p);
        if (!double.IsFinite(slope))
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The {Model} fit has no finite slope at p = {p}."));
        return slope;
    }

    /// <summary>
    /// The FGT measures P0, P1, P2 at poverty line <paramref name="povertyLine"/> for a distribution with mean
    /// <paramref name="mean"/> (same currency unit and period, e.g. rupiah per capita per month).
    /// </summary>
    /// <param name="mean">The mean income/expenditure μ, &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, &gt; 0.</param>
    /// <returns>The measures, or null when the fit is not <see cref="IsNormal"/> or the formulas fail at this line
    /// (e.g. the headcount would exceed 1); <see cref="PovertyFailure"/> says why.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> or <paramref name="povertyLine"/> is not finite and &gt; 0.</exception>
    public LorenzPoverty? Poverty(double mean, double povertyLine) => PovertyFailure(mean, povertyLine) is null ? PovertyCore(mean, povertyLine, out _) : null;

    /// <summary>Why <see cref="Poverty"/> returns null at this mean and line; null when it does not.</summary>
    /// <param name="mean">The mean income/expenditure μ, &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, &gt; 0.</param>
    /// <returns>A one-sentence reason, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> or <paramref name="povertyLine"/> is not finite and &gt; 0.</exception>
    public string? PovertyFailure(double mean, double povertyLine)
    {
        Guard.FinitePositive(mean);
        Guard.FinitePositive(povertyLine);
        if (!IsNormal)
            return Invariant($"the {Name} fit fails the checks its poverty formulas need");
        PovertyCore(mean, povertyLine, out string? failure);
        return failure;
    }

    /// <summary>The short model name used in output: <c>gq</c> or <c>beta</c>.</summary>
    public string Name => Model == LorenzModel.GeneralQuadratic ? "gq" : "beta";

    /// <summary>The sum of squared errors over the first points up to the headcount (PIP's SSEz).</summary>
    internal double SumOfSquaredErrorsUpTo(double headcount)
    {
        int n = 0;
        while (n < Abscissae.Length && Abscissae[n] < headcount)
            n++;
        n = Math.Min(n + 1, Residuals.Length);
        double sum = 0;
        for (int i = 0; i < n; i++)
            sum += Residuals[i];
        return sum;
    }

    private protected abstract double ValueAtCore(double p);

    private protected abstract double SlopeAtCore(double p);

    private protected abstract double GiniCore();

    private protected abstract LorenzPoverty? PovertyCore(double mean, double povertyLine, out string? failure);

    private protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // A ratio z/μ that overflowed (a mean of 1e-310) is said in words: no message prints "Infinity" or "NaN".
    private protected static string Show(double value) =>
        double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture)
        : double.IsNaN(value) ? "an undefined number" : value > 0 ? "a number beyond 1.8e308" : "a number below -1.8e308";

    /// <summary>Checks the three measures are finite proportions; otherwise sets the failure.</summary>
    private protected static LorenzPoverty? Proportions(double h, double pg, double p2, out string? failure)
    {
        const double slack = 1e-9;
        if (!(h >= -slack && h <= 1 + slack) || !(pg >= -slack && pg <= h + slack) || !(p2 >= -slack && p2 <= pg + slack))
        {
            failure = Invariant($"the formulas give P0 = {Show(h)}, P1 = {Show(pg)}, P2 = {Show(p2)}, not 0 ≤ P2 ≤ P1 ≤ P0 ≤ 1");
            return null;
        }
        failure = null;
        return new LorenzPoverty(Math.Clamp(h, 0, 1), Math.Clamp(pg, 0, 1), Math.Clamp(p2, 0, 1));
    }

    private void CheckAbscissa(double p)
    {
        if (!(p >= 0 && p <= 1))
            Guard.ThrowOutOfRange(nameof(p), p, "a population share in [0, 1]");
        if (!IsFitted)
            throw new InvalidOperationException($"The {Name} model could not be fitted: " + string.Join("; ", Checks.Where(c => !c.Passed).Select(c => c.Detail)));
    }
}
