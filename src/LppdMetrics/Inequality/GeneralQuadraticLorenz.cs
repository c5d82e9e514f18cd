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

    // Datt (1998), Table 2: H = −[n + r(b + 2z/μ)/√((b + 2z/μ)² − m)]/(2m); P1 = H − (μ/z)L(H);
    // P2 = 2P1 − H − (μ/z)²[aH + bL(H) − (r/16) ln((1 − H/s1)/(1 − H/s2))], s1 = (r − n)/(2m), s2 = −(r + n)/(2m).
    private protected override LorenzPoverty? PovertyCore(double mean, double povertyLine, out string? failure)
    {
        double a = CoefficientArray[0], b = CoefficientArray[1];
        double m = _k.M, n = _k.N, r = _k.R;
        double bu = b + 2 * povertyLine / mean;
        double h = -(n + r * bu / Math.Sqrt(bu * bu - m)) / (2 * m);
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
