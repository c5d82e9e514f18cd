namespace LppdMetrics.Cli;

/// <summary><c>lppd inequality</c>: every inequality measure of a microdata file (Gini, Theil, MLD, Atkinson, S80/S20, Palma).</summary>
public static class InequalityCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var epsilon = NumberOption.Doubles("--epsilon", "Atkinson inequality aversions ε ≥ 0 (repeatable; default 0.5 1 2).", NumberRange.NonNegative, input.DecimalComma);
        var format = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("inequality", "Gini, Theil GE(1), mean log deviation GE(0), Atkinson(ε), S80/S20 and Palma of microdata; a measure undefined for the data is reported unavailable with its reason.");
        input.AddTo(command);
        command.AddOptions(epsilon, format);
        var precision = new PrecisionOptions(input.DecimalComma, PrecisionMethod.Bootstrap);
        precision.AddTo(command);
        command.SetAction(parse =>
        {
            (double[] y, double[] w) = input.ReadColumns(parse);
            string file = input.File(parse);
            double[]? eps = parse.GetValue(epsilon);
            if (precision.Method(parse) is not null)
                return StandardErrorReport.Inequality(context, precision, parse, file, y, w, eps is { Length: > 0 } ? eps : null, parse.GetValue(format));
            InequalityProfile p = ArgumentErrors.About(file, () => InequalityProfile.ComputeInPlace(y, w, eps is { Length: > 0 } ? eps : null));
            // The output prints the weighted population: a total beyond a double is refused in gini's words, as there.
            if (p.Population is null)
                ArgumentErrors.About(file, () => LppdMetrics.Numbers.ExactTotal.Of(w));
            InequalityRenderer.Instance.Write(context.Out, parse.GetValue(format), new InequalityOutput(file, p));
            return ExitCodes.Success;
        });
        return command;
    }
}
