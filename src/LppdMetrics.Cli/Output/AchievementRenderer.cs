namespace LppdMetrics.Cli;

/// <summary>What <c>lppd capaian</c> computed.</summary>
/// <param name="Result">The capaian kinerja.</param>
/// <param name="Predicate">Its predicate, or null when the capaian is missing.</param>
internal sealed record AchievementOutput(AchievementResult Result, PredicateResult? Predicate);

/// <summary>The JSON of <c>lppd capaian</c>.</summary>
/// <param name="Achievement">The capaian kinerja (%), rounded at its printed decimals; null with a reason when missing.</param>
/// <param name="Predicate">The predicate (Permendagri 86/2017), or null when the capaian is missing.</param>
/// <param name="PredicateInGap">True when the capaian lies in a gap of the printed predicate table.</param>
/// <param name="Raw">The capaian before <c>--cap</c>/<c>--floor</c>, or null when missing.</param>
/// <param name="Polarity">positive or negative.</param>
/// <param name="Target">The target as given, or null for a missing-value word.</param>
/// <param name="Realization">The realisation as given, or null for a missing-value word.</param>
/// <param name="Trace">The calculation trace of the capaian.</param>
/// <param name="PredicateTrace">The trace of the predicate, or null when the capaian is missing.</param>
internal sealed record AchievementJson([property: JsonPropertyName("capaian")] Figure Achievement, string? Predicate, bool PredicateInGap, decimal? Raw, string Polarity, decimal? Target, decimal? Realization,
    CalculationTrace Trace, CalculationTrace? PredicateTrace);

/// <summary>Writes <see cref="AchievementOutput"/>.</summary>
internal sealed class AchievementRenderer : ResultRenderer<AchievementOutput, AchievementJson>
{
    /// <summary>The renderer.</summary>
    public static AchievementRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<AchievementJson> JsonType => CliJsonContext.Default.AchievementJson;

    /// <inheritdoc/>
    public override AchievementJson ToJson(AchievementOutput o)
    {
        AchievementResult r = o.Result;
        return new(Figure.Of(r.Outcome), o.Predicate?.Label, o.Predicate?.InPrintedGap ?? false,
            r.Raw, EnumOption.Name(r.Polarity), r.Target, r.Realization, r.Trace, o.Predicate?.Trace);
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, AchievementOutput o)
    {
        var ci = CultureInfo.InvariantCulture;
        if (o.Result.Value is { } v && o.Predicate is { } predicate)
            output.WriteLine($"capaian {v.ToString(ci)} % ({predicate.Label}); unrounded {o.Result.Unrounded!.Value.ToString(ci)}"
                             + (predicate.InPrintedGap ? "; the capaian lies in a gap of the predicate table" : ""));
        else
            output.WriteLine("capaian undefined: " + o.Result.UndefinedReason);
    }
}
