namespace LppdMetrics.Cli;

/// <summary><c>lppd efficiency</c>: the tingkat efisiensi, capaian % / budget realisation %, from the displayed values.</summary>
public static class EfficiencyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var achievement = new Option<string>("--capaian") { Description = "The capaian kinerja (%) as displayed, e.g. 100.37.", Required = true };
        var budget = new Option<string>("--budget-realization") { Description = "The budget realisation (%) as displayed, e.g. 97.35.", Required = true };
        var decimals = NumberOption.Integer("--decimals", "Printed precision of the ratio", 0, ReportRounding.MaxDecimals, 2);
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var command = new Command("efficiency", "Tingkat efisiensi: capaian % / budget realisation %, from the displayed values (2 decimals).");
        foreach (Option option in new Option[] { achievement, budget, decimals, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            decimal? c = DecimalOption.ParseOrMissing(parse.GetValue(achievement)!, "--capaian");
            decimal? b = DecimalOption.ParseOrMissing(parse.GetValue(budget)!, "--budget-realization");
            EfficiencyResult result = Efficiency.Compute(c, b, new EfficiencyOptions { Decimals = parse.GetValue(decimals) });
            EfficiencyRenderer.Instance.Write(context.Out, parse.GetValue(format), result);
            return ExitCodes.Success;
        });
        return command;
    }
}
