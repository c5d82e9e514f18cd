namespace LppdMetrics.Cli;

/// <summary>
/// The <c>--se</c> output of <c>lppd gini</c>, <c>poverty</c> and <c>inequality</c>: each estimate with its standard
/// error and confidence interval, written by <see cref="StandardErrorRenderer"/>: in JSON each figure keeps its key and
/// gains <c>standardError</c>, <c>lower</c> and <c>upper</c>.
/// </summary>
public static class StandardErrorReport
{
    /// <summary>Writes the Gini with its bootstrap SE (no small-sample correction).</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="precision">The parsed precision options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The microdata file.</param>
    /// <param name="income">The values read.</param>
    /// <param name="weights">The weights read.</param>
    /// <param name="format">Text, JSON or CSV.</param>
    /// <returns>The exit code.</returns>
    public static int Gini(CliContext context, PrecisionOptions precision, System.CommandLine.ParseResult parse, string file,
        double[] income, double[] weights, OutputFormat format)
    {
        SurveyDesign design = precision.Design(parse, file, income.Length);
        using TerminalProgress progress = TerminalProgress.Start(context, "gini", "bootstrap");
        BootstrapOptions options = precision.BootstrapOptions(parse) with { Progress = progress.Bootstrap() };
        PrecisionEstimate gini = ArgumentErrors.About(file, () => GiniPrecision.Bootstrap(income, weights, design, options));
        StandardErrorRenderer.Instance.Write(context.Out, format, new StandardErrorOutput(StandardErrorKind.Gini, file, income.Length, [("gini", gini)]));
        return ExitCodes.Success;
    }

    /// <summary>Writes P0, P1, P2 with their SEs (bootstrap or linearization) at the line <paramref name="line"/>.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="precision">The parsed precision options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The microdata file.</param>
    /// <param name="consumption">The values read.</param>
    /// <param name="weights">The weights read.</param>
    /// <param name="line">The poverty line.</param>
    /// <param name="format">Text, JSON or CSV.</param>
    /// <returns>The exit code.</returns>
    public static int Poverty(CliContext context, PrecisionOptions precision, System.CommandLine.ParseResult parse, string file,
        double[] consumption, double[] weights, double line, OutputFormat format)
    {
        SurveyDesign design = precision.Design(parse, file, consumption.Length);
        bool bootstrap = precision.Method(parse) == PrecisionMethod.Bootstrap;
        using TerminalProgress progress = TerminalProgress.Start(context, "poverty", bootstrap ? "bootstrap" : "linearization");
        BootstrapOptions options = bootstrap ? precision.BootstrapOptions(parse) with { Progress = progress.Bootstrap() } : precision.BootstrapOptions(parse);
        string[] names = ["p0", "p1", "p2"];
        double[] alphas = [0, 1, 2];
        IReadOnlyList<PrecisionEstimate> results = ArgumentErrors.About(file, () => bootstrap
            ? FgtPrecision.Bootstrap(consumption, weights, line, alphas, design, options)
            : alphas.Select(a => FgtPrecision.Linearization(consumption, weights, line, a, design, options.Level)).ToArray());
        var estimates = names.Zip(results).ToList();
        StandardErrorRenderer.Instance.Write(context.Out, format, new StandardErrorOutput(StandardErrorKind.Poverty, file, consumption.Length, estimates));
        return ExitCodes.Success;
    }

    /// <summary>Writes every available inequality measure with its bootstrap SE (all measures on the same replicates).</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="precision">The parsed precision options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The microdata file.</param>
    /// <param name="income">The values read.</param>
    /// <param name="weights">The weights read.</param>
    /// <param name="epsilons">Atkinson ε values, or null for the defaults.</param>
    /// <param name="format">Text, JSON or CSV.</param>
    /// <returns>The exit code.</returns>
    public static int Inequality(CliContext context, PrecisionOptions precision, System.CommandLine.ParseResult parse, string file,
        double[] income, double[] weights, double[]? epsilons, OutputFormat format)
    {
        SurveyDesign design = precision.Design(parse, file, income.Length);
        using TerminalProgress progress = TerminalProgress.Start(context, "inequality", "bootstrap");
        BootstrapOptions options = precision.BootstrapOptions(parse) with { Progress = progress.Bootstrap() };
        IReadOnlyList<InequalityMeasurePrecision> measures = ArgumentErrors.About(file, () => InequalityPrecision.Bootstrap(income, weights, design, epsilons, options));
        var available = measures.Where(m => m.Estimate is not null).Select(m => (m.Name, m.Estimate!)).ToList();
        if (available.Count == 0)
            throw new InputException(file, null, null, "no inequality measure has a bootstrap standard error: " + measures[0].Name + " is " + measures[0].Unavailable);
        StandardErrorRenderer.Instance.Write(context.Out, format, new StandardErrorOutput(StandardErrorKind.Inequality, file, income.Length, available));
        foreach (InequalityMeasurePrecision m in measures.Where(m => m.Estimate is null))
            context.Error.WriteLine($"lppd: {m.Name} unavailable: {m.Unavailable}");
        return ExitCodes.Success;
    }
}
