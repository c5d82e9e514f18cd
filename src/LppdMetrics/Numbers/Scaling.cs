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
    /// one rounding allows), and when it would overflow or underflow (1e300/1e-300) n·ln 2 + ln(mₐ/m_b) from the binary
    /// exponents (n = eₐ − e_b) and mantissas in [1, 2), ln 2 split in two (Cody and Waite) so that n·ln 2 keeps its
    /// bits: within an ulp or two, and, like the quotient, the same bits when a and b are multiplied by one power of two
    /// (ln a − ln b, taken before, was not: incomes 2^-1074 and 2 gave a mean log deviation an ulp away from that of the
    /// same incomes times 2^8).
    /// </summary>
    public static double LogRatio(double a, double b)
    {
        double q = a / b;
        if (double.IsNormal(q))
            return Math.Log(q);
        int ea = Math.ILogB(a), eb = Math.ILogB(b);
        double n = (double)ea - eb;
        return n * Ln2High + (n * Ln2Low + Math.Log(Math.ScaleB(a, -ea) / Math.ScaleB(b, -eb)));
    }

    // ln 2 = Ln2High + Ln2Low, Ln2High with its last 21 bits zero, so n·Ln2High is exact for |n| < 2^21 (fdlibm's split).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;

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
