using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The gender development index (IPG, <i>Indeks Pembangunan Gender</i>): IPG = IPM_perempuan / IPM_laki-laki × 100
/// (BPS; the LPPD document writes the ratio without the × 100 but prints the values ×100, e.g. 93,89).
/// </summary>
/// <remarks>
/// 100 means parity; below 100 women's human development lags men's. Values above 100 are possible and are kept.
/// </remarks>
public static class GenderDevelopmentIndex
{
    private const string Rule = "ipg.bps";
    private const string Formula = "IPG = IPM_P / IPM_L × 100";
    private const string Source = "BPS, Indeks Pembangunan Gender (IPG); LPPD Blitar 2024 line 2215";

    /// <summary>IPG from the female and male IPM as published: <c>femaleIpm / maleIpm × 100</c>.</summary>
    /// <param name="femaleIndex">IPM of women, 0–100.</param>
    /// <param name="maleIndex">IPM of men, &gt; 0 and ≤ 100.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The IPG, unrounded and rounded half away from zero, with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An IPM is negative or above 100, <paramref name="maleIndex"/> is 0 or so small that the ratio exceeds the range of decimal (±7.9e28), or <paramref name="decimals"/> is outside 0–28.</exception>
    public static GenderDevelopmentResult Compute(decimal femaleIndex, decimal maleIndex, int decimals = 2)
    {
        Guard.NonNegative(femaleIndex);
        Guard.AtMost(femaleIndex, 100m, nameof(femaleIndex), "100");
        Guard.Positive(maleIndex);
        Guard.AtMost(maleIndex, 100m, nameof(maleIndex), "100");
        decimal ratio = TracedRatio.Divide(femaleIndex, maleIndex, 100m, nameof(maleIndex), maleIndex,
            static m => string.Create(CultureInfo.InvariantCulture, $"the IPG against a male IPM of {m}"));
        var trace = new TraceBuilder(Rule, Formula, Source)
            .Input("IPM_P", femaleIndex, "IPM perempuan (female)")
            .Input("IPM_L", maleIndex, "IPM laki-laki (male)")
            .Step("IPG", string.Create(CultureInfo.InvariantCulture, $"{femaleIndex} / {maleIndex} × 100"), ratio);
        return new(TracedRatio.FinishQuotient(trace, ratio, femaleIndex, maleIndex, 100m, decimals)) { FemaleIndex = femaleIndex, MaleIndex = maleIndex };
    }

    /// <summary>
    /// IPG from two computed IPMs at full precision (<see cref="TracedResult.Unrounded"/>, not the printed values);
    /// the trace carries both IPM traces as parts.
    /// </summary>
    /// <remarks>
    /// The unrounded IPG is the exact quotient of the two IPMs' decimal digits, which carry the rounding of double
    /// arithmetic; where it lies within 10⁻¹¹ of a half of the printed precision, the side of the half h is decided
    /// exactly from the components, P_f ≥ (h/100)³·P_m with P = I_kesehatan · I_pendidikan · I_pengeluaran (the
    /// components as their printed digits, I_pengeluaran's logarithms to 256 bits), and the unrounded value then is the
    /// exact IPG to 25 places (female UHH 73,50, HLS 13,20, RLS 8,10, x 10.500 and male 63,54, 16,39, 12,98, 9.196:
    /// IPG 97,7450000000000005…, printed 97,75; noted in the trace).
    /// </remarks>
    /// <param name="female">The IPM of women.</param>
    /// <param name="male">The IPM of men; its unrounded value must be &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The IPG with its trace.</returns>
    /// <exception cref="ArgumentNullException">A result is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The male IPM is 0, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static GenderDevelopmentResult Compute(HumanDevelopmentResult female, HumanDevelopmentResult male, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(female);
        ArgumentNullException.ThrowIfNull(male);
        decimal f = female.Unrounded!.Value; // an IPM always has a value (bad inputs throw)
        decimal m = male.Unrounded!.Value;
        Guard.Positive(m, nameof(male));
        decimal ratio = TracedRatio.Divide(f, m, 100m, nameof(male), m,
            static m => string.Create(CultureInfo.InvariantCulture, $"the IPG against a male IPM of {m}"));
        var trace = new TraceBuilder(Rule, Formula, Source)
            .Input("IPM_P", f, "IPM perempuan (female), full precision")
            .Input("IPM_L", m, "IPM laki-laki (male), full precision")
            .Step("IPG", string.Create(CultureInfo.InvariantCulture, $"{f} / {m} × 100"), ratio)
            .Part(female.Trace)
            .Part(male.Trace);
        // The two IPMs carry the rounding of double arithmetic: a quotient a hair from a half can be on its wrong side,
        // and there the side is decided from the exact products (a result built without components keeps the quotient).
        decimal exact = female.Components.Method is null || male.Components.Method is null
            ? ratio
            : CubeRootRounding.DecideQuotient(ratio, female.Components, male.Components, decimals);
        if (exact == ratio)
            return new(TracedRatio.FinishQuotient(trace, ratio, f, m, 100m, decimals)) { FemaleIndex = f, MaleIndex = m };
        trace.Note(string.Create(CultureInfo.InvariantCulture, $"the quotient {ratio} of the two IPMs' digits is a hair from a half and on its wrong side: the exact IPG is {exact} (decided by comparing the female product with the cube of the half times the male product)"));
        return new(trace.Rounded(exact, decimals)) { FemaleIndex = f, MaleIndex = m };
    }

}
