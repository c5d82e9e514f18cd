using System.Globalization;
using LppdMetrics.Bands;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The SPM achievement index (<i>indeks pencapaian Standar Pelayanan Minimal</i>) of PP 2/2018 and Permendagri
/// 59/2021, at every level: item and recipients capaian, quality sub-group, quality B, service, sub-urusan, urusan.
/// </summary>
/// <remarks>
/// <para>The rule (docs/methods.md#spm; it reproduces all 370 SPM figures of LPPD Kabupaten Blitar 2024):</para>
/// <list type="bullet">
/// <item>capaian(T, R) = 100 if T = 0, else min(R / T, 1) × 100 (capped: over-achievement does not offset other items);</item>
/// <item>A = capaian of the recipients row (<i>jumlah yang harus dilayani</i>);</item>
/// <item>B = mean over quality sub-groups of the mean item capaian (or of all items, by option); 100 when the service has no items;</item>
/// <item>service index = 0,8 × A + 0,2 × B (the weights are inferred from the printed figures; 70/30, 90/10, 50/50 fail);</item>
/// <item>sub-urusan index = mean of its service indices; urusan index = unweighted mean of the service indices.</item>
/// </list>
/// <para>Everything is exact decimal at full precision; nothing is rounded between steps (rounding each step gives
/// 99,50 instead of the printed 99,49 for Pendidikan Dasar). Each result's <c>Rounded</c> and its trace's result
/// are rounded half away from zero to 2 decimals for display only. Units and indicator direction are not used.</para>
/// </remarks>
public static class SpmIndex
{
    /// <summary>The weight of the recipients capaian A in a service index: 0,8.</summary>
    public const decimal RecipientsWeight = 0.8m;

    /// <summary>The weight of the quality capaian B in a service index: 0,2.</summary>
    public const decimal QualityWeight = 0.2m;

    /// <summary>The printed precision of every SPM percentage: 2 decimals.</summary>
    public const int PrintedDecimals = 2;

    private const string Source = "Permendagri 59/2021; rule reproduced on LPPD Kab. Blitar 2024 ch. 4 (docs/methods.md#spm)";

    /// <summary>
    /// The capaian of one row: 100 when <paramref name="target"/> is 0 (13 such rows in the Blitar report are printed
    /// 100,00 %), otherwise min(<paramref name="realized"/> / <paramref name="target"/>, 1) × 100.
    /// </summary>
    /// <param name="target">T ≥ 0.</param>
    /// <param name="realized">R ≥ 0.</param>
    /// <param name="name">The row's label for the trace; null when unnamed.</param>
    /// <returns>The capaian (0–100) with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> or <paramref name="realized"/> is negative.</exception>
    public static SpmAchievementResult Achievement(decimal target, decimal realized, string? name = null) =>
        Achievement(target, realized, name, nameof(target), nameof(realized)).Result;

    /// <summary>
    /// Computes the SPM index of <paramref name="affair"/> and of every level below it.
    /// </summary>
    /// <param name="affair">The urusan with its services.</param>
    /// <param name="options">Conventions; <see cref="SpmOptions.Default"/> when null.</param>
    /// <returns>The urusan result holding the sub-urusan, service, quality, group, recipients and item results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="affair"/> is null.</exception>
    /// <exception cref="ArgumentException">The urusan has no services; a service, its recipients row or its quality list is missing;
    /// a service's sub-urusan is not among the urusan's; or a sub-urusan has no services. The message names the path, e.g.
    /// <c>urusan.Services[2].Recipients</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target or realisation is negative (the message names its path).</exception>
    public static SpmAffairResult Compute(SpmAffair affair, SpmOptions? options = null)
    {
        Guard.NotNull(affair);
        options ??= SpmOptions.Default;
        Guard.HasItems(affair.Services);
        var services = new SpmServiceResult[affair.Services.Count];
        var exact = new Dictionary<object, ExactRational>(ReferenceEqualityComparer.Instance);
        for (int s = 0; s < services.Length; s++)
        {
            (services[s], ExactRational serviceIndex) = Service(affair.Services[s], options, string.Create(CultureInfo.InvariantCulture, $"urusan.Services[{s}]"));
            exact[services[s]] = serviceIndex;
        }

        IReadOnlyList<string> subNames = affair.SubAffair
            ?? affair.Services.Select(x => x.SubAffair).OfType<string>().Distinct().ToArray();
        var subResults = new List<SpmSubAffairResult>(subNames.Count);
        foreach (string sub in subNames)
        {
            SpmServiceResult[] members = services.Where(x => x.SubAffair == sub).ToArray();
            Guard.That(members.Length > 0, nameof(affair), $"urusan.SubUrusan '{sub}' has no services.");
            (SpmSubAffairResult subResult, ExactRational subIndex) = SubAffair(sub, members, members.Select(m => exact[m]).ToArray(), options);
            subResults.Add(subResult);
            exact[subResult] = subIndex;
        }
        if (subNames.Count > 0)
            for (int s = 0; s < services.Length; s++)
                Guard.That(services[s].SubAffair is string name && subNames.Contains(name), nameof(affair), string.Create(CultureInfo.InvariantCulture,
                    $"urusan.Services[{s}].SubUrusan is '{services[s].SubAffair}'; expected one of {string.Join(", ", subNames)}."));

        bool ofSubAffair = subResults.Count > 0 && options.SubAffairAggregation == SpmSubAffairAggregation.MeanOfSubAffairs;
        var trace = new TraceBuilder("spm.urusan",
            ofSubAffair ? "I_urusan = Σ I_sub-urusan / K" : "I_urusan = Σ I_service / N (unweighted)", Source);
        ExactRational index;
        if (ofSubAffair)
        {
            index = Mean(subResults.Select(x => exact[x]).ToArray(), trace, "I_sub-urusan");
            foreach (var sub in subResults) trace.Part(sub.Trace);
        }
        else
        {
            index = Mean(services.Select(x => exact[x]).ToArray(), trace, "I_service");
            if (subResults.Count > 0) foreach (var sub in subResults) trace.Part(sub.Trace);
            else foreach (var svc in services) trace.Part(svc.Trace);
        }
        if (subResults.Count > 0)
            trace.Note(ofSubAffair
                ? "urusan index as the mean of the sub-urusan indices (option; the report prints no urusan index here)"
                : "urusan index as the mean of all service indices (default; the report prints no urusan index here)");
        Band<string> category = Categorize(index.ToDecimal(), options, trace);
        return new SpmAffairResult(affair.Name, services, subResults, category, Rounded(trace, index));
    }

