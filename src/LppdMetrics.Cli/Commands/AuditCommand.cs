using System.CommandLine;

namespace LppdMetrics.Cli;

/// <summary><c>lppd audit</c>: recompute every printed figure of an LPPD report and list the mismatches.</summary>
public static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var command = new Command("audit", "Recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and list the mismatches.");
        command.SetAction(_ =>
        {
            context.Out.WriteLine("lppd audit: the audit engine is not built yet (issue 8). When it lands it will check, in the embedded");
            context.Out.WriteLine("Kabupaten Blitar 2024 report: Tabel 1.12 budget rows, Tabel 2.1-2.7 macro indicators (IPM from its");
            context.Out.WriteLine("components, TPT, growth, PDRB per capita, relative changes), every capaian, average, predicate, budget");
            context.Out.WriteLine("and efficiency table of section 2.2.3, the IKK table, and all six SPM urusan.");
            return ExitCodes.Success;
        });
        return command;
    }
}
