namespace LppdMetrics.Cli;

/// <summary>Which command's estimates a <see cref="StandardErrorOutput"/> holds (its JSON keeps that command's keys).</summary>
internal enum StandardErrorKind
{
    /// <summary><c>gini --se</c>: the key <c>gini</c>.</summary>
    Gini,

    /// <summary><c>poverty --se</c>: the keys <c>p0</c>, <c>p1</c>, <c>p2</c>.</summary>
    Poverty,

    /// <summary><c>inequality --se</c>: the object <c>measures</c>.</summary>
    Inequality,
}

/// <summary>What <c>--se</c> computed: named estimates with their standard errors.</summary>
/// <param name="Kind">The command.</param>
/// <param name="File">The microdata file.</param>
/// <param name="Count">The number of observations.</param>
/// <param name="Estimates">The estimates by measure name, in output order (at least one).</param>
internal sealed record StandardErrorOutput(StandardErrorKind Kind, string File, int Count, IReadOnlyList<(string Name, PrecisionEstimate Estimate)> Estimates);

/// <summary>A figure with its standard error and confidence interval: the keys of <see cref="Figure"/> plus three.</summary>
/// <param name="Value">The estimate at full precision.</param>
/// <param name="Unrounded">The same (a statistic is not rounded).</param>
/// <param name="Decimals">Null: not rounded.</param>
/// <param name="Reason">Null: present.</param>
/// <param name="StandardError">The standard error.</param>
/// <param name="Lower">The lower end of the confidence interval.</param>
/// <param name="Upper">The upper end.</param>
internal sealed record EstimateFigure(JsonScalar Value, JsonScalar Unrounded, int? Decimals, string? Reason, double StandardError, double Lower, double Upper)
{
    /// <summary>The figure of <paramref name="e"/>.</summary>
    /// <param name="e">The estimate.</param>
    /// <returns>The figure.</returns>
    public static EstimateFigure Of(PrecisionEstimate e) => new(e.Estimate, e.Estimate, null, null, e.StandardError, e.Lower, e.Upper);
}

/// <summary>How the standard errors were estimated.</summary>
/// <param name="Method">bootstrap or linearization.</param>
/// <param name="Replicates">Bootstrap replicates (0 for linearization).</param>
/// <param name="Level">The confidence level of the intervals.</param>
internal sealed record StandardErrorMethodJson(string Method, int Replicates, double Level);

/// <summary>The JSON of <c>--se</c>: <c>n</c>, the figures under the keys of the command's plain output, and <c>se</c>.</summary>
/// <param name="N">The number of observations.</param>
/// <param name="Gini">gini (<c>lppd gini</c>).</param>
/// <param name="P0">P0 (<c>lppd poverty</c>).</param>
/// <param name="P1">P1.</param>
/// <param name="P2">P2.</param>
/// <param name="Measures">Every available measure (<c>lppd inequality</c>).</param>
/// <param name="Se">How the standard errors were estimated.</param>
internal sealed record StandardErrorJson(
    int N,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateFigure? Gini,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateFigure? P0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateFigure? P1,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateFigure? P2,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, EstimateFigure>? Measures,
    StandardErrorMethodJson Se);

/// <summary>Writes <see cref="StandardErrorOutput"/>: text one line per measure, CSV one row per measure.</summary>
internal sealed class StandardErrorRenderer : ResultRenderer<StandardErrorOutput, StandardErrorJson>
{
    /// <summary>The renderer.</summary>
    public static StandardErrorRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<StandardErrorJson> JsonType => CliJsonContext.Default.StandardErrorJson;

    /// <inheritdoc/>
    public override StandardErrorJson ToJson(StandardErrorOutput o)
    {
        Dictionary<string, EstimateFigure> all = o.Estimates.ToDictionary(e => e.Name, e => EstimateFigure.Of(e.Estimate), StringComparer.Ordinal);
        PrecisionEstimate any = o.Estimates[0].Estimate;
        var method = new StandardErrorMethodJson(EnumOption.Name(any.Method), any.Replicates, any.Level);
        return o.Kind switch
        {
            StandardErrorKind.Gini => new(o.Count, all["gini"], null, null, null, null, method),
            StandardErrorKind.Poverty => new(o.Count, null, all["p0"], all["p1"], all["p2"], null, method),
            _ => new(o.Count, null, null, null, null, all, method),
        };
    }

    /// <inheritdoc/>
    public override void WriteCsv(TextWriter output, StandardErrorOutput o)
    {
        CsvOutput.Row(output, "measure", "estimate", "standardError", "lower", "upper", "level", "method", "replicates");
        foreach ((string name, PrecisionEstimate e) in o.Estimates)
            CsvOutput.Row(output, CsvOutput.Text(name), CsvOutput.Number(e.Estimate), CsvOutput.Number(e.StandardError),
                CsvOutput.Number(e.Lower), CsvOutput.Number(e.Upper), CsvOutput.Number(e.Level), EnumOption.Name(e.Method),
                e.Replicates.ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, StandardErrorOutput o)
    {
        PrecisionEstimate any = o.Estimates[0].Estimate;
        string method = any.Method == PrecisionMethod.Bootstrap
            ? string.Create(CultureInfo.InvariantCulture, $"standard errors: bootstrap (Rao–Wu, PSUs within strata), {any.Replicates} replicates")
            : "standard errors: Taylor linearization (PSUs within strata)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{EchoText.Escape(o.File)} (n = {o.Count}); {method}"));
        foreach ((string name, PrecisionEstimate e) in o.Estimates)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-18} {e.Estimate:0.000000}  (SE {e.StandardError:0.000000}; {e.Level * 100:0.##}% CI {e.Lower:0.000000} to {e.Upper:0.000000})"));
    }
}
