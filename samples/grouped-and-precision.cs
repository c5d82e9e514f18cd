#:project ../src/LppdMetrics/LppdMetrics.csproj

// Grouped data and precision, on a synthetic Susenas-like survey (20 strata × 10 PSUs × 16 households):
//  1. microdata Gini and P0/P1/P2 with standard errors and 95 % intervals (bootstrap of PSUs within strata,
//     and Taylor linearization for the FGT measures);
//  2. the same survey published as decile shares: the BPS trapezoid Gini and the parametric Lorenz curves
//     (General Quadratic and Beta, Datt 1998 / World Bank PIP) with their validity checks.
//
//   dotnet run grouped-and-precision.cs
//
// Consumption is per capita per month (rupiah); the poverty line is 550.000 rupiah/capita/month. The sample reads
// no file and writes none.

using System.Globalization;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Statistics;

// Numbers print the Indonesian way (1.263.650; 0,2595), as the readers of LPPD reports write them; the texts of the
// library's fit checks keep its decimal point.
var indonesian = (CultureInfo)CultureInfo.InvariantCulture.Clone();
indonesian.NumberFormat.NumberDecimalSeparator = indonesian.NumberFormat.PercentDecimalSeparator = ",";
indonesian.NumberFormat.NumberGroupSeparator = indonesian.NumberFormat.PercentGroupSeparator = ".";
CultureInfo.CurrentCulture = indonesian;
const double Line = 550_000;

// --- a synthetic survey: lognormal consumption with a PSU effect, weights 150–450 ---------------------------
var random = new Random(2024);
double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
var consumption = new List<double>();
var weights = new List<double>();
var strata = new List<int>();
var psus = new List<int>();
for (int h = 0; h < 20; h++)
    for (int j = 0; j < 10; j++)
    {
        double psuEffect = 0.15 * Normal();
        for (int k = 0; k < 16; k++)
        {
            consumption.Add(Math.Exp(Math.Log(900_000) + psuEffect + 0.5 * Normal()));
            weights.Add(150 + random.Next(300));
            strata.Add(h);
            psus.Add(j);
        }
    }
double[] y = consumption.ToArray(), w = weights.ToArray();
SurveyDesign design = SurveyDesign.Create<int>(strata.ToArray(), psus.ToArray());
var options = new BootstrapOptions { Replicates = 200, Seed = 1 };

// --- 1. microdata with standard errors ----------------------------------------------------------------------
Console.WriteLine($"Survey: {y.Length} households, {design.StrataCount} strata, {design.PsuCount} PSUs");
Show("Gini (bootstrap)", GiniPrecision.Bootstrap(y, w, design, options));
string[] names = ["P0", "P1", "P2"];
for (int alpha = 0; alpha <= 2; alpha++)
{
    Show($"{names[alpha]} (linearization)", FgtPrecision.Linearization(y, w, Line, alpha, design));
    Show($"{names[alpha]} (bootstrap)", FgtPrecision.Bootstrap(y, w, Line, alpha, design, options));
}

// --- 2. the same survey as published decile shares ---------------------------------------------------------
int[] order = Enumerable.Range(0, y.Length).OrderBy(i => y[i]).ToArray();
double totalWeight = w.Sum(), totalConsumption = order.Sum(i => w[i] * y[i]);
double[] population = new double[10], share = new double[10];
double cumulative = 0;
foreach (int i in order)
{
    int decile = Math.Min(9, (int)(cumulative / totalWeight * 10));   // the household's group by its starting rank
    population[decile] += w[i] / totalWeight;
    share[decile] += w[i] * y[i] / totalConsumption;
    cumulative += w[i];
}
GroupedShares shares = GroupedShares.FromShares(population, share);
double mean = totalConsumption / totalWeight;
Console.WriteLine();
Console.WriteLine($"Decile shares (%): {string.Join(" ", share.Select(s => (s * 100).ToString("0.00")))}");
Console.WriteLine($"Trapezoid (BPS) Gini: {GroupedGini.Trapezoid(shares).Value:0.0000}  (a lower bound: within-decile inequality is lost)");
GroupedEstimate estimate = ParametricLorenz.Estimate(shares, LorenzModelSelection.Auto, mean, Line);
Console.WriteLine($"Parametric Lorenz: Gini {estimate.Gini:0.0000} ({estimate.GiniModel}), "
    + $"P0 {estimate.Poverty?.Headcount:0.0000}, P1 {estimate.Poverty?.PovertyGap:0.0000}, P2 {estimate.Poverty?.SquaredPovertyGap:0.0000} ({estimate.PovertyModel})");
foreach (LorenzCheck check in estimate.Checks)
    Console.WriteLine($"  {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
foreach (string note in estimate.Notes)
    Console.WriteLine("  note: " + note);

static void Show(string name, PrecisionEstimate e) =>
    Console.WriteLine($"  {name,-20} {e.Estimate:0.0000}  SE {e.StandardError:0.0000}  95% CI [{e.Lower:0.0000}; {e.Upper:0.0000}]  ({e.Method}, {e.Replicates} replicates)");
