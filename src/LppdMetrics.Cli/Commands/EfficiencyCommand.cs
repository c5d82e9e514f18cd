using System.CommandLine;
using System.Globalization;
using LppdMetrics.Accountability;

namespace LppdMetrics.Cli;

/// <summary><c>lppd efficiency</c>: the tingkat efisiensi, capaian % / budget realisation %, from the displayed values.</summary>
public static class EfficiencyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var capaian = new Option<string>("--capaian") { Description = "The capaian kinerja (%) as displayed, e.g. 100.37.", Required = true };
        var budget = new Option<string>("--budget-realization") { Description = "The budget realisation (%) as displayed, e.g. 97.35.", Required = true };
        var decimals = new Option<int>("--decimals") { Description = "Printed precision of the ratio (default 2).", DefaultValueFactory = _ => 2 };
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, OutputFormat.Explain);
        var command = new Command("efficiency", "Tingkat efisiensi: capaian % / budget realisation %, from the displayed values (2 decimals).");
        foreach (Option option in new Option[] { capaian, budget, decimals, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            decimal? c = DecimalOption.ParseOrMissing(parse.GetValue(capaian)!, "--capaian");
            decimal? b = DecimalOption.ParseOrMissing(parse.GetValue(budget)!, "--budget-realization");
            EfficiencyResult result = Efficiency.Compute(c, b, new EfficiencyOptions { Decimals = parse.GetValue(decimals) });
            var ci = CultureInfo.InvariantCulture;
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, w =>
                    {
                        w.WriteStartObject();
                        JsonOutput.NumberOrNull(w, "efficiency", result.Value);
                        JsonOutput.NumberOrNull(w, "unrounded", result.Unrounded);
                        JsonOutput.NumberOrNull(w, "capaian", result.CapaianPercent);
                        JsonOutput.NumberOrNull(w, "budgetRealization", result.BudgetRealizationPercent);
                        if (result.UndefinedReason is null) w.WriteNull("missing"); else w.WriteString("missing", result.UndefinedReason);
                        w.WriteEndObject();
                    });
                    break;
                case OutputFormat.Explain:
                    context.Out.WriteLine(result.Trace.ToText());
                    break;
                default:
                    context.Out.WriteLine(result.Value is { } v
                        ? $"efficiency {v.ToString(ci)}; unrounded {result.Unrounded!.Value.ToString(ci)}"
                        : "efficiency undefined: " + result.UndefinedReason);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
