using System.Globalization;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit;

/// <summary>
/// The audit of an LPPD report: recomputes every printed figure of a <see cref="LppdReport"/> from its printed
/// inputs with the library's own functions, compares at the printed precision and classifies it (
/// <see cref="FindingStatus"/>). Findings come only from recomputation; none is hard-coded.
/// </summary>
/// <remarks>
/// Comparison: the recomputed value is rounded half away from zero (Permendagri 86/2017 report practice,
/// docs/methods.md#rounding) at the number of decimals the figure prints. A figure off by exactly one unit in its last
/// printed digit is <see cref="FindingStatus.Rounding"/> when truncation or rounded intermediates explain it;
/// any larger difference is a <see cref="FindingStatus.Mismatch"/>. A figure with an input that is not printed is
/// <see cref="FindingStatus.NotCheckable"/>. A mismatch that another named method reproduces (the report's mean of
/// kecamatan densities) says so in <see cref="AuditFinding.Explanation"/>; informational notes (a polarity against the
/// indicator's meaning, a capaian in a predicate gap) go to <see cref="AuditFinding.Notes"/> and never change a status.
/// A table figure whose printed input is another figure's misprint is recomputed with the corrected input and linked
/// to it (<see cref="AuditFinding.Propagation"/>, notes "propagated:"; see <see cref="PropagationLink"/>).
/// Plausibility figures (rule ids <c>plausibility.…</c>, docs/methods.md#plausibility) are checks of several printed
/// places together: a check that fails is a <see cref="FindingStatus.Implausible"/> finding (informational, its trace
/// naming both places), a check that holds yields no finding from <see cref="Run"/>.
/// The audit is deterministic and does not depend on culture.
/// </remarks>
public static class ReportAudit
{
    /// <summary>Audits every figure of <paramref name="report"/> (tables, then SPM), in document order.</summary>
    /// <param name="report">The report document.</param>
    /// <param name="options">The report's conventions the document does not carry (a cap on capaian kinerja); null for
    /// <see cref="AuditOptions.Default"/>, the seed report's.</param>
    /// <returns>The findings and their counts, with the conventions they were found under.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capaian cap ≤ 0.</exception>
    /// <exception cref="ReportDocumentException">The document is inconsistent: a duplicate figure id, an unknown rule, a
    /// wrong number of inputs, a missing polarity, a precision outside 0–28, or an SPM urusan that cannot be computed
    /// (the message names the figure).</exception>
    public static AuditResult Run(LppdReport report, AuditOptions? options = null)
    {
        Guard.NotNull(report);
        options ??= AuditOptions.Default;
        options.Validate();
        var findings = new List<AuditFinding>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // Plausibility figures (docs/methods.md#plausibility) are audited apart: they are not printed figures, so
        // they take no part in propagation, and only the checks that fail become findings (Implausible).
        var notes = new List<AuditFinding>?[report.Tables.Count];
        var printed = new List<ReportTable>(report.Tables.Count);
        for (int t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            foreach (var figure in table.Figures)
            {
                Unique(ids, figure.Id);
                if (!RuleCatalog.IsPlausibility(figure.Rule))
                    findings.Add(Audit(table, figure, options));
                else if (Audit(table, figure, options) is { Status: FindingStatus.Implausible } note)
                    (notes[t] ??= []).Add(note);
            }
            printed.Add(table with { Figures = [.. table.Figures.Where(f => !RuleCatalog.IsPlausibility(f.Rule))] });
        }
        Propagation.Link(report with { Tables = printed }, findings, options);
        var ordered = new List<AuditFinding>(findings.Count);
        bool reportRounds = ReportRounds(findings);
        int next = 0;
        for (int t = 0; t < printed.Count; t++)
        {
            int end = next + printed[t].Figures.Count;
            ordered.AddRange(findings.Skip(next).Take(end - next));
            foreach (var note in reportRounds ? Truncation(printed[t], findings, next, end) : [])
            {
                Unique(ids, note.Id);
                ordered.Add(note);
            }
            if (notes[t] is { } list) ordered.AddRange(list);
            next = end;
        }
        foreach (var finding in SpmAudit.Run(report.Spm))
        {
            Unique(ids, finding.Id);
            ordered.Add(finding);
        }
        return new AuditResult(ordered, AuditSummary.Of(ordered)) { Conventions = options };
    }

