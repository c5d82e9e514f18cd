namespace LppdMetrics.Cli;

/// <summary><c>lppd lorenz</c>: the Lorenz curve of a microdata file, as points and optionally a PNG chart.</summary>
public static class LorenzCommand
{
    /// <summary>The largest <c>--points</c> accepted: a million intervals, far finer than any printed curve needs, bounding the output's size.</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var points = NumberOption.Integer("--points",
            "K equal population intervals (K + 1 points from 0 to 1; 10 gives deciles); 0 for a point at every observation",
            0, MaxPoints, 10);
        var png = new Option<string?>("--png") { Description = "Also draw the curve, the equality line and the Gini to this PNG file." };
        var format = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("lorenz", "The Lorenz curve (cumulative population share, cumulative income share) of microdata, optionally drawn to a PNG.");
        input.AddTo(command);
        command.AddOptions(points, png, format);
        command.SetAction(parse =>
        {
            int k = parse.GetValue(points);
            if (k < 0)
                throw new InputException(null, null, null, string.Create(CultureInfo.InvariantCulture, $"--points is {k}; expected 0 (every observation) or a number of intervals ≥ 1."));
            ReportOutput.RefuseInputAsOutput(parse.GetValue(png), input.File(parse), "--png");
            (double[] y, double[] w) = input.ReadColumns(parse);
            string file = input.File(parse);
            // One sort for everything: the curve sorts the arrays in place, and the Gini and the chart's finer curve find them sorted.
            LorenzPoint[] curve = ArgumentErrors.About(file, () => k == 0 ? Lorenz.AtObservationsInPlace(y, w) : Lorenz.AtSharesInPlace(y, w, k));
            double gini = Gini.ComputeInPlace(y, w);
            LorenzRenderer.Instance.Write(context.Out, parse.GetValue(format), new LorenzOutput(file, gini, curve));
            string? pngPath = parse.GetValue(png);
            if (pngPath is not null)
            {
                LorenzPoint[] fine = k is > 0 and < 200 ? Lorenz.AtSharesInPlace(y, w, 200) : curve;
                LorenzChart.Save(pngPath, fine, k is > 0 and < 200 ? curve : null, gini);
                context.Error.WriteLine("lppd: wrote " + pngPath);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
