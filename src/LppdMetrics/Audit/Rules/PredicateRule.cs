using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Bands;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>predicate</c>: the predikat kinerja of a capaian by the Permendagri 86/2017 table
/// (<see cref="PerformancePredicates.Classify"/>), compared with the printed words; a capaian in a printed gap of the
/// table gives an informational note. A printed predicate that is no label of the table ("Sangat Baik", "ST": another
/// scale's words) is not checkable; a capaian in a printed gap whose printed predicate is the band the other gap
/// policy gives (90,50 printed "Sangat Tinggi": rounded to 91) follows that reading of the table and is not a misprint.
/// </summary>
internal sealed class PredicateRule() : AuditRule(RuleCatalog.Predicate, "predikat kinerja",
    "band of the Permendagri 86/2017 table containing the capaian (PerformancePredicates.Classify)",
    ["capaian (%)"], 1, [PerformancePredicates.Rule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var table = PerformancePredicates.Permendagri86Of2017;
        if (figure.ReportedText is { } printed && !table.Bands.Any(b => Same(b.Label, printed)))
            return RuleOutcome.Missing(RuleCatalog.Predicate, string.Create(CultureInfo.InvariantCulture,
                $"'{printed}' is no predicate of the {table.Name} table ({string.Join(", ", table.Bands.Select(b => b.Label))}): the report grades on another scale"));
        var result = PerformancePredicates.Classify(v[0]);
        var outcome = new RuleOutcome { Rule = result.Trace.Rule, Text = result.Label, Trace = result.Trace };
        if (!result.InPrintedGap) return outcome;
        var other = PerformancePredicates.Classify(v[0], gapPolicy: result.GapRule == BandGapPolicy.LowerBand ? BandGapPolicy.RoundToPrintedPrecision : BandGapPolicy.LowerBand);
        if (other.Label != result.Label && figure.ReportedText is { } text && Same(other.Label, text))
            return new RuleOutcome
            {
                Rule = other.Trace.Rule, Text = other.Label, Trace = other.Trace,
                Notes = [string.Create(CultureInfo.InvariantCulture,
                    $"predicate ambiguous: the capaian {v[0]} lies in a gap of the printed predicate table; the printed '{other.Label}' follows the gap rule {other.GapRule} ('{result.Label}' by {result.GapRule})")],
            };
        return outcome with
        {
            Notes = [string.Create(CultureInfo.InvariantCulture,
                $"predicate ambiguous: the capaian {v[0]} lies in a gap of the printed predicate table; '{result.Label}' by the gap rule {result.GapRule}")],
        };
    }

    private static bool Same(string label, string printed) =>
        string.Equals(label, string.Join(' ', printed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
