using System.Globalization;

namespace LppdMetrics.Numbers;

/// <summary>
/// Report arithmetic: bringing <see cref="decimal"/> values to the precision an LPPD report prints.
/// </summary>
/// <remarks>
/// All report-level arithmetic (capaian, averages, budget %, efficiency, SPM, IKM, IPM as printed) is done in
/// <see cref="decimal"/>, and rounded half away from zero at the printed precision (docs/methods.md#rounding).
/// Binary doubles get such cases wrong: 74,94 / 80 × 100 is exactly 93,675, which a double holds as 93,67499…
/// and rounds to 93,67, while the report prints 93,68.
/// </remarks>
public static class ReportRounding
{
    /// <summary>The largest number of decimals a <see cref="decimal"/> can carry (28).</summary>
    public const int MaxDecimals = 28;

    /// <summary>The magnitude from which a double is beyond the range of <see cref="decimal"/> for <see cref="ToDecimal"/>: 7.9e28.</summary>
    internal const double DecimalLimit = 7.9e28;

    /// <summary>
    /// Rounds <paramref name="value"/> half away from zero to <paramref name="decimals"/> decimal places
    /// (93,675 → 93,68; 100,365 → 100,37; −6,095 → −6,10).
    /// </summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The printed precision, 0 to 28.</param>
    /// <returns>The rounded value; its scale is at most <paramref name="decimals"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static decimal Round(decimal value, int decimals) => Round(value, decimals, RoundingRule.HalfAwayFromZero);

    /// <summary>Brings <paramref name="value"/> to <paramref name="decimals"/> decimal places by <paramref name="rule"/>.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The printed precision, 0 to 28.</param>
    /// <param name="rule">Half away from zero (the report convention), truncation toward zero, or half to even.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or <paramref name="rule"/> is undefined.</exception>
    public static decimal Round(decimal value, int decimals, RoundingRule rule)
    {
        CheckDecimals(decimals);
        return rule switch
        {
            RoundingRule.HalfAwayFromZero => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
            RoundingRule.Truncate => Math.Round(value, decimals, MidpointRounding.ToZero),
            RoundingRule.HalfToEven => Math.Round(value, decimals, MidpointRounding.ToEven),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, string.Create(CultureInfo.InvariantCulture, $"rule is {rule}; expected a defined RoundingRule.")),
        };
    }

    /// <summary>Cuts <paramref name="value"/> to <paramref name="decimals"/> decimal places toward zero (99,9991 → 99,99).</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The printed precision, 0 to 28.</param>
    /// <returns>The truncated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static decimal Truncate(decimal value, int decimals) => Round(value, decimals, RoundingRule.Truncate);

    /// <summary>One unit in the last printed digit: 10^−<paramref name="decimals"/> (2 → 0,01).</summary>
    /// <param name="decimals">The printed precision, 0 to 28.</param>
    /// <returns>The unit in the last place.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static decimal UnitInLastPlace(int decimals)
    {
        CheckDecimals(decimals);
        return new decimal(1, 0, 0, false, (byte)decimals);
    }

    /// <summary>
    /// The number of decimals a value carries (its scale): 72,84m → 2, 100,00m → 2, 7m → 0. Trailing zeros count,
    /// because a transcribed "100,00" was printed at 2 decimals.
    /// </summary>
    /// <param name="value">A value as transcribed.</param>
    /// <returns>The scale of the decimal, 0 to 28.</returns>
    public static int DecimalsOf(decimal value) => value.Scale;

    /// <summary>
    /// Converts a finite <see cref="double"/> from a microdata or transcendental computation (ln, cube root) to
    /// <see cref="decimal"/> for report arithmetic, keeping the double's shortest round-trip digits.
    /// </summary>
    /// <param name="value">A finite double within ±7,9·10^28.</param>
    /// <param name="paramName">The name to report when <paramref name="value"/> is unusable.</param>
    /// <returns>The decimal with the same shortest decimal representation as <paramref name="value"/> (up to 28 decimals).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or too large for a decimal.</exception>
    public static decimal ToDecimal(double value, string paramName = "value")
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= DecimalLimit)
            Guard.ThrowOutOfRange(paramName, value, "a finite number within ±7.9e28");
        // "R" gives the shortest string that round-trips; decimal.Parse keeps those digits exactly
        // (the plain (decimal) cast keeps only 15 significant digits).
        string text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The quotient <paramref name="numerator"/> / <paramref name="denominator"/> × <paramref name="scale"/>, computed
    /// exactly and rounded once by <paramref name="rule"/> to <paramref name="decimals"/> places; when a decimal cannot
    /// carry that many places at the quotient's magnitude, to the most it can carry (rounded once, from the exact value).
    /// </summary>
    /// <remarks>
    /// <c>n / d * s</c> in decimal arithmetic rounds the division to 28 places and then rounds again: a quotient a
    /// hair below a half (1,00499999…97 %) can come out as exactly 1,005 and print 1,01. This rounds the exact rational
    /// value instead (integer arithmetic on the decimals' mantissas), so the printed digit is always the right one.
    /// </remarks>
    /// <exception cref="OverflowException">The quotient exceeds the range of <see cref="decimal"/>.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is 0.</exception>
    internal static decimal Quotient(decimal numerator, decimal denominator, decimal scale, int decimals, RoundingRule rule)
    {
        CheckDecimals(decimals);
        return ExactRational.Quotient(numerator, denominator, scale).Round(decimals, rule);
    }

    private static void CheckDecimals(int decimals)
    {
        if ((uint)decimals > MaxDecimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, string.Create(CultureInfo.InvariantCulture, $"decimals is {decimals}; expected 0 to {MaxDecimals}."));
    }
}
