using LppdMetrics.Accountability;
using LppdMetrics.Audit;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Reports;
using LppdMetrics.Satisfaction;
using LppdMetrics.Spm;

namespace LppdMetrics.Tests.Readme;

/// <summary>
/// The C# examples of README.md (quick start) and of the package README src/LppdMetrics/PACKAGE.md, statement for
/// statement between the "begin" and "end" markers. <see cref="ReadmeCodeTests"/> checks that each document shows
/// exactly these statements and that every Console.WriteLine prints what its comment claims. Edit both together.
/// </summary>
internal static class ReadmeExamples
{
    public static void QuickStart()
    {
        // begin QuickStart
        var achievement = Achievement.Compute(target: 8.19m, realization: 8.16m, Polarity.Negative);   // poverty: lower is better
        Console.WriteLine(achievement.Value);                                                       // 100.37
        Console.WriteLine(PerformancePredicates.Classify(achievement.Value!.Value).Label);          // Sangat Tinggi
        var humanDevelopment = HumanDevelopmentIndex.Compute(lifeExpectancy: 75.32, expectedSchooling: 12.67, meanSchooling: 7.87, expenditure: 12020);
        Console.WriteLine($"{humanDevelopment.Value} {humanDevelopment.Category} ({HumanDevelopmentIndex.IndonesianName(humanDevelopment.Category)})"); // 73.44 High (Tinggi)
        string trace = humanDevelopment.Trace.ToText();                                                      // formula, inputs, every step, rounding
        double[] y = [310_000, 480_000, 650_000, 1_200_000], w = [120, 95, 80, 40];
        FgtResult p = Fgt.Compute(y, w, povertyLine: 550_000);                                  // P0, P1, P2 as fractions
        Console.WriteLine($"{p.P0:F4} {p.P1:F4} {p.P2:F4}");                                    // 0.6418 0.1924 0.0728
        Console.WriteLine($"{Gini.Compute(y, w):F4}");                                          // 0.2492
        // end QuickStart
    }

    public static void PackageAudit()
    {
        // begin PackageAudit
        LppdReport report = LppdReportJson.Blitar2024();   // or LppdReportJson.Parse(File.ReadAllText("report.json"))
        AuditResult audit = ReportAudit.Run(report);
        Console.WriteLine(audit.HasMismatches);  // True
        AuditFinding sakip = audit.Find("4.3.2.1/2881/capaian")!;  // Nilai SAKIP 67,16 against a target of 71
        string printed = IndonesianNumber.Format(sakip.Reported!.Value, sakip.Decimals, NumberFormatOptions.Percent);
        string recomputed = IndonesianNumber.Format(sakip.Recomputed!.Value, sakip.Decimals, NumberFormatOptions.Percent);
        Console.WriteLine($"{sakip.Status}: printed {printed}, recomputed {recomputed}");  // Mismatch: printed 94,60%, recomputed 94,59%
        string why = sakip.Trace!.ToText();   // the formula, the printed inputs with their source lines, each step
        // end PackageAudit
    }

    public static void PackageDomains()
    {
        // begin PackageDomains
        // Capaian of a lower-is-better indicator (poverty: target 8,19 %, realised 8,16 %): (2T − R) / T × 100
        AchievementResult achievement = Achievement.Compute(target: 8.19m, realization: 8.16m, Polarity.Negative);
        Console.WriteLine(IndonesianNumber.Format(achievement.Value!.Value, 2, NumberFormatOptions.Percent));  // 100,37%
        Console.WriteLine(PerformancePredicates.Classify(achievement.Value!.Value).Label);  // Sangat Tinggi
        BudgetRealizationResult budget = BudgetRealization.Compute(80_975_656_341m, 78_826_084_279m);
        Console.WriteLine(IndonesianNumber.Format(budget.Value!.Value, 2, NumberFormatOptions.Percent));  // 97,35%
        // IPM, BPS method (expenditure in thousand rupiah a year)
        HumanDevelopmentResult humanDevelopment = HumanDevelopmentIndex.Compute(lifeExpectancy: 75.32, expectedSchooling: 12.67, meanSchooling: 7.87, expenditure: 12020);
        Console.WriteLine($"{IndonesianNumber.Format(humanDevelopment.Value!.Value, 2)} {HumanDevelopmentIndex.IndonesianName(humanDevelopment.Category)}");  // 73,44 Tinggi
        // Poverty and Gini from microdata: consumption per capita and survey weights
        double[] y = [310_000, 480_000, 650_000, 1_200_000], w = [120, 95, 80, 40];
        FgtResult fgt = Fgt.Compute(y, w, povertyLine: 550_000);   // poor: strictly below the line, as BPS counts
        Console.WriteLine(IndonesianNumber.Format((decimal)(fgt.P0 * 100), 2, NumberFormatOptions.Percent));  // 64,18%
        Console.WriteLine(IndonesianNumber.Format((decimal)Gini.Compute(y, w), 4));  // 0,2492
        // IKM: two respondents answering U1…U9 (1–4)
        var tally = new SatisfactionTally();
        tally.Add([4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
        SatisfactionResult satisfaction = SatisfactionIndex.Compute(tally);
        Console.WriteLine($"{IndonesianNumber.Format(satisfaction.Converted, 2)} {satisfaction.Quality} {satisfaction.Performance}");  // 87,50 B Baik
        // SPM: one service, recipients 95 of 100 (A), two quality items 1/1 and 3/4 (B); index = 0,8 A + 0,2 B
        var service = new SpmService("Pelayanan dasar", new SpmMeasure(100, 95), [new SpmQualityGroup(null, [new SpmMeasure(1, 1), new SpmMeasure(4, 3)])]);
        SpmAffairResult spm = SpmIndex.Compute(new SpmAffair("Contoh", [service]));
        Console.WriteLine($"{IndonesianNumber.Format(spm.Rounded, 2)} {spm.Category.Label}");  // 93,50 TUNTAS UTAMA
        // Reading printed numbers
        ReportNumber amount = IndonesianNumber.Parse("Rp. 2.090.349 .863.831, 55");   // a cell as a PDF conversion left it
        Console.WriteLine(amount.Value == 2_090_349_863_831.55m);  // True
        // end PackageDomains
    }
}
