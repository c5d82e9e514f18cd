using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    /// <remarks>Four 128-bit lanes at a time (the baseline of every x64 and Arm64 build, Native AOT's included): the
    /// maximum of finite numbers does not depend on the order in which they are compared.</remarks>
    public static double Max(ReadOnlySpan<double> values)
    {
        ref double start = ref MemoryMarshal.GetReference(values);
        int i = 0;
        Vector128<double> a = Vector128<double>.Zero, b = Vector128<double>.Zero;
        for (; i <= values.Length - 4; i += 4)
        {
            a = Vector128.Max(a, Vector128.LoadUnsafe(ref start, (nuint)i));
            b = Vector128.Max(b, Vector128.LoadUnsafe(ref start, (nuint)i + 2));
        }
        a = Vector128.Max(a, b);
        double max = Math.Max(a.GetElement(0), a.GetElement(1));
        for (; i < values.Length; i++)
            max = Math.Max(max, values[i]);
        return max;
    }

    /// <summary>The smallest element &gt; 0 (+∞ when there is none); the elements are finite and ≥ 0.</summary>
    public static double MinPositive(ReadOnlySpan<double> values)
    {
        ref double start = ref MemoryMarshal.GetReference(values);
        int i = 0;
        Vector128<double> min = Vector128.Create(double.PositiveInfinity), infinity = min;
        for (; i <= values.Length - 2; i += 2)
        {
            Vector128<double> v = Vector128.LoadUnsafe(ref start, (nuint)i);
            min = Vector128.Min(min, Vector128.ConditionalSelect(Vector128.GreaterThan(v, Vector128<double>.Zero), v, infinity));
        }
        double result = Math.Min(min.GetElement(0), min.GetElement(1));
        for (; i < values.Length; i++)
        {
            if (values[i] > 0)
                result = Math.Min(result, values[i]);
        }
        return result;
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

    /// <summary>
    /// eˣ − 1 to a few ulp also where eˣ is near 1 (Kahan's formula (u − 1)·x / ln u, u = eˣ; Higham, <i>Accuracy and
    /// Stability of Numerical Algorithms</i>, 2002, §1.14.1): <c>Math.Exp(x) - 1</c>, which .NET's
    /// <c>double.ExpM1</c> is, keeps no digit of x = 10⁻¹⁷. −1 at −∞, +∞ at +∞.
    /// </summary>
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
            return x;
        double um1 = u - 1.0;
        if (um1 == -1.0 || double.IsPositiveInfinity(u))
            return um1;
        return um1 * x / Math.Log(u);
    }

    /// <summary>
    /// ln(1 + x) for x ≥ −1 to a few ulp also where x is near 0 (Kahan's formula ln u · x / (u − 1), u = 1 + x; Higham
    /// 2002, §1.14.1): .NET's <c>double.LogP1</c> is <c>Math.Log(x + 1)</c>, which keeps no digit of x = 10⁻¹⁷.
    /// </summary>
    public static double LogP1(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
            return x;
        return double.IsPositiveInfinity(u) ? Math.Log(x) : Math.Log(u) * x / (u - 1.0);
    }
}
