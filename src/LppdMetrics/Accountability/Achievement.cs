using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// Capaian kinerja: the achievement of a realisation against its target, in percent, with the indicator's polarity
/// (Permendagri 86/2017; PermenPANRB on performance management; docs/methods.md#capaian).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Positive polarity: capaian = R / T × 100 (8,16 / … ; IKLI 74,94 / 80 → 93,675 → 93,68).</item>
/// <item>Negative polarity: capaian = (2·T − R) / T × 100 (poverty 8,19 / 8,16 → 100,366… → 100,37).</item>
/// </list>
/// Arithmetic is exact <see cref="decimal"/> (28 significant digits), rounded half away from zero at 2 decimals by
/// default. There is no cap and no floor unless the options set one: a negative realisation gives a negative
/// capaian, R &gt; 2·T under negative polarity gives a negative capaian, and 504,5 % stays 504,5 %.
/// A target of 0 never divides: the capaian is undefined (or an error, by <see cref="ZeroTargetPolicy"/>).
/// A missing target or realisation gives a missing capaian, never 0. A negative target is accepted but noted in the
/// trace, because the ratio's direction then inverts.
/// </remarks>
public static class Achievement
{
    /// <summary>Rule id of a positive-polarity capaian.</summary>
    public const string PositiveRule = "capaian.positive";

    /// <summary>Rule id of a negative-polarity capaian.</summary>
    public const string NegativeRule = "capaian.negative";

    /// <summary>The formula of positive polarity, as traces print it.</summary>
    public const string PositiveFormula = "R / T × 100";

    /// <summary>The formula of negative polarity, as traces print it.</summary>
    public const string NegativeFormula = "(2·T − R) / T × 100";

    private const string PositiveSource = "Permendagri 86/2017; LPPD Kabupaten Blitar 2024 line 1748 ('membandingkan antara realisasi dan target')";
    private const string NegativeSource = "PermenPANRB Sistem Manajemen Kinerja, polaritas khusus: (1 + (1 − R/T)) × 100; as every negative-polarity row of LPPD Kabupaten Blitar 2024";

    /// <summary>
    /// Computes the capaian of <paramref name="realization"/> against <paramref name="target"/>:
    /// R / T × 100 (positive) or (2·T − R) / T × 100 (negative), then the cap and floor of the options, then rounding.
    /// </summary>
    /// <param name="target">The target T in the indicator's unit. 0 follows <see cref="AchievementOptions.ZeroTarget"/>.</param>
    /// <param name="realization">The realisation R in the same unit; may be negative (growth of −0,28 % → −9,43 %).</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="options">Conventions; <see cref="AchievementOptions.Default"/> (the report's) when null.</param>
    /// <returns>The capaian (%) with its exact value and trace; undefined (no value) for a zero target by default.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is undefined; the options are inconsistent;
    /// or the target is 0 under <see cref="ZeroTargetPolicy.Reject"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Also when the capaian exceeds the range of <see cref="decimal"/> (|R / T| &gt; 7,9·10^26).</exception>
    public static AchievementResult Compute(decimal target, decimal realization, Polarity polarity, AchievementOptions? options = null) =>
        Compute((decimal?)target, realization, polarity, options);

