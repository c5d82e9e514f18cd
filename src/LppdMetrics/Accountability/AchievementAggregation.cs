using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The capaian of a sasaran or tujuan: the mean of the capaian of its own indicators ("Rata-rata Capaian Kinerja",
/// LPPD Tabel 2 and Tabel 3; docs/methods.md#capaian-mean).
/// </summary>
/// <remarks>
/// Formula: mean = Σ cᵢ / n, unweighted, of the members rounded to 2 decimals first (the report's convention:
/// Sasaran 9 = mean(−9,43; 82,02; 84,65; 103,12; 108,03) = 73,678). Options choose unrounded members, a cap or floor
/// per member, and weights (Σ wᵢ·cᵢ / Σ wᵢ). A tujuan's capaian is the mean of the tujuan's own indicators, not of its
/// sasaran (Tujuan 1 = 100,37 while the mean of Sasaran 1 and 2 is 101,53): pass the right members.
/// Edges: an empty member list is an error; an undefined member makes the mean undefined (or is skipped, by
/// <see cref="MissingMemberPolicy"/>); the mean is never 0 for want of data.
/// </remarks>
public static class AchievementAggregation
{
    /// <summary>Rule id of the mean capaian.</summary>
    public const string Rule = "capaian.mean";

    private const string Source = "LPPD Tabel 2/3 'Rata-rata Capaian Kinerja' (mean of the indicators' capaian); Permendagri 86/2017";

    /// <summary>
    /// The mean of member capaian values (%), e.g. the printed values of a "Realisasi kinerja" table.
    /// </summary>
    /// <param name="achievement">The members' capaian (%), at least one. Under <see cref="MemberPrecision.Rounded"/> each is
    /// rounded to <see cref="AggregationOptions.MemberDecimals"/> first (a no-op for printed 2-decimal values).</param>
    /// <param name="options">Conventions; <see cref="AggregationOptions.Default"/> (the report's) when null.</param>
    /// <returns>The mean with its trace.</returns>
    /// <exception cref="ArgumentException"><paramref name="achievement"/> is empty; the weights do not match the members,
    /// are negative or sum to 0; the options are inconsistent; or the sum exceeds the range of decimal (±7.9e28; the member is named).</exception>
    public static AchievementMeanResult Mean(ReadOnlySpan<decimal> achievement, AggregationOptions? options = null)
    {
        Guard.NotEmpty(achievement);
        var members = new Member[achievement.Length];
        for (int i = 0; i < achievement.Length; i++)
            members[i] = new Member(achievement[i], achievement[i], null);
        return Core(members, options ?? AggregationOptions.Default, nameof(achievement));
    }

    /// <summary>
    /// The mean of member capaian values some of which may be missing (null): missing members follow
    /// <see cref="AggregationOptions.Missing"/> (by default the mean is undefined, never 0).
    /// </summary>
    /// <param name="achievement">The members' capaian (%), null for an undefined one; at least one element.</param>
    /// <param name="options">Conventions; <see cref="AggregationOptions.Default"/> when null.</param>
    /// <returns>The mean with its trace; undefined as the missing-member policy says.</returns>
    /// <exception cref="ArgumentException"><paramref name="achievement"/> is empty or has a null member; bad weights or options; or the sum exceeds the range of decimal (±7.9e28; the member is named).</exception>
    public static AchievementMeanResult Mean(IReadOnlyList<decimal?> achievement, AggregationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        if (achievement.Count == 0)
            throw new ArgumentException("capaian is empty; at least one element is required.", nameof(achievement));
        var members = new Member[achievement.Count];
        for (int i = 0; i < members.Length; i++)
            members[i] = new Member(achievement[i], achievement[i], null);
        return Core(members, options ?? AggregationOptions.Default, nameof(achievement));
    }

    /// <summary>
    /// The mean of computed capaian results: the printed values (rounded, the report's convention) or the exact ones,
    /// by <see cref="AggregationOptions.Members"/>. The members' traces become the parts of the mean's trace.
    /// </summary>
    /// <param name="members">The members' capaian; at least one.</param>
    /// <param name="options">Conventions; <see cref="AggregationOptions.Default"/> when null.</param>
    /// <returns>The mean with its trace.</returns>
    /// <exception cref="ArgumentException"><paramref name="members"/> is empty or has a null member; bad weights or options; or the sum exceeds the range of decimal (±7.9e28; the member is named).</exception>
    public static AchievementMeanResult Mean(IReadOnlyList<AchievementResult> members, AggregationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
            throw new ArgumentException("members is empty; at least one element is required.", nameof(members));
        var list = new Member[members.Count];
        for (int i = 0; i < list.Length; i++)
        {
            AchievementResult member = members[i] ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"members[{i}] is null; every member must be a capaian result."), nameof(members));
            list[i] = new Member(member.Value, member.Unrounded, member.Trace);
        }
        return Core(list, options ?? AggregationOptions.Default, nameof(members));
    }

    private readonly record struct Member(decimal? Printed, decimal? Exact, CalculationTrace? Trace);

    private static AchievementMeanResult Core(Member[] members, AggregationOptions options, string paramName)
    {
        options.Validate();
        IReadOnlyList<decimal>? weights = options.Weights;
        if (weights is not null)
        {
            Guard.SameLength(members.Length, weights.Count, "members", "Weights");
            Guard.AllNonNegative(weights.ToArray(), nameof(options.Weights));
        }
        bool rounded = options.Members == MemberPrecision.Rounded;
        string formula = weights is null ? "Σ cᵢ / n" : "Σ wᵢ·cᵢ / Σ wᵢ";
        var trace = new TraceBuilder(Rule, formula, Source);
        trace.Note(rounded
            ? string.Create(CultureInfo.InvariantCulture, $"members rounded to {options.MemberDecimals} decimals before averaging (MemberPrecision.Rounded, the report's convention)")
            : "members averaged unrounded (MemberPrecision.Unrounded)");

        var used = new List<decimal>(members.Length);
        decimal sum = 0m, weightSum = 0m;
        ExactRational exactSum = ExactRational.Of(0m), exactWeights = ExactRational.Of(0m);
        var missing = new List<int>();
        for (int i = 0; i < members.Length; i++)
        {
            Member m = members[i];
            if (m.Trace is not null) trace.Part(m.Trace);
            decimal? source = rounded ? m.Printed : m.Exact;
            if (source is not { } c0)
            {
                missing.Add(i + 1);
                continue;
            }
            decimal c = rounded ? ReportRounding.Round(c0, options.MemberDecimals) : c0;
            c = Achievement.Limit(c, options.MemberCap, options.MemberFloor, trace);
            decimal w = weights?[i] ?? 1m;
            trace.Input(string.Create(CultureInfo.InvariantCulture, $"c{i + 1}"), c, weights is null ? null : string.Create(CultureInfo.InvariantCulture, $"weight {w}"));
            used.Add(c);
            try
            {
                sum += w * c;
                weightSum += w;
                exactSum += ExactRational.Of(w) * ExactRational.Of(c);
                exactWeights += ExactRational.Of(w);
            }
            catch (OverflowException)
            {
                throw Guard.Overflow(paramName, c, weights is null ? "the sum of the members up to it" : "the weighted sum of the members up to it",
                    string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}]"));
            }
        }

        string? reason = null;
        if (missing.Count > 0)
        {
            string which = "member(s) " + string.Join(", ", missing) + " undefined";
            if (options.Missing == MissingMemberPolicy.Propagate)
                reason = which + " (MissingMemberPolicy.Propagate)";
            else
                trace.Note(which + ": left out (MissingMemberPolicy.Skip)");
        }
        if (reason is null && used.Count == 0)
            reason = "no defined member";
        if (reason is null && weightSum == 0m)
            reason = "the weights of the defined members sum to 0";
        if (reason is not null)
            return new AchievementMeanResult(trace.Undefined(reason, options.Decimals)) { Members = used, MemberCount = members.Length };

        trace.Step(weights is null ? "Σ cᵢ" : "Σ wᵢ·cᵢ", string.Join(" + ", used.Select(u => u.ToString(CultureInfo.InvariantCulture))), sum);
        decimal mean;
        try
        {
            mean = sum / weightSum;
        }
        catch (OverflowException)
        {
            // Only weights can make the quotient larger than the members: a total of the weights far below 1.
            throw Guard.Overflow(nameof(options), weightSum, string.Create(CultureInfo.InvariantCulture, $"{sum} / {weightSum}"), "the total of options.Weights");
        }
        // The decimal sum and quotient each round to 28 significant digits: with weights near the decimal limits
        // (10²⁸ on 1,005, 1 on 0) the quotient 1,005 − 10⁻²⁸ came out 1,005 and printed 1,01. The mean is the exact
        // Σ wᵢcᵢ / Σ wᵢ wherever the decimal one is not, and is rounded once from the exact value.
        ExactRational exactMean = exactSum / exactWeights;
        if (ExactRational.Of(mean) != exactMean)
            mean = exactMean.ToDecimal();
        trace.Step("mean", string.Create(CultureInfo.InvariantCulture, $"{sum} / {weightSum}"), mean);
        int decimals = PrintedDecimals(mean, options);
        if (decimals != options.Decimals)
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"the mean ends at decimal {decimals}: printed with {decimals} decimals (KeepExactExtraDecimal)"));
        return new AchievementMeanResult(trace.Rounded(mean, decimals, RoundingRule.HalfAwayFromZero, exactMean.Round(decimals, RoundingRule.HalfAwayFromZero)))
            { Members = used, MemberCount = members.Length };
    }

    private static int PrintedDecimals(decimal mean, AggregationOptions options)
    {
        int d = options.Decimals;
        if (!options.KeepExactExtraDecimal || d >= ReportRounding.MaxDecimals || ReportRounding.Round(mean, d) == mean)
            return d;
        return ReportRounding.Round(mean, d + 1) == mean ? d + 1 : d;
    }
}