    // Every SPM value is carried as an exact rational next to its decimal, and rounded once when it is printed or
    // classified: a mean of 28-place quotients could sit a hair off a half (40,004999…8 for 40,005) or a band bound.
    private static CalculationTrace Rounded(TraceBuilder trace, ExactRational value) =>
        trace.Rounded(value.ToDecimal(), PrintedDecimals, RoundingRule.HalfAwayFromZero, value.Round(PrintedDecimals, RoundingRule.HalfAwayFromZero));

    private static (SpmSubAffairResult, ExactRational) SubAffair(string name, SpmServiceResult[] services, ExactRational[] exact, SpmOptions options)
    {
        var trace = new TraceBuilder("spm.sub-urusan", "I_sub-urusan = Σ I_service / N (unweighted)", Source);
        ExactRational index = Mean(exact, trace, "I_service");
        foreach (var svc in services) trace.Part(svc.Trace);
        Band<string> category = Categorize(index.ToDecimal(), options, trace);
        return (new SpmSubAffairResult(name, services, category, Rounded(trace, index)), index);
    }

    private static (SpmServiceResult, ExactRational) Service(SpmService? service, SpmOptions options, string path)
    {
        Guard.That(service is not null, "urusan", $"{path} is null; expected a service.");
        Guard.That(service.Recipients is not null, "urusan",
            $"{path}.Recipients of '{service.Name}' is missing; every service needs its recipients row (jumlah yang harus dilayani).");
        Guard.That(service.QualityGroups is not null, "urusan",
            $"{path}.QualityGroups of '{service.Name}' is null; use an empty list for a service without quality items.");
        (SpmAchievementResult a, ExactRational exactA) = Achievement(service.Recipients.Target, service.Recipients.Realized,
            service.Recipients.Name ?? "A. jumlah yang harus dilayani", path + ".Recipients.Target", path + ".Recipients.Realized");
        (SpmQualityResult b, ExactRational exactB) = Quality(service.QualityGroups, options, path);
        ExactRational index = ExactRational.Of(RecipientsWeight) * exactA + ExactRational.Of(QualityWeight) * exactB;
        TraceBuilder trace = new TraceBuilder("spm.service", "I = 0.8 × A + 0.2 × B", Source)
            .Input("A", a.Achievement, "recipients capaian, %")
            .Input("B", b.Achievement, "quality capaian, %")
            .Step("I", string.Create(CultureInfo.InvariantCulture, $"0.8 × {a.Achievement} + 0.2 × {b.Achievement}"), index.ToDecimal())
            .Note("service: " + service.Name)
            .Part(a.Trace).Part(b.Trace);
        return (new SpmServiceResult(service.Name, service.SubAffair, a, b, Rounded(trace, index)), index);
    }