    /// <summary>
    /// The <see cref="RuleCatalog.Truncated"/> notes of one table (docs/methods.md#plausibility-truncated): when the
    /// report otherwise rounds (more of its figures follow rounding where truncation would differ than follow
    /// truncation), one note at each of the table's figures that is <see cref="FindingStatus.Rounding"/> by truncation;
    /// none otherwise.
    /// </summary>
    private static IEnumerable<AuditFinding> Truncation(ReportTable table, List<AuditFinding> findings, int start, int end)
    {
        var truncated = new List<AuditFinding>();
        for (int i = start; i < end; i++)
            if (IsTruncated(findings[i])) truncated.Add(findings[i]);
        if (truncated.Count == 0) yield break;
        foreach (var f in truncated)
        {
            FigureInput[] inputs =
            [
                new() { Name = f.Id, Value = f.Reported, Source = f.Source, Location = f.Location, Printed = f.Reported?.ToString(CultureInfo.InvariantCulture) },
                new() { Name = f.Id + " recomputed", Value = f.Unrounded, Note = "recomputed by rule " + f.Rule },
                new() { Name = f.Id + " decimals", Value = f.Decimals },
            ];
            var figure = new ReportFigure
            {
                Id = f.Id + "/plausibility-truncated",
                Label = "figure printed truncated instead of rounded",
                Rule = RuleCatalog.Truncated,
                Source = f.Source,
                Location = f.Location,
                Inputs = inputs,
            };
            var note = Audit(table, figure, AuditOptions.Default);
            if (note.Status == FindingStatus.Implausible) yield return note;
        }
    }

    /// <summary>
    /// True when the report rounds: more of its figures match by rounding where truncation would give another value
    /// than are printed truncated.
    /// </summary>
    private static bool ReportRounds(List<AuditFinding> findings)
    {
        int rounded = findings.Count(f => f is { Status: FindingStatus.Match, Unrounded: { } u }
                                          && ReportRounding.Truncate(u, f.Decimals) != ReportRounding.Round(u, f.Decimals));
        return rounded > findings.Count(IsTruncated);
    }

    private static bool IsTruncated(AuditFinding f) =>
        f.Status == FindingStatus.Rounding && f.Explanation is { } why && why.StartsWith(FindingClassifier.TruncatedPrefix, StringComparison.Ordinal);

    /// <summary>Audits one figure of <paramref name="report"/>: its finding with the calculation trace.</summary>
    /// <param name="report">The report document.</param>
    /// <param name="id">The figure's identifier.</param>
    /// <param name="options">The report's conventions, as for <see cref="Run"/>; null for <see cref="AuditOptions.Default"/>.</param>
    /// <returns>The finding, or null when the report has no figure <paramref name="id"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capaian cap ≤ 0.</exception>
    /// <exception cref="ReportDocumentException">The document is inconsistent (see <see cref="Run"/>).</exception>
    public static AuditFinding? Explain(LppdReport report, string id, AuditOptions? options = null)
    {
        Guard.NotNull(report);
        Guard.NotNull(id);
        options ??= AuditOptions.Default;
        options.Validate();
        foreach (var table in report.Tables)
            foreach (var figure in table.Figures)
                if (string.Equals(figure.Id, id, StringComparison.Ordinal))
                    return Audit(table, figure, options);
        return SpmAudit.Run(report.Spm).FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
    }

    private static void Unique(HashSet<string> ids, string id)
    {
        if (!ids.Add(id))
            throw new ReportDocumentException($"the figure id '{id}' occurs more than once; ids must be unique.", id, null);
    }

    internal static void CheckDecimals(string id, int decimals)
    {
        if ((uint)decimals > ReportRounding.MaxDecimals)
            throw new ReportDocumentException(
                string.Create(CultureInfo.InvariantCulture, $"figure '{id}' has decimals {decimals}; expected 0 to {ReportRounding.MaxDecimals}."), id, null);
    }

    private static AuditFinding Audit(ReportTable table, ReportFigure figure, AuditOptions options)
    {
        CheckDecimals(figure.Id, figure.Decimals);
        RuleOutcome outcome = Recompute(figure, options);
        var finding = new AuditFinding
        {
            Id = figure.Id,
            Section = table.Title,
            Label = figure.Label,
            Rule = outcome.Rule,
            Status = FindingStatus.NotCheckable,
            Reported = figure.Reported,
            ReportedText = figure.ReportedText,
            Decimals = figure.Decimals,
            Source = figure.Source,
            Location = figure.Location,
            Trace = outcome.Trace,
            Notes = outcome.Notes,
        };
        return RuleCatalog.IsPlausibility(figure.Rule) ? Plausibility(finding, outcome) : Classify(finding, outcome, figure.Printed);
    }

