namespace LppdMetrics.Cli;

/// <summary><c>lppd gini</c>: the exact weighted Gini ratio of a microdata file (Eurostat/BPS trapezoid rule).</summary>
public static class GiniCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var correction = EnumOption.Create("--correction",
            "Small-sample correction: none (BPS, Eurostat, laeken, PIP), n-over-n-minus-1 (ineq corr=TRUE, DescTools), effective-n (G/(1−Σf²)).",
            SmallSampleCorrection.None, SmallSampleCorrection.NOverNMinus1, SmallSampleCorrection.EffectiveN);
        var format = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("gini", "The weighted Gini ratio of microdata (Lorenz trapezoid rule, equal to laeken::gini/100), exact.");
        input.AddTo(command);
        command.AddOptions(correction, format);
        var precision = new PrecisionOptions(input.DecimalComma, PrecisionMethod.Bootstrap);
        precision.AddTo(command);
        command.SetAction(parse =>
        {
            (double[] y, double[] w) = input.ReadColumns(parse);
            string file = input.File(parse);
            SmallSampleCorrection chosen = parse.GetValue(correction);
            if (precision.Method(parse) is not null)
                return chosen == SmallSampleCorrection.None
                    ? StandardErrorReport.Gini(context, precision, parse, file, y, w, parse.GetValue(format))
                    : throw new InputException(null, null, "--correction", "--se gives the standard error of the uncorrected Gini; use --correction none.");
            GiniCorrection c = chosen switch
            {
                SmallSampleCorrection.NOverNMinus1 => GiniCorrection.SampleSize,
                SmallSampleCorrection.EffectiveN => GiniCorrection.EffectiveSampleSize,
                _ => GiniCorrection.None,
            };
            // The columns are not needed in file order afterwards: sort them in place (16 bytes a row less at the peak);
            // the exact total of the weights does not depend on their order.
            double gini = ArgumentErrors.About(file, () => Gini.ComputeInPlace(y, w, c));
            double population = ArgumentErrors.About(file, () => LppdMetrics.Numbers.ExactTotal.Of(w));
            GiniRenderer.Instance.Write(context.Out, parse.GetValue(format), new GiniOutput(file, gini, population, y.Length, EnumOption.Name(chosen)));
            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The <c>--correction</c> values of <c>lppd gini</c> (their kebab-case names are the command-line words).</summary>
internal enum SmallSampleCorrection
{
    /// <summary>none: no correction (BPS, Eurostat, laeken, PIP).</summary>
    None,

    /// <summary>n-over-n-minus-1: × n/(n − 1) (ineq corr=TRUE, DescTools); <see cref="GiniCorrection.SampleSize"/>.</summary>
    NOverNMinus1,

    /// <summary>effective-n: G/(1 − Σf²); <see cref="GiniCorrection.EffectiveSampleSize"/>.</summary>
    EffectiveN,
}
