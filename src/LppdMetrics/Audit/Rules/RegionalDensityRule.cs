using System.Globalization;
using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>density.regional</c>: the density of a region, Σ penduduk / Σ luas over its sub-areas
/// (<see cref="PopulationDensity.Regional"/>); the unweighted mean of the printed densities (the convention some
/// reports print as the region's density) is offered as a diagnosis.
/// </summary>
internal sealed class RegionalDensityRule() : AuditRule(RuleCatalog.RegionalDensity, "kepadatan penduduk wilayah",
    "Σ penduduk / Σ luas over the sub-areas (PopulationDensity.Regional)",
    ["penduduk of each of the n sub-areas", "then luas (km²) of the same n sub-areas", "then the n printed sub-area densities"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        if (v.Length % 3 != 0)
            throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule 'density.regional') has {v.Length} inputs; expected the populations, areas and printed densities of the same sub-areas (3 × n)."));
        int n = v.Length / 3;
        var result = PopulationDensity.Regional(v.AsSpan(0, n), v.AsSpan(n, n), figure.Decimals);
        var mean = PopulationDensity.MeanOfSubareaDensities(v.AsSpan(2 * n, n), figure.Decimals);
        return Outcome(result.Outcome) with
        {
            Diagnoses = [new Diagnosis(mean.Unrounded!.Value, string.Create(CultureInfo.InvariantCulture,
                $"the unweighted mean of the {n} printed sub-area densities (PopulationDensity.MeanOfSubareaDensities), not Σ penduduk / Σ luas"), mean.Trace)],
        };
    }
}