    private static (SpmQualityResult, ExactRational) Quality(IReadOnlyList<SpmQualityGroup> groups, SpmOptions options, string path)
    {
        var groupResults = new SpmQualityGroupResult[groups.Count];
        var itemValues = new List<ExactRational>();
        var groupValues = new List<ExactRational>();
        for (int g = 0; g < groups.Count; g++)
        {
            string gp = string.Create(CultureInfo.InvariantCulture, $"{path}.QualityGroups[{g}]");
            Guard.That(groups[g]?.Items is not null, "urusan", $"{gp} has no item list; use an empty list.");
            var items = new SpmAchievementResult[groups[g].Items.Count];
            var exactItems = new ExactRational[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                SpmMeasure? m = groups[g].Items[i];
                string ip = string.Create(CultureInfo.InvariantCulture, $"{gp}.Items[{i}]");
                Guard.That(m is not null, "urusan", $"{ip} is null; expected a target and realisation.");
                (items[i], exactItems[i]) = Achievement(m.Target, m.Realized, m.Name, ip + ".Target", ip + ".Realized");
            }
            itemValues.AddRange(exactItems);
            var gt = new TraceBuilder("spm.quality-group", "C_group = Σ C_item / n", Source);
            ExactRational? c = items.Length == 0 ? null : Mean(exactItems, gt, "C_item");
            foreach (var item in items) gt.Part(item.Trace);
            if (groups[g].Name is not null) gt.Note("sub-group: " + groups[g].Name);
            if (c is ExactRational cg) groupValues.Add(cg);
            CalculationTrace groupTrace = c is ExactRational cv ? Rounded(gt, cv) : gt.Undefined("no items: the group has no capaian and is left out of B");
            groupResults[g] = new SpmQualityGroupResult(groups[g].Name, items, groupTrace);
        }

        bool pooled = options.QualityAveraging == SpmQualityAveraging.PooledItems;
        var trace = new TraceBuilder("spm.quality",
            pooled ? "B = Σ C_item / n over all items; 100 without items" : "B = Σ C_group / G over groups with items; 100 without items", Source);
        ExactRational[] values = pooled ? [.. itemValues] : [.. groupValues];
        ExactRational b;
        if (values.Length == 0)
        {
            b = ExactRational.Of(100m);
            trace.Note("no quality items: B = 100 (Perumahan Rakyat service 2 prints 100,00; an assumption, docs/methods.md#spm-edge-cases)");
        }
        else
        {
            b = Mean(values, trace, pooled ? "C_item" : "C_group");
        }
        foreach (var g in groupResults) trace.Part(g.Trace);
        return (new SpmQualityResult(groupResults, Rounded(trace, b)), b);
    }

    private static (SpmAchievementResult Result, ExactRational Exact) Achievement(decimal target, decimal realized, string? name, string targetPath, string realizedPath)
    {
        Guard.NonNegative(target, targetPath);
        Guard.NonNegative(realized, realizedPath);
        var trace = new TraceBuilder("spm.capaian", "C = 100 if T = 0; else min(R / T, 1) × 100", Source)
            .Input("T", target, "target").Input("R", realized, "realisasi");
        if (name is not null) trace.Note("row: " + name);
        ExactRational achievement;
        if (target == 0)
        {
            achievement = ExactRational.Of(100m);
            trace.Note(realized == 0 ? "target 0: counted as 100" : "target 0 with a realisation above 0: counted as 100 (check the row)");
        }
        else if (realized >= target)
        {
            achievement = ExactRational.Of(100m);
            // R/T × 100 is shown in the trace only; beyond the decimal range (T = 1e-28, R = 7.9e28) the note says so.
            if (UncappedRatio(realized, target) is decimal ratio)
                trace.Step("R / T × 100", string.Create(CultureInfo.InvariantCulture, $"{realized} / {target} × 100"), ratio);
            else
                trace.Note("R / T × 100 is beyond the range of a decimal (7.9e28)");
            if (realized > target) trace.Note("realisation above target: capped at 100");
        }
        else
        {
            // R < T: the exact R / T × 100 is below 100 whatever the magnitudes (R × 100 alone could overflow).
            achievement = ExactRational.Quotient(realized, target, 100m);
            trace.Step("R / T × 100", string.Create(CultureInfo.InvariantCulture, $"{realized} / {target} × 100"), achievement.ToDecimal());
        }
        return (new SpmAchievementResult(name, target, realized, Rounded(trace, achievement)), achievement);
    }

    private static decimal? UncappedRatio(decimal realized, decimal target)
    {
        try
        {
            return realized / target * 100m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static ExactRational Mean(IReadOnlyCollection<ExactRational> values, TraceBuilder trace, string symbol)
    {
        int n = 0;
        foreach (ExactRational v in values)
            trace.Input(string.Create(CultureInfo.InvariantCulture, $"{symbol}{++n}"), v.ToDecimal());
        // Exact: the mean is the rational mean of the exact values, inside [min, max] without any clamp.
        ExactRational sum = ExactRational.Mean(values) * ExactRational.Of(n);
        ExactRational mean = ExactRational.Mean(values);
        trace.Step("mean", string.Create(CultureInfo.InvariantCulture, $"{sum.ToDecimal()} / {n}"), mean.ToDecimal());
        return mean;
    }

    private static Band<string> Categorize(decimal index, SpmOptions options, TraceBuilder trace)
    {
        Band<string> band = options.Categories.Classify(index, nameof(index));
        trace.Note($"category {band.Label} (unrounded index; {(band.Verified ? "verified bound" : "unverified bound")}; {options.Categories.Regulation})");
        return band;
    }
}
