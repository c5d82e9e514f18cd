using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The human development index (IPM, <i>Indeks Pembangunan Manusia</i>) by the BPS "metode baru" or the UNDP HDI:
/// the component indices, the index, its category and its growth.
/// </summary>
/// <remarks>
/// Sources: BPS, IPM metode baru (since 2014, back-cast to 2010; goalposts in
/// docs/methods.md#ipm); UNDP, Human Development Report technical notes; LPPD Kabupaten Blitar 2024,
/// Tabel 2.1–2.3 (docs/methods.md#ipm). The IPM of the report's 2023 and 2024 rows and BPS's national IPM of 2018,
/// 2023 and 2024 reproduce exactly from their components.
/// </remarks>
public static class HumanDevelopmentIndex
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>
    /// Computes the IPM from its four components:
    /// I_kesehatan = (UHH − 20)/(85 − 20); I_pendidikan = (min(HLS, 18)/18 + min(RLS, 15)/15)/2;
    /// I_pengeluaran = (ln x − ln 1007,436)/(ln 26572,352 − ln 1007,436); IPM = 100 · ∛(I_kesehatan · I_pendidikan · I_pengeluaran)
    /// (goalposts of <paramref name="method"/>, BPS by default).
    /// </summary>
    /// <param name="lifeExpectancy">UHH, life expectancy at birth, years (at least the method's minimum, 20).</param>
    /// <param name="expectedSchooling">HLS, expected years of schooling at age 7, years; above 18 it is capped at 18.</param>
    /// <param name="meanSchooling">RLS, mean years of schooling of the population aged 25+, years; above 15 it is capped at 15.</param>
    /// <param name="expenditure">
    /// x, adjusted real per-capita expenditure in the method's unit: BPS thousand rupiah per person per year at
    /// constant 2012 prices (Blitar 2024: 12020, not 12.020.000); UNDP GNI per capita in 2017 PPP dollars. At least the
    /// method's minimum (BPS 1007,436).
    /// </param>
    /// <param name="method">The goalposts; null for <see cref="HumanDevelopmentMethod.Bps2010"/>.</param>
    /// <returns>The index (0–100), its components, the printed value, the category and the trace.</returns>
    /// <remarks>
    /// <para>Edges. HLS and RLS above their maxima are capped (BPS and UNDP rule). UHH or expenditure above the
    /// maximum are capped (index 1) or rejected, by <see cref="HumanDevelopmentMethod.AboveMaximum"/>; a cap is
    /// noted in the trace. UHH or expenditure below the minimum are rejected (a negative dimension index has no
    /// geometric mean). A component exactly at its minimum, or HLS = RLS = 0, gives a zero dimension index and an
    /// IPM of 0.</para>
    /// <para>The IPM is computed in double and printed from its shortest digits; where that double lies within 10⁻¹¹ of a
    /// half of the printed precision, the side of the half is decided from the exact product of the dimension indices
    /// (the components as their printed digits, I_pengeluaran's logarithms to 256 bits) against the cube of the half,
    /// and the unrounded value then is the exact IPM to 25 places (UHH 64,13, HLS 14,89, RLS 11,63, x 11.548: 74,01, not
    /// 74,02; noted in the trace).</para>
    /// <para>The category is that of the printed value, with lower boundaries inclusive
    /// (see <see cref="HumanDevelopmentCategory"/>).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or negative; UHH or expenditure is below the minimum, or above the maximum with <see cref="AboveMaximumPolicy.Reject"/>; or <paramref name="method"/> is inconsistent.</exception>
    public static HumanDevelopmentResult Compute(
        double lifeExpectancy, double expectedSchooling, double meanSchooling, double expenditure,
        HumanDevelopmentMethod? method = null)
    {
        Guard.FiniteNonNegative(lifeExpectancy);
        Guard.FiniteNonNegative(expectedSchooling);
        Guard.FiniteNonNegative(meanSchooling);
        Guard.FiniteNonNegative(expenditure);
        var m = method ?? HumanDevelopmentMethod.Bps2010;
        m.Validate();

        var trace = new TraceBuilder(m.Rule, "IPM = 100 · ∛(I_kesehatan · I_pendidikan · I_pengeluaran)", m.Source)
            .Input("UHH", lifeExpectancy, "life expectancy at birth, years")
            .Input("HLS", expectedSchooling, "expected years of schooling, years")
            .Input("RLS", meanSchooling, "mean years of schooling, years")
            .Input("x", expenditure, m.ExpenditureUnit);

        double uhh = AtMostMaximum(lifeExpectancy, m.LifeExpectancyMin, m.LifeExpectancyMax, nameof(lifeExpectancy), "UHH", m, trace);
        double x = AtMostMaximum(expenditure, m.ExpenditureMin, m.ExpenditureMax, nameof(expenditure), "x", m, trace);
        double hls = Capped(expectedSchooling, m.ExpectedSchoolingMax, "HLS", trace);
        double rls = Capped(meanSchooling, m.MeanSchoolingMax, "RLS", trace);

        double health = (uhh - m.LifeExpectancyMin) / (m.LifeExpectancyMax - m.LifeExpectancyMin);
        trace.Step("I_kesehatan", $"({S(uhh)} − {S(m.LifeExpectancyMin)}) / ({S(m.LifeExpectancyMax)} − {S(m.LifeExpectancyMin)})", health);

        double hlsIndex = hls / m.ExpectedSchoolingMax;
        double rlsIndex = rls / m.MeanSchoolingMax;
        double education = (hlsIndex + rlsIndex) / 2;
        trace.Step("I_HLS", $"{S(hls)} / {S(m.ExpectedSchoolingMax)}", hlsIndex)
             .Step("I_RLS", $"{S(rls)} / {S(m.MeanSchoolingMax)}", rlsIndex)
             .Step("I_pendidikan", $"({S(hlsIndex)} + {S(rlsIndex)}) / 2", education);

        double lnX = Math.Log(x), lnMin = Math.Log(m.ExpenditureMin), lnMax = Math.Log(m.ExpenditureMax);
        double expenditureIndex = (lnX - lnMin) / (lnMax - lnMin);
        trace.Step("ln x", $"ln {S(x)}", lnX)
             .Step("ln min", $"ln {S(m.ExpenditureMin)}", lnMin)
             .Step("ln max", $"ln {S(m.ExpenditureMax)}", lnMax)
             .Step("I_pengeluaran", $"({S(lnX)} − {S(lnMin)}) / ({S(lnMax)} − {S(lnMin)})", expenditureIndex);

        double product = health * education * expenditureIndex;
        double humanDevelopment = 100 * Math.Cbrt(product);
        trace.Step("product", $"{S(health)} · {S(education)} · {S(expenditureIndex)}", product)
             .Step("IPM", $"100 · ∛{S(product)}", humanDevelopment);

        decimal unrounded = ReportRounding.ToDecimal(humanDevelopment, nameof(humanDevelopment));
        // A double a few units in its last place from a half can round to the wrong side: there the side is decided exactly.
        var components = new CubeRootRounding.Components(uhh, hls, rls, x, m);
        decimal exact = CubeRootRounding.Decide(unrounded, components);
        if (exact != unrounded)
            trace.Note(string.Create(Ci, $"the double IPM {unrounded} is a hair from a half and on its wrong side: the exact IPM is {exact} (decided by comparing the product with the cube of the half)"));
        unrounded = exact;
        decimal value = ReportRounding.Round(unrounded, m.PrintedDecimals);
        var category = Classify(value, m);
        trace.Note(string.Create(Ci, $"category {category} ({IndonesianName(category)}) of the printed value {value}: {CategoryRule(m)}"));

        return new HumanDevelopmentResult(trace.Rounded(unrounded, m.PrintedDecimals))
        {
            HealthIndex = health,
            EducationIndex = education,
            ExpectedSchoolingIndex = hlsIndex,
            MeanSchoolingIndex = rlsIndex,
            ExpenditureIndex = expenditureIndex,
            Category = category,
            Method = m,
            Components = components,
        };
    }

    /// <summary>
    /// The status category of a printed IPM: below 60 <i>rendah</i>, 60 ≤ IPM &lt; 70 <i>sedang</i>, 70 ≤ IPM &lt; 80
    /// <i>tinggi</i>, 80 and above <i>sangat tinggi</i> (BPS; boundaries from <paramref name="method"/>).
    /// </summary>
    /// <param name="humanDevelopment">The index on 0–100 as printed (BPS: 2 decimals). Any value is accepted: below 0 is rendah, above 100 sangat tinggi.</param>
    /// <param name="method">The boundaries; null for <see cref="HumanDevelopmentMethod.Bps2010"/>.</param>
    /// <returns>The category; each lower boundary belongs to the upper category (70,00 is tinggi, 69,99 sedang).</returns>
    /// <exception cref="ArgumentException"><paramref name="method"/> has boundaries out of order.</exception>
    public static HumanDevelopmentCategory Classify(decimal humanDevelopment, HumanDevelopmentMethod? method = null)
    {
        var m = method ?? HumanDevelopmentMethod.Bps2010;
        Guard.Ordered(m.MediumFrom, m.HighFrom, nameof(m.MediumFrom), nameof(m.HighFrom));
        Guard.Ordered(m.HighFrom, m.VeryHighFrom, nameof(m.HighFrom), nameof(m.VeryHighFrom));
        return humanDevelopment >= m.VeryHighFrom ? HumanDevelopmentCategory.VeryHigh
             : humanDevelopment >= m.HighFrom ? HumanDevelopmentCategory.High
             : humanDevelopment >= m.MediumFrom ? HumanDevelopmentCategory.Medium
             : HumanDevelopmentCategory.Low;
    }

    /// <summary>The Indonesian (BPS) name of a category: "Rendah", "Sedang", "Tinggi", "Sangat Tinggi".</summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The name as BPS and LPPD reports write it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static string IndonesianName(HumanDevelopmentCategory category)
    {
        Guard.Defined(category);
        return category switch
        {
            HumanDevelopmentCategory.Low => "Rendah",
            HumanDevelopmentCategory.Medium => "Sedang",
            HumanDevelopmentCategory.High => "Tinggi",
            _ => "Sangat Tinggi",
        };
    }

    /// <summary>
    /// IPM growth (BPS <i>pertumbuhan IPM</i>, the new method's replacement of the old "reduksi shortfall"):
    /// (IPM_t − IPM_{t−1}) / IPM_{t−1} × 100 %, and the change in points IPM_t − IPM_{t−1}.
    /// </summary>
    /// <param name="previousIndex">IPM of the earlier year, as printed, &gt; 0 (0–100).</param>
    /// <param name="currentIndex">IPM of the later year, as printed, 0–100.</param>
    /// <param name="decimals">Decimals of the printed growth; 2 (as BPS and Tabel 2.1 print it) by default.</param>
    /// <returns>Growth in % rounded half away from zero, the exact point change, and the trace
    /// (Blitar 72,84 → 73,44: 0,82 % and 0,60 points; Indonesia 74,39 → 75,02: 0,85 %).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An IPM is negative or above 100, <paramref name="previousIndex"/> is 0 or so small that the growth exceeds the range of decimal (±7.9e28), or <paramref name="decimals"/> is outside 0–28.</exception>
    public static HumanDevelopmentGrowth Growth(decimal previousIndex, decimal currentIndex, int decimals = 2)
    {
        CheckIndex(previousIndex);
        CheckIndex(currentIndex);
        decimal points = currentIndex - previousIndex;
        decimal percent = PercentChange.Of(previousIndex, currentIndex);
        var trace = new TraceBuilder("ipm.growth", "(IPM_t − IPM_{t−1}) / IPM_{t−1} × 100", "BPS, IPM metode baru: pertumbuhan IPM")
            .Input("IPM_{t−1}", previousIndex)
            .Input("IPM_t", currentIndex)
            .Step("IPM_t − IPM_{t−1}", string.Create(Ci, $"{currentIndex} − {previousIndex}"), points)
            .Step("growth", string.Create(Ci, $"{points} / {previousIndex} × 100"), percent)
            .Rounded(percent, decimals);
        return new HumanDevelopmentGrowth(trace) { Points = points };
    }

    private static void CheckIndex(decimal humanDevelopment, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(humanDevelopment))] string? name = null)
    {
        Guard.NonNegative(humanDevelopment, name);
        Guard.AtMost(humanDevelopment, 100m, name!, "100");
    }

    private static double AtMostMaximum(double value, double min, double max, string paramName, string symbol,
        HumanDevelopmentMethod m, TraceBuilder trace)
    {
        if (value < min)
            Guard.ThrowOutOfRange(paramName, value, $"at least the {m.Name} minimum {S(min)}");
        if (value <= max)
            return value;
        if (m.AboveMaximum == AboveMaximumPolicy.Reject)
            Guard.ThrowOutOfRange(paramName, value, $"at most the {m.Name} maximum {S(max)} (AboveMaximumPolicy.Reject; is the unit {(symbol == "x" ? m.ExpenditureUnit : "years")}?)");
        trace.Note($"{symbol} = {S(value)} is above the maximum {S(max)}: capped at {S(max)} (AboveMaximumPolicy.Cap)");
        return max;
    }

    private static double Capped(double value, double max, string symbol, TraceBuilder trace)
    {
        if (value <= max)
            return value;
        trace.Note($"{symbol} = {S(value)} is above the maximum {S(max)}: capped at {S(max)} (BPS/UNDP rule)");
        return max;
    }

    private static string CategoryRule(HumanDevelopmentMethod m) =>
        string.Create(Ci, $"rendah < {m.MediumFrom} ≤ sedang < {m.HighFrom} ≤ tinggi < {m.VeryHighFrom} ≤ sangat tinggi");

    private static string S(double value) => Guard.Show(value);
}
