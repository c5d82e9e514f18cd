using LppdMetrics.Bands;
using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The public satisfaction index (IKM, <i>Indeks Kepuasan Masyarakat</i>) of PermenPANRB 14/2017 (Pedoman Penyusunan
/// Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik).
/// </summary>
/// <remarks>
/// <para>Per element u (U1…U9): NRR_u = Σ answers_u / answered_u, where answered_u counts the respondents who gave
/// element u an answer 1–4. An unanswered element is excluded from that element's NRR only (the respondent still
/// counts for the other elements) and is reported in <see cref="SatisfactionElementResult.Unanswered"/>.
/// Weighted NRR_u = NRR_u × 1/9; IKM = Σ_u weighted NRR_u (scale 1–4); converted IKM = IKM × 25 (scale 25–100).
/// The quality letter and performance word come from the band table (<see cref="SatisfactionBandTable"/>).</para>
/// <para>Arithmetic is exact: answers are counted as integers and the NRRs are decimal quotients of integers; nothing is
/// rounded except, by default, the converted value at 2 decimals for classification.</para>
/// <para>Over many units there are two different indices, named apart: <see cref="PooledOverRespondents"/> (every
/// respondent counts once) and <see cref="MeanOfUnitIndices"/> (every unit counts once).</para>
/// </remarks>
public static class SatisfactionIndex
{
    /// <summary>The stable rule id of the IKM trace.</summary>
    public const string Rule = "ikm.permenpanrb14-2017";

    /// <summary>The stable rule id of the mean-of-unit-indices trace.</summary>
    public const string MeanRule = "ikm.mean-of-unit-indices";

    /// <summary>The weight as the regulation's text prints it: 0,111 (see <see cref="SatisfactionWeighting.PrintedThreeDecimals"/>).</summary>
    public const decimal PrintedWeight = 0.111m;

    /// <summary>The scale factor from the IKM (1–4) to the converted IKM (25–100): 25.</summary>
    public const decimal ConversionFactor = 25m;

    private const string Source = "PermenPANRB 14/2017, Lampiran (Survei Kepuasan Masyarakat)";

    /// <summary>
    /// Computes the IKM of the respondents in <paramref name="tally"/> (one unit, or a pooled tally).
    /// </summary>
    /// <param name="tally">The counted answers.</param>
    /// <param name="options">Weight and band conventions; <see cref="SatisfactionOptions.Default"/> when null.</param>
    /// <returns>NRRs, IKM, converted IKM, quality and performance, with the trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no respondents, or an element has no answer at all (its NRR is undefined; the message names it).</exception>
    public static SatisfactionResult Compute(SatisfactionTally tally, SatisfactionOptions? options = null)
    {
        Guard.NotNull(tally);
        return Tallied(tally, options, nameof(tally));
    }

    // The IKM of a tally; errors name paramName (the caller's parameter: a tally, or the units pooled into it).
    private static SatisfactionResult Tallied(SatisfactionTally tally, SatisfactionOptions? options, string paramName)
    {
        options ??= SatisfactionOptions.Default;
        Guard.That(tally.Respondents > 0, paramName, paramName + " has no respondents; the IKM needs at least one.");
        var ci = CultureInfo.InvariantCulture;
        bool exact = options.Weighting == SatisfactionWeighting.ExactNinth;
        string weightText = exact ? "1/9" : "0.111";
        var trace = new TraceBuilder(Rule,
            $"NRR_u = Σ answers_u / answered_u; IKM = Σ_u NRR_u × {weightText}; converted = IKM × 25", Source)
            .Input("n", (decimal)tally.Respondents, "respondents");
        var elements = new SatisfactionElementResult[SatisfactionTally.ElementCount];
        // The IKM is carried exactly (the NRRs are quotients of counts) and rounded once to a decimal: a sum of nine
        // 28-place quotients could sit a unit in the 27th place off the exact mean (and off a band bound).
        ExactRational exactSum = ExactRational.Of(0m);
        for (int u = 1; u <= SatisfactionTally.ElementCount; u++)
        {
            long answered = tally.Answered(u);
            Guard.That(answered > 0, paramName, string.Create(CultureInfo.InvariantCulture,
                $"{paramName} element U{u} has no answers among {tally.Respondents} respondents; its NRR is undefined."));
            long sum = tally.Sum(u);
            decimal meanScore = (decimal)sum / answered;
            decimal weighted = exact ? meanScore / SatisfactionTally.ElementCount : meanScore * PrintedWeight;
            elements[u - 1] = new SatisfactionElementResult("U" + u.ToString(ci), answered, tally.Unanswered(u), sum, meanScore, weighted);
            trace.Step("NRR_U" + u.ToString(ci), string.Create(CultureInfo.InvariantCulture, $"{sum} / {answered}"), meanScore);
            exactSum += ExactRational.Quotient(sum, answered, 1m);
        }
        ExactRational exactIndex = exact
            ? exactSum.DividedBy(SatisfactionTally.ElementCount)
            : exactSum * ExactRational.Of(PrintedWeight);
        decimal satisfaction = exactIndex.ToDecimal();
        if (exact)
        {
            trace.Step("IKM", "Σ NRR / 9", satisfaction);
        }
        else
        {
            trace.Step("IKM", "Σ NRR × 0.111", satisfaction);
            trace.Note("weight 0,111 as printed in the regulation (weights sum to 0,999), not the exact 1/9");
        }
        decimal converted = (exactIndex * ExactRational.Of(ConversionFactor)).ToDecimal();
        trace.Step("converted", string.Create(CultureInfo.InvariantCulture, $"{satisfaction} × 25"), converted);
        Band<string> band = options.Bands.Classify(converted, nameof(converted));
        AddBandNotes(trace, tally, band, options.Bands);
        return new SatisfactionResult(tally.Respondents, elements, satisfaction, band, trace.Result(converted));
    }

    /// <summary>
    /// The IKM over several units pooled over respondents: the units' tallies are added and the IKM computed once,
    /// so every respondent counts once and large units weigh more.
    /// </summary>
    /// <param name="units">The tallies of the units (not changed).</param>
    /// <param name="options">Weight and band conventions; default when null.</param>
    /// <returns>The pooled result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">There are no respondents at all, or an element has no answer in any unit.</exception>
    public static SatisfactionResult PooledOverRespondents(IEnumerable<SatisfactionTally> units, SatisfactionOptions? options = null)
    {
        Guard.NotNull(units);
        var pooled = new SatisfactionTally();
        int k = 0;
        foreach (SatisfactionTally unit in units)
        {
            Guard.NotNull(unit, string.Create(CultureInfo.InvariantCulture, $"units[{k++}]"));
            pooled.Add(unit);
        }
        return Tallied(pooled, options, nameof(units));
    }

    /// <summary>
    /// The IKM over several units as the unweighted mean of the unit indices: Σ IKM_k / K, converted × 25, then
    /// classified. Every unit counts once, whatever its number of respondents (contrast <see cref="PooledOverRespondents"/>).
    /// </summary>
    /// <param name="units">The unit results, each from <see cref="Compute"/>.</param>
    /// <param name="options">The band table to classify the mean with (the weighting is already in the unit results); default when null.</param>
    /// <returns>The mean with its units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty.</exception>
    public static SatisfactionMeanOfUnitsResult MeanOfUnitIndices(IReadOnlyList<SatisfactionResult> units, SatisfactionOptions? options = null)
    {
        Guard.HasItems(units);
        options ??= SatisfactionOptions.Default;
        var trace = new TraceBuilder(MeanRule, "IKM = Σ_k IKM_k / K; converted = IKM × 25", Source);
        decimal sum = 0;
        var indices = new ExactRational[units.Count];
        for (int k = 0; k < units.Count; k++)
        {
            Guard.NotNull(units[k], string.Create(CultureInfo.InvariantCulture, $"units[{k}]"));
            trace.Input(string.Create(CultureInfo.InvariantCulture, $"IKM_{k + 1}"), units[k].Index, string.Create(CultureInfo.InvariantCulture, $"{units[k].Respondents} respondents"));
            trace.Part(units[k].Trace);
            sum += units[k].Index;
            indices[k] = ExactRational.Of(units[k].Index);
        }
        // The exact mean of the unit indices, rounded once: it lies between the smallest and the largest unit index
        // without any clamp.
        ExactRational mean = ExactRational.Mean(indices);
        decimal satisfaction = mean.ToDecimal();
        trace.Step("IKM", string.Create(CultureInfo.InvariantCulture, $"{sum} / {units.Count}"), satisfaction);
        decimal converted = (mean * ExactRational.Of(ConversionFactor)).ToDecimal();
        trace.Step("converted", string.Create(CultureInfo.InvariantCulture, $"{satisfaction} × 25"), converted);
        Band<string> band = options.Bands.Classify(converted, nameof(converted));
        trace.Note("mean of unit indices: every unit counts once, whatever its number of respondents");
        trace.Note($"band {band.Grade} ({band.Label})");
        return new SatisfactionMeanOfUnitsResult(units.ToArray(), satisfaction, band, trace.Result(converted));
    }

    private static void AddBandNotes(TraceBuilder trace, SatisfactionTally tally, Band<string> band, BandTable<string> table)
    {
        long unanswered = 0;
        for (int u = 1; u <= SatisfactionTally.ElementCount; u++)
            unanswered += tally.Unanswered(u);
        if (unanswered > 0)
            trace.Note(string.Create(CultureInfo.InvariantCulture, $"{unanswered} unanswered element answers excluded from their element's NRR"));
        trace.Note(table.GapPolicy == BandGapPolicy.RoundToPrintedPrecision
            ? string.Create(CultureInfo.InvariantCulture, $"band by the converted value rounded half up to {table.Decimals} decimals: {band.Grade} ({band.Label})")
            : $"band by lower bounds on the unrounded converted value: {band.Grade} ({band.Label})");
    }
}
