using LppdMetrics.Audit.Rules;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// The kinds of figure the recognisers find; each is the audit rule the figure follows (the ids of
/// <see cref="RuleCatalog"/>, whose rules give the order of the inputs).
/// </summary>
public static class FigureKinds
{
    /// <summary>A capaian kinerja (Target / Realisasi / %): rule <c>capaian</c>.</summary>
    public const string Achievement = RuleCatalog.Achievement;

    /// <summary>The "Capaian Kinerja" row under a capaian table, the mean of its indicators' capaian: rule <c>capaian.mean</c>.</summary>
    public const string AchievementMean = RuleCatalog.AchievementMean;

    /// <summary>A budget realisation percentage (Anggaran / Realisasi / %): rule <c>budget.realization</c>.</summary>
    public const string BudgetRealization = RuleCatalog.BudgetRealization;

    /// <summary>A printed total (a Jumlah/Total row, or a Total column) against the sum of its parts: rule <c>sum</c>.</summary>
    public const string Sum = RuleCatalog.Sum;

    /// <summary>A predikat kinerja printed beside a mean capaian (Sangat Tinggi, Tinggi, …): rule <c>predicate</c>.</summary>
    public const string Predicate = RuleCatalog.Predicate;

    /// <summary>A tingkat efisiensi (capaian kinerja / realisasi anggaran): rule <c>efficiency</c>.</summary>
    public const string Efficiency = RuleCatalog.Efficiency;

    /// <summary>A percent change between two year columns (pertumbuhan, perubahan): rule <c>change.percent</c>.</summary>
    public const string PercentChange = RuleCatalog.PercentChange;

    /// <summary>A difference in points stated in the running text (between two year columns, to the target, to the province or nation): rule <c>change.point</c>.</summary>
    public const string PointChange = RuleCatalog.PointChange;

    /// <summary>A table cell quoted in the running text (realisasi, capaian): rule <c>identity</c>.</summary>
    public const string Identity = RuleCatalog.Identity;

    /// <summary>An IPM printed beside its four components (UHH, HLS, RLS, pengeluaran): rule <c>ipm</c>.</summary>
    public const string HumanDevelopment = RuleCatalog.HumanDevelopment;
}
