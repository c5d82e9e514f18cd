// Exercises each domain once through the public API in a Native AOT build; exits 0 only when every value is the
// one worked out by hand (or printed by the report) and the audit finds the report's mismatches.
using System.Text.Json;
using LppdMetrics;
using LppdMetrics.Accountability;
using LppdMetrics.Audit;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Reports;

var failures = new List<string>();
void Check(string what, bool ok) { if (!ok) failures.Add(what); }

// Two people below a line of 2 (gaps 1/2 and 1/4) and two above: P0 = 1/2, P1 = 3/16.
FgtResult fgt = Fgt.Compute([1.0, 1.5, 3.0, 4.0], [1.0, 1.0, 1.0, 1.0], 2.0);
Check("fgt", fgt.P0 == 0.5 && Math.Abs(fgt.P1 - 0.1875) < 1e-15);
// Incomes 1 and 3, equal weights: Gini = |1 − 3| / (2 · 2 · 2) = 0.25.
Check("gini", Math.Abs(Gini.Compute([1.0, 3.0], [1.0, 1.0]) - 0.25) < 1e-15);
// Tabel 2.2, 2024: 73,44 (report line 1384).
Check("ipm", HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020).Value == 73.44m);
// Poverty capaian, negative polarity: (2 × 8,19 − 8,16) / 8,19 → 100,37 (report line 1805).
Check("capaian", Achievement.Compute(8.19m, 8.16m, Polarity.Negative).Value == 100.37m);
Check("number", IndonesianNumber.Parse("(6,10%)").Value == -6.10m);
// Quartile shares 0,1/0,2/0,3/0,4: L = 0,1, 0,3, 0,6, 1; Gini = 1 − 0,25 · (0,1 + 0,4 + 0,9 + 1,6) = 0,25.
var shares = GroupedShares.FromShares([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]);
Check("grouped", Math.Abs(GroupedGini.Trapezoid(shares).Value - 0.25) < 1e-12);
_ = ParametricLorenz.Estimate(shares); // the least-squares fits run through MathNet.Numerics
// Source-generated JSON: the trace round-trips.
var trace = Achievement.Compute(8.19m, 8.16m, Polarity.Negative).Trace;
string json = LppdMetricsJson.WriteTrace(trace);
Check("trace json", LppdMetricsJson.ParseTrace(json).Result == 100.37m);
// The embedded report parses and the audit finds mismatches (SAKIP 94,60 printed for 94,59 among them).
AuditResult audit = ReportAudit.Run(LppdReportJson.Blitar2024());
Check("audit", audit.Summary.Mismatch > 0 && ReportAudit.Explain(LppdReportJson.Blitar2024(), "4.3.2.1/2881/capaian")?.Status == FindingStatus.Mismatch);

Console.WriteLine(failures.Count == 0
    ? $"aot smoke: ok ({audit.Summary.Total} figures audited, {audit.Summary.Mismatch} mismatches)"
    : "aot smoke: FAILED " + string.Join(", ", failures));
return failures.Count == 0 ? 0 : 1;
