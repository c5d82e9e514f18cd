#:project ../src/LppdMetrics/LppdMetrics.csproj
#:package Sep@0.17.1
#:package ScottPlot@5.1.59
#:property ManagePackageVersionsCentrally=false

// A poverty profile from household microdata: P0/P1/P2 by group with contributions, the inequality measures,
// and a Lorenz chart (a PNG in the system's temporary folder; nothing is written to the repository).
//
//   dotnet run poverty-profile.cs                                   synthetic survey of 5 kecamatan
//   dotnet run poverty-profile.cs -- FILE.csv [LINE]                 columns: consumption, weight, group
//
// Consumption is per capita per month (rupiah, in the CSV with a decimal point); the line defaults to 550.000
// rupiah/capita/month and may be written the Indonesian way ("550.000"). The output prints numbers the Indonesian
// way. A file that cannot be read gives one line on stderr and exit code 2.

using System.Globalization;
using LppdMetrics.Inequality;
using LppdMetrics.Poverty;
using LppdMetrics.Numbers;
using nietras.SeparatedValues;
using ScottPlot;

// Numbers print the Indonesian way (1.263.650; 72,84), as the readers of LPPD reports write them.
var indonesian = (CultureInfo)CultureInfo.InvariantCulture.Clone();
indonesian.NumberFormat.NumberDecimalSeparator = indonesian.NumberFormat.PercentDecimalSeparator = ",";
indonesian.NumberFormat.NumberGroupSeparator = indonesian.NumberFormat.PercentGroupSeparator = ".";
CultureInfo.CurrentCulture = indonesian;

// Data the library refuses (all weights 0, say) ends the run with the library's one-line message, not a stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) => Fail(((Exception)e.ExceptionObject).Message);
double line = args.Length < 2 ? 550_000
    : IndonesianNumber.TryParse(args[1], out ReportNumber z) && z.Value is decimal zv && zv > 0 ? (double)zv
    : Fail($"poverty line '{args[1]}' is not a positive number");
(double[] y, double[] w, string[] groupNames, int[] groups) = args.Length > 0 ? Read(args[0]) : Synthetic();
Console.WriteLine(args.Length > 0 ? $"Survey {args[0]}: {y.Length} households" : $"Synthetic survey: {y.Length} households in 5 kecamatan");
Console.WriteLine(string.Create(CultureInfo.CurrentCulture, $"Poverty line z = {line:N0} per capita per month; poor when consumption < z (BPS)"));
Console.WriteLine();

FgtDecomposition dec = FgtDecomposition.Compute(y, w, groups, line);
Console.WriteLine("group            population  share   P0 (%)  P1 ×100  P2 ×100  contribution to P0");
foreach (FgtGroup g in dec.Groups)
{
    string name = groupNames[int.Parse(g.Group, CultureInfo.InvariantCulture)];
    Console.WriteLine(string.Create(CultureInfo.CurrentCulture, 
        $"{name,-15} {g.Result.Population,11:N0} {g.PopulationShare,6:0.000} {g.Result.P0 * 100,8:0.00} {g.Result.P1 * 100,8:0.00} {g.Result.P2 * 100,8:0.00}  {g.ContributionP0 * 100,8:0.0} %"));
}
FgtResult t = dec.Total;
Console.WriteLine(string.Create(CultureInfo.CurrentCulture, 
    $"{"total",-15} {t.Population,11:N0} {1,6:0.000} {t.P0 * 100,8:0.00} {t.P1 * 100,8:0.00} {t.P2 * 100,8:0.00}  {100,8:0.0} %"));
Console.WriteLine(dec.TotalWatts is double watts ? string.Create(CultureInfo.CurrentCulture, $"Watts index {watts:0.0000}") : "Watts index unavailable: a poor household has zero consumption");
Console.WriteLine();

InequalityProfile profile = InequalityProfile.Compute(y, w);
Console.WriteLine(string.Create(CultureInfo.CurrentCulture, $"Inequality (mean consumption {profile.Mean:N0}):"));
foreach (InequalityMeasure m in profile.Measures)
    Console.WriteLine(m.Value is double v ? string.Create(CultureInfo.CurrentCulture, $"  {m.Name,-18} {v:0.0000}") : $"  {m.Name,-18} unavailable: {m.Unavailable}");