    /// <summary>
    /// Computes the capaian when the target or the realisation may be missing (a report cell "NIHIL", "n/a",
    /// "Tidak ada data"): a missing input gives an undefined capaian (no value, with the reason), never 0.
    /// Otherwise identical to <see cref="Compute(decimal, decimal, Polarity, AchievementOptions?)"/>.
    /// </summary>
    /// <param name="target">The target T; null when missing.</param>
    /// <param name="realization">The realisation R; null when missing.</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="options">Conventions; <see cref="AchievementOptions.Default"/> when null.</param>
    /// <returns>The capaian; undefined when an input is missing or the target is 0 (by default).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is undefined; the options are inconsistent;
    /// or the target is 0 under <see cref="ZeroTargetPolicy.Reject"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Also when the capaian exceeds the range of <see cref="decimal"/>.</exception>
    public static AchievementResult Compute(decimal? target, decimal? realization, Polarity polarity, AchievementOptions? options = null)
    {
        Guard.Defined(polarity);
        options ??= AchievementOptions.Default;
        options.Validate();

        bool negative = polarity == Polarity.Negative;
        var trace = new TraceBuilder(negative ? NegativeRule : PositiveRule, negative ? NegativeFormula : PositiveFormula,
            negative ? NegativeSource : PositiveSource);
        if (target is { } t0) trace.Input("T", t0, "target");
        if (realization is { } r0) trace.Input("R", r0, "realisation");

        string? missing = TracedRatio.Missing("target", target, "realisation", realization);
        if (missing is null && target == 0m)
        {
            if (options.ZeroTarget == ZeroTargetPolicy.Reject)
                throw new ArgumentOutOfRangeException(nameof(target), 0m,
                    "target is 0; a capaian needs a non-zero target (ZeroTargetPolicy.Reject).");
            missing = "target is 0 (ZeroTargetPolicy.Undefined): the capaian is undefined, not infinite and not 0";
        }
        if (missing is not null)
            return Undefined(target, realization, polarity, options, trace, missing);

        decimal t = target!.Value, r = realization!.Value;
        if (t < 0)
            trace.Note("the target is negative: the ratio's direction is inverted; check the indicator's polarity");
        decimal raw, dividend;
        if (negative)
        {
            decimal numerator;
            try
            {
                numerator = 2m * t - r;
            }
            catch (OverflowException)
            {
                // 2·T alone can pass the decimal range where 2·T − R does not (T = R = 5·10²⁸: 100 %): T + (T − R)
                // overflows only where 2·T − R itself does (T − R cannot when T and R have the same sign, and is
                // smaller than 2·T − R in size when they have not).
                try
                {
                    numerator = t + (t - r);
                }
                catch (OverflowException)
                {
                    throw Guard.Overflow(nameof(realization), r, AgainstTarget(t));
                }
            }
            trace.Step("2·T − R", string.Create(CultureInfo.InvariantCulture, $"2 × {t} − {r}"), numerator);
            dividend = numerator;
            raw = TracedRatio.Divide(numerator, t, 100m, nameof(realization), r, AgainstTarget);
            trace.Step("(2·T − R) / T × 100", string.Create(CultureInfo.InvariantCulture, $"{numerator} / {t} × 100"), raw);
        }
        else
        {
            dividend = r;
            raw = TracedRatio.Divide(r, t, 100m, nameof(realization), r, AgainstTarget);
            trace.Step("R / T × 100", string.Create(CultureInfo.InvariantCulture, $"{r} / {t} × 100"), raw);
        }

        decimal limited = Limit(raw, options.Cap, options.Floor, trace);
        CalculationTrace finished = limited == raw
            ? TracedRatio.FinishQuotient(trace, raw, dividend, t, 100m, options.Decimals, options.Rounding)
            : TracedRatio.Finish(trace, limited, null, options.Decimals, options.Rounding);
        return new AchievementResult(finished)
        {
            Target = t,
            Realization = r,
            Polarity = polarity,
            Raw = raw,
            Limited = limited != raw,
        };
    }

    private static string AgainstTarget(decimal t) => string.Create(CultureInfo.InvariantCulture, $"the capaian against target {t}");

    internal static decimal Limit(decimal value, decimal? cap, decimal? floor, TraceBuilder trace)
    {
        decimal result = value;
        if (cap is { } c && result > c)
        {
            result = c;
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"capped at {c} % (option Cap): {value} → {c}"));
        }
        if (floor is { } f && result < f)
        {
            result = f;
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"floored at {f} % (option Floor): {value} → {f}"));
        }
        return result;
    }

    private static AchievementResult Undefined(decimal? target, decimal? realization, Polarity polarity, AchievementOptions options,
        TraceBuilder trace, string reason) =>
        new(TracedRatio.Finish(trace, null, reason, options.Decimals, options.Rounding))
        {
            Target = target,
            Realization = realization,
            Polarity = polarity,
        };
}
