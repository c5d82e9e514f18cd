using System.Globalization;

namespace LppdMetrics.Macro;

/// <summary>
/// Dependency ratio (<i>rasio ketergantungan</i>, <i>angka beban tanggungan</i>): the non-productive population
/// (BPS: aged 0–14 and 65+) per 100 productive (15–64), and, under its own name, the inverse form the Blitar 2024
/// report prints (productive persons per non-productive person, "1,78 orang usia kerja menanggung 1 orang").
/// </summary>
/// <remarks>The age bands are the caller's: BPS uses 15–64; the Blitar report counts 15–60 as working age (line 287).
/// The "FromPopulation" forms take the total population and the productive count and derive non-productive =
/// population − productive (a step of the trace).</remarks>
public static class DependencyRatio
{
    private const string Source = "BPS: rasio ketergantungan = (penduduk 0–14 + 65+) / penduduk 15–64 × 100";

    /// <summary>
    /// Rasio ketergantungan = non-productive / productive × 100 (dependents per 100 persons of working age, BPS),
    /// rounded half away from zero (Blitar 2024: (1.263.650 − 808.456) / 808.456 × 100 = 56,30).
    /// </summary>
    /// <param name="nonProductive">Persons outside working age (0–14 and 65+ for BPS), ≥ 0.</param>
    /// <param name="productive">Persons of working age (15–64 for BPS), &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The ratio (dependents per 100 productive) with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the productive count is 0 (undefined, not ∞),
    /// or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Compute(decimal nonProductive, decimal productive, int decimals = 2)
    {
        Guard.NonNegative(nonProductive);
        Guard.Positive(productive);
        return Ratio(nonProductive, productive, decimals, nameof(nonProductive), nonProductive);
    }

    // The ratio; an overflow (a tiny productive population) is named paramName with its value, the caller's parameter.
    private static MacroResult Ratio(decimal nonProductive, decimal productive, int decimals, string paramName, decimal paramValue) =>
        Quotient.Of("dependency.ratio", "rasio ketergantungan = non-produktif / produktif × 100", Source,
            "non-produktif", nonProductive, "produktif", productive, 100m, decimals, paramName: paramName, paramValue: paramValue);

    /// <summary>
    /// <see cref="Compute"/> from the total population: (population − productive) / productive × 100
    /// (Blitar 2024: 455.194 / 808.456 × 100 = 56,30).
    /// </summary>
    /// <param name="productive">Persons of working age, &gt; 0 and ≤ <paramref name="population"/>.</param>
    /// <param name="population">Total population, ≥ <paramref name="productive"/>.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The ratio with its trace (non-productive as a step).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The productive count is 0 or negative, exceeds the population, or
    /// <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult FromPopulation(decimal productive, decimal population, int decimals = 2)
    {
        Guard.Positive(productive);
        Guard.AtMost(productive, population, nameof(productive), nameof(population));
        return WithPopulation(Ratio(population - productive, productive, decimals, nameof(productive), productive), productive, population);
    }

    /// <summary>
    /// The inverse form the Blitar 2024 report prints (line 287, "tingkat ketergantungan … 1,78 poin, setiap 1,78 orang
    /// usia kerja menanggung 1 orang usia tidak produktif"): productive / non-productive, persons of working age per
    /// non-productive person (no × 100). It equals 100 / <see cref="Compute"/>; it is not the BPS dependency ratio.
    /// </summary>
    /// <param name="productive">Persons of working age, ≥ 0.</param>
    /// <param name="nonProductive">Persons outside working age, &gt; 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>Productive persons per non-productive person with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the non-productive count is 0 (undefined, not
    /// ∞), or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult WorkersPerDependent(decimal productive, decimal nonProductive, int decimals = 2)
    {
        Guard.NonNegative(productive);
        Guard.Positive(nonProductive);
        return Quotient.Of("dependency.workers-per-dependent", "produktif / non-produktif (orang usia kerja per 1 orang usia tidak produktif)",
            "LPPD Kabupaten Blitar 2024 line 287 (docs/methods.md#population); the inverse of " + Source,
            "produktif", productive, "non-produktif", nonProductive, 1m, decimals,
            "the inverse of the BPS dependency ratio (non-produktif / produktif × 100)", nameof(productive));
    }

    /// <summary>
    /// <see cref="WorkersPerDependent"/> from the total population: productive / (population − productive)
    /// (Blitar 2024: 808.456 / (1.263.650 − 808.456) = 1,776 → 1,78).
    /// </summary>
    /// <param name="productive">Persons of working age, ≥ 0 and &lt; <paramref name="population"/>.</param>
    /// <param name="population">Total population, &gt; <paramref name="productive"/>.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>Productive persons per non-productive person with its trace (non-productive as a step).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The productive count is negative, the population is not larger than
    /// it (no non-productive person: undefined), or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult WorkersPerDependentFromPopulation(decimal productive, decimal population, int decimals = 2)
    {
        Guard.NonNegative(productive);
        Guard.AtMost(productive, population, nameof(productive), nameof(population));
        if (population == productive)
            Guard.ThrowDecimalOutOfRange(nameof(population), population,
                "greater than productive (population = productive leaves no non-productive person: the ratio is undefined)");
        return WithPopulation(WorkersPerDependent(productive, population - productive, decimals), productive, population);
    }

    private static MacroResult WithPopulation(MacroResult result, decimal productive, decimal population)
    {
        var trace = result.Trace with
        {
            Notes = [.. result.Trace.Notes, string.Create(CultureInfo.InvariantCulture,
                $"non-produktif = penduduk − produktif = {population} − {productive} = {population - productive}")],
        };
        return MacroResult.From(trace);
    }
}
