#:project ../src/LppdMetrics/LppdMetrics.csproj
#:package Sep@0.17.1
#:package ScottPlot@5.1.59
#:property ManagePackageVersionsCentrally=false

// A poverty profile from household microdata: P0/P1/P2 by group with contributions, the inequality measures,
// and a Lorenz chart (poverty-profile-lorenz.png).
//
//   dotnet run poverty-profile.cs                                   synthetic survey of 5 kecamatan
//   dotnet run poverty-profile.cs -- FILE.csv [LINE]                 columns: consumption, weight, group
//
// Consumption is per capita per month (rupiah); the line defaults to 550,000 rupiah/capita/month.

using System.Globalization;
using LppdMetrics.Inequality;
using LppdMetrics.Poverty;
using nietras.SeparatedValues;
using ScottPlot;

double line = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 550_000;
(double[] y, double[] w, string[] groupNames, int[] groups) = args.Length > 0 ? Read(args[0]) : Synthetic();
Console.WriteLine(args.Length > 0 ? $"Survey {args[0]}: {y.Length} households" : $"Synthetic survey: {y.Length} households in 5 kecamatan");
Console.WriteLine(FormattableString.Invariant($"Poverty line z = {line:N0} per capita per month; poor when consumption < z (BPS)"));
Console.WriteLine();

FgtDecomposition dec = FgtDecomposition.Compute(y, w, groups, line);
Console.WriteLine("group            population  share   P0 (%)  P1 ×100  P2 ×100  contribution to P0");
foreach (FgtGroup g in dec.Groups)
{
    string name = groupNames[int.Parse(g.Group, CultureInfo.InvariantCulture)];
    Console.WriteLine(FormattableString.Invariant(
        $"{name,-15} {g.Result.Population,11:N0} {g.PopulationShare,6:0.000} {g.Result.P0 * 100,8:0.00} {g.Result.P1 * 100,8:0.00} {g.Result.P2 * 100,8:0.00}  {g.ContributionP0 * 100,8:0.0} %"));
}
FgtResult t = dec.Total;
Console.WriteLine(FormattableString.Invariant(
    $"{"total",-15} {t.Population,11:N0} {1,6:0.000} {t.P0 * 100,8:0.00} {t.P1 * 100,8:0.00} {t.P2 * 100,8:0.00}  {100,8:0.0} %"));
Console.WriteLine(dec.TotalWatts is double watts ? FormattableString.Invariant($"Watts index {watts:0.0000}") : "Watts index unavailable: a poor household has zero consumption");
Console.WriteLine();

InequalityProfile profile = InequalityProfile.Compute(y, w);
Console.WriteLine(FormattableString.Invariant($"Inequality (mean consumption {profile.Mean:N0}):"));
foreach (InequalityMeasure m in profile.Measures)
    Console.WriteLine(m.Value is double v ? FormattableString.Invariant($"  {m.Name,-18} {v:0.0000}") : $"  {m.Name,-18} unavailable: {m.Unavailable}");
TheilDecomposition theil = TheilDecomposition.Compute(y, w, groups);
Console.WriteLine(FormattableString.Invariant($"  Theil within groups {theil.Within:0.0000}, between groups {theil.Between:0.0000}"));

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
plot.Title(FormattableString.Invariant($"Lorenz curve (Gini = {gini:0.000})"));
plot.XLabel("Cumulative share of population (poorest first)");
plot.YLabel("Cumulative share of consumption");
plot.Axes.SetLimits(0, 1, 0, 1);
plot.ShowLegend(Alignment.UpperLeft);
plot.SavePng("poverty-profile-lorenz.png", 800, 800);
Console.WriteLine();
Console.WriteLine("Lorenz chart written to poverty-profile-lorenz.png");

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
    using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
    var y = new List<double>();
    var w = new List<double>();
    var g = new List<int>();
    var names = new List<string>();
    var codes = new Dictionary<string, int>();
    foreach (var row in reader)
    {
        y.Add(row["consumption"].Parse<double>());
        w.Add(row["weight"].Parse<double>());
        string name = row["group"].ToString();
        if (!codes.TryGetValue(name, out int code))
        {
            codes[name] = code = names.Count;
            names.Add(name);
        }
        g.Add(code);
    }
    return (y.ToArray(), w.ToArray(), names.ToArray(), g.ToArray());
}