    /// <summary>
    /// Completes the finding of a plausibility figure: <see cref="FindingStatus.Implausible"/> with the rule's reason
    /// when the check fails, <see cref="FindingStatus.Match"/> when it holds, not checkable when an input is missing.
    /// </summary>
    private static AuditFinding Plausibility(AuditFinding finding, RuleOutcome outcome)
    {
        if (outcome.NotCheckable is { } reason)
            return finding with { Explanation = reason };
        return finding with
        {
            Status = outcome.Implausible is null ? FindingStatus.Match : FindingStatus.Implausible,
            Explanation = outcome.Implausible,
            Unrounded = outcome.Value,
        };
    }

    /// <summary>Whether a trace note already names the source line (as "line N", not as a prefix of a longer number).</summary>
    private static bool NamesLine(string? note, int line)
    {
        if (note is null)
            return false;
        string place = string.Create(CultureInfo.InvariantCulture, $"line {line}");
        for (int at = note.IndexOf(place, StringComparison.Ordinal); at >= 0; at = note.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            int end = at + place.Length;
            if (end == note.Length || !char.IsAsciiDigit(note[end]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The figure's rule applied to its inputs; a figure printed as a size only is compared with |result|. When an
    /// input is printed on another line than the figure (a statement of the text against a table, a figure against
    /// another table, a total against the rows above it), each input of the trace names its line, so that the trace
    /// shows both places compared.
    /// </summary>
    internal static RuleOutcome Recompute(ReportFigure figure, AuditOptions options)
    {
        RuleOutcome outcome = RuleCatalog.Apply(figure, options);
        if (outcome.Trace is { } placed && !RuleCatalog.IsPlausibility(figure.Rule) && placed.Inputs.Count == figure.Inputs.Count
            && figure.Inputs.Any(i => i.Source is not null && i.Source != figure.Source))
            outcome = outcome with
            {
                Trace = placed with
                {
                    Inputs = placed.Inputs.Select((t, i) => figure.Inputs[i] is { Source: { } line } input && input.Value == t.Value
                        && !NamesLine(t.Note, line)
                        ? t with { Note = (t.Note is null ? "" : t.Note + "; ") + string.Create(CultureInfo.InvariantCulture, $"line {line}") + (input.Printed is { } printed ? " ('" + printed + "')" : "") }
                        : t).ToList(),
                },
            };
        if (figure.Magnitude && outcome.Value is { } signed && outcome.Trace is { } trace)
            outcome = outcome with
            {
                Value = Math.Abs(signed),
                Trace = trace with { Notes = [.. trace.Notes, "the report prints the size only (direction in words): compared with |result|"] },
            };
        return outcome;
    }

    /// <summary>Completes a finding (reported side filled in) with the outcome of its rule.</summary>
    internal static AuditFinding Classify(AuditFinding finding, RuleOutcome outcome, string? printed)
    {
        if (outcome.NotCheckable is { } reason)
            return finding with { Explanation = reason };
        if (outcome.Text is { } text)
        {
            if (finding.ReportedText is null)
                return finding with { RecomputedText = text, Explanation = "no text printed" };
            bool same = string.Equals(Normalize(text), Normalize(finding.ReportedText), StringComparison.OrdinalIgnoreCase);
            return finding with { RecomputedText = text, Status = same ? FindingStatus.Match : FindingStatus.Mismatch };
        }
        decimal value = outcome.Value ?? throw new InvalidOperationException("a rule returned neither a value, a text nor a reason");
        decimal recomputed = ReportRounding.Round(value, finding.Decimals);
        if (finding.Reported is not { } reported)
            return finding with { Unrounded = value, Recomputed = recomputed, Explanation = "the report prints no number" + (printed is null ? "" : ": '" + printed + "'") };
        var (status, why) = FindingClassifier.Classify(reported, finding.Decimals, value, outcome.Alternatives);
        finding = finding with { Unrounded = value, Recomputed = recomputed, Status = status, Explanation = why, Difference = reported - recomputed };
        return status == FindingStatus.Mismatch ? Diagnose(finding, reported, outcome.Diagnoses) : finding;
    }

    /// <summary>Names the other method a mismatched printed value follows from, if one of the diagnoses gives it.</summary>
    private static AuditFinding Diagnose(AuditFinding finding, decimal reported, IReadOnlyList<Diagnosis> diagnoses)
    {
        foreach (var d in diagnoses)
        {
            decimal other = ReportRounding.Round(d.Value, finding.Decimals);
            if (other != reported) continue;
            string why = string.Create(CultureInfo.InvariantCulture,
                $"the printed value is {d.Why}: {d.Value} → {other}; the rule gives {finding.Recomputed}");
            var trace = finding.Trace is { } t ? t with { Parts = [.. t.Parts, d.Trace] } : d.Trace;
            return finding with { Explanation = why, Trace = trace };
        }
        return finding;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
