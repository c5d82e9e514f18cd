using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Every rule the audit applies, in one place: the rule ids a <see cref="ReportFigure.Rule"/> may name (the constants
/// below) and one <see cref="AuditRule"/> per id (<see cref="All"/>) with its label, formula, ordered inputs and the
/// library function it calls. The README's rule table is this list; a test checks that every rule has its texts
/// and a test.
/// </summary>
/// <remarks>
/// To add a rule: a constant here, an entry in <see cref="All"/>, a rule class in this folder and a test (README,
/// "How to add a rule"). Rule ids are stable: documents (JSON) name them.
/// </remarks>
public static class RuleCatalog
{
    /// <summary>A printed total against the sum of its printed parts.</summary>
    public const string Sum = "sum";

    /// <summary>The same quantity printed in another place.</summary>
    public const string Identity = "identity";

    /// <summary>Capaian kinerja (target, realisasi) by the figure's polarity.</summary>
    public const string Achievement = "capaian";

    /// <summary>The mean of the members' printed capaian.</summary>
    public const string AchievementMean = "capaian.mean";

    /// <summary>The predikat kinerja of a capaian (Permendagri 86/2017).</summary>
    public const string Predicate = "predicate";

    /// <summary>Realisasi anggaran in percent (anggaran, realisasi).</summary>
    public const string BudgetRealization = "budget.realization";

    /// <summary>Tingkat efisiensi (capaian %, realisasi anggaran %).</summary>
    public const string Efficiency = "efficiency";

    /// <summary>The IPM (UHH, HLS, RLS, pengeluaran).</summary>
    public const string HumanDevelopment = "ipm";

    /// <summary>A relative change in percent (previous, current).</summary>
    public const string PercentChange = "change.percent";

    /// <summary>Laju pertumbuhan ekonomi (PDRB ADHK t−1, t).</summary>
    public const string EconomicGrowth = "economic-growth";

    /// <summary>PDRB per kapita (PDRB in Rp juta, penduduk).</summary>
    public const string PerCapita = "per-capita";

    /// <summary>Tingkat pengangguran terbuka (pengangguran, angkatan kerja).</summary>
    public const string OpenUnemployment = "labor.open-unemployment";

    /// <summary>Tingkat partisipasi angkatan kerja (angkatan kerja, penduduk usia kerja).</summary>
    public const string LaborParticipation = "labor.participation";

    /// <summary>A change in points (previous, current).</summary>
    public const string PointChange = "change.point";

    /// <summary>The mean absolute change per year (start, end, yearly intervals).</summary>
    public const string AverageAbsoluteChange = "average-change.absolute";

    /// <summary>The mean of the year-on-year percent changes (the series, oldest first).</summary>
    public const string AverageYearOnYearChange = "average-change.mean-yoy";

    /// <summary>An IKK ratio (pembilang, penyebut); no library function yet.</summary>
    public const string KeyIndicatorRatio = "ikk.ratio";

    /// <summary>Kepadatan penduduk (penduduk, luas km²).</summary>
    public const string Density = "density";

    /// <summary>The density of a region over its sub-areas (populations, areas, printed densities).</summary>
    public const string RegionalDensity = "density.regional";

    /// <summary>Rasio jenis kelamin (laki-laki, perempuan).</summary>
    public const string SexRatio = "sex-ratio";

    /// <summary>Rasio ketergantungan (penduduk usia kerja, penduduk total).</summary>
    public const string DependencyRatio = "dependency.ratio";

    /// <summary>Working-age persons per dependant (penduduk usia kerja, penduduk total).</summary>
    public const string WorkersPerDependent = "dependency.workers-per-dependent";

    /// <summary>A share in percent (bagian, keseluruhan).</summary>
    public const string Share = "share";

    /// <summary>Persentase desa mandiri (desa mandiri, desa).</summary>
    public const string IndependentVillage = "desa-mandiri";

    /// <summary>The SPM category word of an urusan (SPM tables are audited per urusan, not by a figure rule).</summary>
    public const string SpmCategory = "spm.category";

    /// <summary>The prefix of every plausibility rule id (<see cref="FindingStatus.Implausible"/>, docs/methods.md#plausibility).</summary>
    public const string PlausibilityPrefix = "plausibility.";

    /// <summary>Plausibility: a block of rows whose numbers repeat another block's cell for cell under other labels.</summary>
    public const string CopiedRows = "plausibility.copied-rows";

    /// <summary>Plausibility: shares of one whole that do not sum to their printed (or implied) 100 within rounding.</summary>
    public const string ShareTotal = "plausibility.share-total";

    /// <summary>Plausibility: a table whose off-by-one figures are all truncated while the report otherwise rounds.</summary>
    public const string Truncated = "plausibility.truncated";

    /// <summary>Plausibility: a share printed in one table against its part and total printed in another.</summary>
    public const string ShareOfTotal = "plausibility.share-of-total";

    /// <summary>Plausibility: a growth rate printed in one table against the two levels printed in another.</summary>
    public const string GrowthLevels = "plausibility.growth-levels";

    /// <summary>Every rule a figure may name, in the order of the README table.</summary>
    public static IReadOnlyList<AuditRule> All { get; } =
    [
        new AchievementRule(),
        new AchievementMeanRule(),
        new PredicateRule(),
        new BudgetRealizationRule(),
        new EfficiencyRule(),
        new SumRule(),
        new IdentityRule(),
        new HumanDevelopmentRule(),
        new PercentChangeRule(),
        new PointChangeRule(),
        new EconomicGrowthRule(),
        new PerCapitaRule(),
        new OpenUnemploymentRule(),
        new LaborParticipationRule(),
        new AverageAbsoluteChangeRule(),
        new AverageYearOnYearChangeRule(),
        new KeyIndicatorRatioRule(),
        new DensityRule(),
        new RegionalDensityRule(),
        new SexRatioRule(),
        new DependencyRatioRule(),
        new WorkersPerDependentRule(),
        new ShareRule(),
        new IndependentVillageRule(),
        new CopiedRowsRule(),
        new ShareTotalRule(),
        new TruncatedRule(),
        new ShareOfTotalRule(),
        new GrowthLevelsRule(),
    ];

    private static readonly Dictionary<string, AuditRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule with the id <paramref name="id"/>.</summary>
    /// <param name="id">A rule id ("capaian").</param>
    /// <returns>The rule, or null when no rule has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static AuditRule? Find(string id)
    {
        Guard.NotNull(id);
        return ById.GetValueOrDefault(id);
    }

    /// <summary>True when <paramref name="rule"/> is a plausibility rule id (it starts with <see cref="PlausibilityPrefix"/>).</summary>
    /// <param name="rule">A rule id.</param>
    /// <returns>True for a plausibility rule; false otherwise (also for null).</returns>
    public static bool IsPlausibility(string? rule) =>
        rule is not null && rule.StartsWith(PlausibilityPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Applies the figure's rule. Inputs the library function rejects (a zero base, a component below its minimum, a
    /// quotient beyond the range of decimal) make the figure not checkable, with the function's message.
    /// </summary>
    /// <exception cref="ReportDocumentException">The document is inconsistent: the rule is unknown, the figure has the
    /// wrong number of inputs or no valid polarity (the message names the figure).</exception>
    internal static RuleOutcome Apply(ReportFigure figure, AuditOptions options)
    {
        if (!ById.TryGetValue(figure.Rule, out var rule))
            throw new ReportDocumentException(
                $"figure '{figure.Id}' names the rule '{figure.Rule}'; expected one of: {string.Join(", ", ById.Keys)}.", figure.Id, null);
        try
        {
            return rule.Apply(figure, options);
        }
        catch (Exception ex) when (ex is ArgumentException and not ReportDocumentException or OverflowException)
        {
            return RuleOutcome.Missing(figure.Rule, "the rule rejects these inputs: " + ex.Message.ReplaceLineEndings(" "));
        }
    }
}
