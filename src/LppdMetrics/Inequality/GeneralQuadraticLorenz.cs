namespace LppdMetrics.Inequality;

/// <summary>
/// The General Quadratic Lorenz curve (Villaseñor and Arnold 1989) in Datt's (1998) parameterisation:
/// L(1 − L) = a(p² − L) + bL(p − 1) + c(p − L), fitted by OLS without intercept on the group points below (1, 1).
/// With e = −(a + b + c + 1), m = b² − 4a, n = 2be − 4c, r = √(n² − 4me²):
/// L(p) = −[bp + e + √(mp² + np + e²)]/2.
/// </summary>
internal sealed class GeneralQuadraticLorenz(double[] coefficients, LorenzCheck[] checks, GroupedShares shares)
    : LorenzFit(LorenzModel.GeneralQuadratic, coefficients, checks, shares)
{
    private readonly Key _k = Key.Of(coefficients);

    /// <summary>PIP's threshold on a + c for a valid fit (Datt's exact condition for L(1) = 1 is a + c ≥ 1).</summary>
    internal const double MinimumAPlusC = 0.9;

    public override bool IsNormal => Checks.Take(4).All(c => c.Passed);

    public override bool IsValid => Checks.All(c => c.Passed);

    internal static GeneralQuadraticLorenz Fit(GroupedShares shares)
    {
        ReadOnlySpan<double> p = shares.P, l = shares.L;
        int k = p.Length - 1;
        var x = new double[k, 3];
        var y = new double[k];
        for (int i = 0; i < k; i++)
        {
            y[i] = l[i] * (1 - l[i]);
            x[i, 0] = p[i] * p[i] - l[i];
            x[i, 1] = l[i] * (p[i] - 1);
            x[i, 2] = p[i] - l[i];
        }
        double[]? coefficients = LeastSquares.Solve(x, y);
        if (coefficients is null)
            return new GeneralQuadraticLorenz([], [new LorenzCheck("gq.regression", false, "the least-squares regression of L(1 − L) on (p² − L), L(p − 1), (p − L) has no unique finite solution")], shares);
        return new GeneralQuadraticLorenz(coefficients, ChecksOf(coefficients), shares);
    }

    private static LorenzCheck[] ChecksOf(double[] coefficients)
    {
        Key k = Key.Of(coefficients);
        double a = coefficients[0], c = coefficients[2];
        double bound = k.N * k.N / (4 * k.E * k.E);
        bool convex = k.M < 0 || (k.M > 0 && k.M < bound && k.N >= 0) || (k.M > 0 && k.M < -k.N / 2 && k.M < bound);
        return
        [
            new("gq.regression", true, "least-squares fit on the group points below (1, 1)"),
            new("gq.e-negative", k.E < 0, Invariant($"e = −(a + b + c + 1) = {Show(k.E)} must be < 0 (the curve passes through (0, 0))")),
            new("gq.c-nonnegative", c >= 0, Invariant($"c = {Show(c)} must be ≥ 0")),
            new("gq.convex", convex, Invariant($"m = {Show(k.M)}, n = {Show(k.N)}: need m < 0, or 0 < m < n²/(4e²) = {Show(bound)} with n ≥ 0, or 0 < m < −n/2 and m < n²/(4e²)")),
            new("gq.a-plus-c", a + c >= MinimumAPlusC, Invariant($"a + c = {Show(a + c)} must be ≥ {Show(MinimumAPlusC)} (PIP's threshold; the curve reaches (1, 1) when a + c ≥ 1)")),
        ];
    }

    private protected override double ValueAtCore(double p)
    {
        double b = CoefficientArray[1];
        return -0.5 * (b * p + _k.E + Math.Sqrt(Math.Max(0, _k.Q(p))));
    }

    private protected override double SlopeAtCore(double p)
    {
        double b = CoefficientArray[1];
        return -b / 2 - (2 * _k.M * p + _k.N) / (4 * Math.Sqrt(Math.Max(0, _k.Q(p))));
    }

    // G = 1 − 2∫₀¹L = 1 + b/2 + e + ∫₀¹√Q, with √Q(0) = |e| and √Q(1) = |a + c − 1|, and
    // ∫√Q = (2mp + n)√Q/(4m) − r²/(8m)·∫dp/√Q (the standard antiderivative of the root of a quadratic).
    private protected override double GiniCore()
    {
        double a = CoefficientArray[0], b = CoefficientArray[1], c = CoefficientArray[2];
        double m = _k.M, n = _k.N, e = _k.E, r = _k.R;
        // Where m is small beside n and e² (b² ≈ 4a), the closed form's two terms, each of order 1/m, cancel: with
        // m = −4·10⁻¹⁰ it gave G = 0,23 for 0,34, and with m = −4·10⁻¹² a value below 0. There ∫₀¹√Q is taken by
        // tanh-sinh quadrature, which is exact to rounding for a root of a quadratic non-negative on [0, 1].
        if (Math.Abs(m) < SmallCurvature * (Math.Abs(n) + e * e))
            return Math.Clamp(1 + b / 2 + e + TanhSinh(p => Math.Sqrt(Math.Max(0, _k.Q(p)))), 0, 1);
        double root1 = Math.Abs(a + c - 1), root0 = Math.Abs(e);
        double integral = ((2 * m + n) * root1 - n * root0) / (4 * m);
        double inverse;
        if (m > 0)
        {
            double s = Math.Sqrt(m);
            inverse = Math.Log(Math.Abs((2 * s * root1 + 2 * m + n) / (2 * s * root0 + n))) / s;
        }
        else
        {
            double s = Math.Sqrt(-m);
            inverse = -(Math.Asin(Math.Clamp((2 * m + n) / r, -1, 1)) - Math.Asin(Math.Clamp(n / r, -1, 1))) / s;
        }
        integral -= r * r / (8 * m) * inverse;
        return Math.Clamp(1 + b / 2 + e + integral, 0, 1);
    }

    // |m| below this fraction of |n| + e² takes the integral of √Q by quadrature: the closed form loses about
    // 10⁻¹⁶·(|n| + e²)/|m| to cancellation, at most 10⁻¹³ above it.
    private const double SmallCurvature = 1e-3;

    // ∫₀¹ f by the tanh-sinh (double-exponential) rule of Takahasi and Mori (1974): p = (1 + tanh(π/2·sinh t))/2, step
    // 2⁻⁶ in t over |t| ≤ 3,5, where the weights have fallen below 10⁻²⁰; accurate to about 10⁻¹⁵ for a function
    // analytic inside (0, 1) even where its derivative is infinite at an end (√Q with Q(1) = 0).
    private static double TanhSinh(Func<double, double> f)
    {
        const double h = 1.0 / 64;
        double sum = 0;
        for (int k = -224; k <= 224; k++)
        {
            double t = k * h, u = Math.PI / 2 * Math.Sinh(t), cosh = Math.Cosh(u);
            // p and 1 − p from e^(±2u) without cancellation: p = 1/(1 + e^(−2u)).
            double p = 1 / (1 + Math.Exp(-2 * u));
            double weight = Math.PI / 4 * Math.Cosh(t) / (cosh * cosh);
            sum += weight * f(p);
        }
        return sum * h;
    }

    // Datt (1998), Table 2: H = −[n + r(b + 2z/μ)/√((b + 2z/μ)² − m)]/(2m); P1 = H − (μ/z)L(H);
    // P2 = 2P1 − H − (μ/z)²[aH + bL(H) − (r/16) ln((1 − H/s1)/(1 − H/s2))], s1 = (r − n)/(2m), s2 = −(r + n)/(2m).
    private protected override LorenzPoverty? PovertyCore(double mean, double povertyLine, out string? failure)
    {
        double a = CoefficientArray[0], b = CoefficientArray[1];
        double m = _k.M, n = _k.N, r = _k.R;
        double bu = b + 2 * povertyLine / mean;
        // bu/√(bu² − m), also where bu² overflows (z/μ above about 1e154: a line of 1e300 against a mean of 3): there
        // it is sign(bu)/√(1 − m/bu²) → ±1, where bu/√∞ gave 0 and so H = −n/(2m) ≤ 0, "no one poor", for everyone poor.
        // A z/μ beyond the doubles (a mean of 1e-310) keeps ratio NaN: no headcount, said in words below.
        double ratio = Math.Abs(bu) < 1e150 || !double.IsFinite(bu) ? bu / Math.Sqrt(bu * bu - m) : Math.Sign(bu) / Math.Sqrt(1 - m / bu / bu);
        double h = -(n + r * ratio) / (2 * m);
        double e = _k.E;
        bool flat = Math.Abs(m) < SmallCurvature * (Math.Abs(n) + e * e);
        // Where m is small (b² ≈ 4a) and n, bu have opposite signs, n + r·bu/√(bu² − m) cancels and is divided by 2m
        // (m = 0 gave no headcount at all): the same root as −(4e²bu² − n²)/(2(bu² − m)(n − r·bu/√(bu² − m))), since
        // r² = n² − 4me², which has no cancellation there; written divided by bu² (bu ≠ 0 there), which cannot overflow.
        if (flat && n * bu < 0)
            h = -(4 * e * e - n * n / bu / bu) / (2 * (1 - m / bu / bu) * (n - r * ratio));
        if (!double.IsFinite(h))
        {
            failure = Invariant($"the headcount formula has no real solution at z/μ = {Show(povertyLine / mean)}");
            return null;
        }
        if (h <= 0)
        {
            failure = null;
            return new LorenzPoverty(0, 0, 0);
        }
        double u = mean / povertyLine;
        double lh = ValueAtCore(h);
        double pg = h - u * lh;
        double s1 = (r - n) / (2 * m), s2 = -(r + n) / (2 * m);
        if (flat)
        {
            // The root of r ∓ n that cancels, by (r − n)(r + n) = −4me²: s1 = −2e²/(r + n), s2 = 2e²/(r − n).
            if (n > 0)
                s1 = -2 * e * e / (r + n);
            else
                s2 = 2 * e * e / (r - n);
        }
        double p2 = 2 * pg - h - u * u * (a * h + b * lh - r / 16 * Math.Log((1 - h / s1) / (1 - h / s2)));
        return Proportions(h, pg, p2, out failure);
    }

    private readonly record struct Key(double E, double M, double N, double R)
    {
        public static Key Of(double[] coefficients)
        {
            if (coefficients.Length != 3)
                return default;
            double a = coefficients[0], b = coefficients[1], c = coefficients[2];
            double e = -(a + b + c + 1), m = b * b - 4 * a, n = 2 * b * e - 4 * c;
            return new Key(e, m, n, Math.Sqrt(Math.Max(0, n * n - 4 * m * e * e)));
        }

        public double Q(double p) => M * p * p + N * p + E * E;
    }
}
