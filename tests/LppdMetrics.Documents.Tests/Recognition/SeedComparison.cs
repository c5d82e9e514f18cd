using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Compares the figures an extraction finds with those of a reference document (the hand-built embedded Blitar
/// report), matched by rule, source line and printed value (never by id), and their audit statuses.
/// </summary>
public sealed record SeedComparison(int Reference, int Reproduced, int SameStatus, IReadOnlyList<string> Missed,
    IReadOnlyList<string> StatusDiffers, IReadOnlyList<string> MismatchesMissed, int ReferenceMismatches)
{
    /// <summary>The kinds the acceptance counts.</summary>
    public static readonly string[] Kinds = ["capaian", "capaian.mean", "budget.realization", "sum", "efficiency"];

    public double SameStatusShare => Reference == 0 ? 1 : (double)SameStatus / Reference;

    public static SeedComparison Of(LppdReport reference, LppdReport extracted)
    {
        var refFindings = ReportAudit.Run(reference).Findings.Where(f => Kinds.Contains(f.Rule) || Kinds.Any(k => f.Rule.StartsWith(k + ".", StringComparison.Ordinal))).ToList();
        var refFigures = reference.Tables.SelectMany(t => t.Figures).Where(f => Kinds.Contains(f.Rule)).ToDictionary(f => f.Id);
        var extractedFigures = extracted.Tables.SelectMany(t => t.Figures).Where(f => Kinds.Contains(f.Rule)).ToList();
        var status = ReportAudit.Run(extracted).Findings.ToDictionary(f => f.Id, f => f.Status);
        var refStatus = ReportAudit.Run(reference).Findings.ToDictionary(f => f.Id, f => f.Status);
        int reproduced = 0, same = 0, mismatches = 0;
        var missed = new List<string>();
        var differs = new List<string>();
        var mismatchesMissed = new List<string>();
        foreach (var figure in refFigures.Values)
        {
            var match = extractedFigures.FirstOrDefault(e => e.Rule == figure.Rule && e.Source == figure.Source
                && (e.Reported == figure.Reported || (e.Reported is null && figure.Reported is null && e.Printed == figure.Printed)));
            var expected = refStatus[figure.Id];
            if (expected == FindingStatus.Mismatch) mismatches++;
            if (match is null)
            {
                missed.Add($"{figure.Id} ({figure.Rule}, line {figure.Source}, {figure.Printed})");
                if (expected == FindingStatus.Mismatch) mismatchesMissed.Add(figure.Id);
                continue;
            }
            reproduced++;
            if (status[match.Id] == expected) same++;
            else
            {
                differs.Add($"{figure.Id} ~ {match.Id}: {expected} vs {status[match.Id]}");
                if (expected == FindingStatus.Mismatch && status[match.Id] != FindingStatus.Mismatch) mismatchesMissed.Add(figure.Id);
            }
        }
        _ = refFindings;
        return new SeedComparison(refFigures.Count, reproduced, same, missed, differs, mismatchesMissed, mismatches);
    }
}
