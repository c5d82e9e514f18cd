namespace LppdMetrics.Numbers;

/// <summary>
/// Exact rescaling for the microdata kernels: statistics that do not depend on the scale of the weights or of the
/// values (Gini, FGT, the entropy family) are computed on data multiplied by powers of two, which is exact, so that
/// weights of 5e-324 or 1e300 and values from 1e-300 to 1e300 neither overflow nor underflow.
/// </summary>
internal static class Scaling
{
    /// <summary>2^k bringing <paramref name="m"/> (&gt; 0, finite) into [1, 2), with |k| ≤ 1022 so the factor is a normal double.</summary>
    public static double PowerOfTwo(double m) => Math.ScaleB(1.0, Math.Clamp(-Math.ILogB(m), -1022, 1022));

    /// <summary>The largest element (0 for an empty span); the elements are finite and ≥ 0.</summary>
    public static double Max(ReadOnlySpan<double> values)
    {
        double max = 0;
        foreach (double v in values)
            max = Math.Max(max, v);
        return max;
    }

    /// <summary>
    /// ln(a/b) for a, b &gt; 0 and finite: ln of the quotient when the quotient is a normal double (as accurate as
    /// one rounding allows), and ln a − ln b when the quotient would overflow or underflow (1e300/1e-300).
    /// </summary>
    public static double LogRatio(double a, double b)
    {
        double q = a / b;
        return double.IsNormal(q) ? Math.Log(q) : Math.Log(a) - Math.Log(b);
    }
}