TheilDecomposition theil = TheilDecomposition.Compute(y, w, groups);
Console.WriteLine(string.Create(CultureInfo.CurrentCulture, $"  Theil within groups {theil.Within:0.0000}, between groups {theil.Between:0.0000}"));

LorenzPoint[] curve = Lorenz.AtShares(y, w, 200);
LorenzPoint[] deciles = Lorenz.AtShares(y, w, 10);
double gini = profile["gini"].Value!.Value;
var plot = new Plot();
var equality = plot.Add.Line(0, 0, 1, 1);
equality.LinePattern = LinePattern.Dashed;
equality.LegendText = "Line of equality";
var lorenz = plot.Add.ScatterLine(curve.Select(p => p.PopulationShare).ToArray(), curve.Select(p => p.IncomeShare).ToArray());
lorenz.LineWidth = 2;
lorenz.LegendText = "Lorenz curve";
var dots = plot.Add.ScatterPoints(deciles.Select(p => p.PopulationShare).ToArray(), deciles.Select(p => p.IncomeShare).ToArray());
dots.Color = lorenz.Color;
plot.Title(string.Create(CultureInfo.CurrentCulture, $"Lorenz curve (Gini = {gini:0.000})"));
plot.XLabel("Cumulative share of population (poorest first)");
plot.YLabel("Cumulative share of consumption");
plot.Axes.SetLimits(0, 1, 0, 1);
plot.ShowLegend(Alignment.UpperLeft);
string chart = Path.Combine(Path.GetTempPath(), "lppdmetrics-samples", "poverty-profile-lorenz.png");
Directory.CreateDirectory(Path.GetDirectoryName(chart)!);
plot.SavePng(chart, 800, 800);
Console.WriteLine();
Console.WriteLine($"Lorenz chart written to {chart}");

static double Fail(string problem)
{
    Console.Error.WriteLine("poverty-profile: " + problem.ReplaceLineEndings(" "));
    Environment.Exit(2);
    return 0;
}

static (double[], double[], string[], int[]) Synthetic()
{
    string[] names = ["Kanigoro", "Kademangan", "Sutojayan", "Wlingi", "Srengat"];
    double[] medians = [780_000, 640_000, 700_000, 910_000, 830_000];
    var rng = new Random(2024);
    int n = 5_000;
    var y = new double[n];
    var w = new double[n];
    var g = new int[n];
    for (int i = 0; i < n; i++)
    {
        int k = rng.Next(names.Length);
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        y[i] = Math.Round(medians[k] * Math.Exp(0.45 * z));
        w[i] = Math.Round(50 + 350 * rng.NextDouble(), 2);
        g[i] = k;
    }
    return (y, w, names, g);
}

static (double[], double[], string[], int[]) Read(string path)
{
    if (!File.Exists(path))
        Fail($"{path}: no such file");
    try
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (string column in (string[])["consumption", "weight", "group"])
        {
            if (!reader.Header.ColNames.Contains(column))
                Fail($"{path}, header: no column '{column}' (columns: consumption, weight, group)");
        }
        var y = new List<double>();
        var w = new List<double>();
        var g = new List<int>();
        var names = new List<string>();
        var codes = new Dictionary<string, int>();
        int dataRow = 0;   // data rows count from 1 after the header, as the lppd tool counts them
        foreach (var row in reader)
        {
            dataRow++;
            y.Add(Number(path, dataRow, "consumption", row["consumption"].ToString()));
            w.Add(Number(path, dataRow, "weight", row["weight"].ToString()));
            string name = row["group"].ToString();
            if (!codes.TryGetValue(name, out int code))
            {
                codes[name] = code = names.Count;
                names.Add(name);
            }
            g.Add(code);
        }
        if (y.Count == 0)
            Fail($"{path}: no data rows");
        return (y.ToArray(), w.ToArray(), names.ToArray(), g.ToArray());
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
    {
        Fail($"{path}: {ex.Message}");
        throw;
    }
}

static double Number(string path, int row, string column, string text) =>
    double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= 0
        ? value
        : Fail($"{path}, row {row}, column {column}: '{text}' is not a number ≥ 0");
