using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit;

/// <summary>
/// Propagation of misprints through the report (issue 17, part 1): links each input of a table figure to the figure
/// printed at the same place, and recomputes a dependant with the upstream's corrected value when the upstream is a
/// mismatch, by the same rule code as the audit (<see cref="ReportAudit.Recompute"/>).
/// </summary>
/// <remarks>
/// Linking: an input with a source line and a value is the printed value of the table figure (other than the
/// dependant) whose <see cref="ReportFigure.Source"/> is that line and whose <see cref="ReportFigure.Reported"/>
/// equals the input's value (decimal equality, so 94,6 = 94,60). When several figures of the line print that value,
/// the one whose printed text equals the input's is taken; if that still leaves several (or none), the input is not
/// linked. A correction that leaves the dependant's recomputed value (or text) unchanged — an input the rule uses only
/// for a diagnosis — is not a link. The corrected value of a mismatch is its recomputed value at its printed precision; down a chain, a figure
/// whose corrected inputs change its value takes that value as its own corrected value. Cycles are cut. SPM figures
/// are not linked (they have no <see cref="FigureInput"/> lines).
/// </remarks>
internal static class Propagation
{
    /// <summary>The prefix of every propagation note in <see cref="AuditFinding.Notes"/>.</summary>
    public const string NotePrefix = "propagated:";

    private readonly record struct Edge(int Input, int Upstream);

    /// <summary>Adds links and notes to <paramref name="findings"/>, which hold the table figures' findings in document order.</summary>
    public static void Link(LppdReport report, List<AuditFinding> findings, AuditOptions options)
    {
        var figures = report.Tables.SelectMany(t => t.Figures).ToList();
        var byPlace = new Dictionary<(int Line, decimal Value), List<int>>();
        for (int i = 0; i < figures.Count; i++)
            if (figures[i].Source is { } line && figures[i].Reported is { } value)
            {
                if (!byPlace.TryGetValue((line, value), out var list)) byPlace[(line, value)] = list = [];
                list.Add(i);
            }
        // Lists are made only for the figures that have edges or links (a few hundred of 1 300 in a report).
        var edges = new List<Edge>?[figures.Count];
        for (int d = 0; d < figures.Count; d++)
        {
            var inputs = figures[d].Inputs;
            for (int k = 0; k < inputs.Count; k++)
                if (inputs[k].Source is { } line && inputs[k].Value is { } value
                    && byPlace.TryGetValue((line, value), out var candidates)
                    && Single(candidates, d, inputs[k], figures) is { } u)
                    (edges[d] ??= []).Add(new Edge(k, u));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < figures.Count; i++) index[figures[i].Id] = i;
        var corrected = new decimal?[figures.Count];
        var state = new byte[figures.Count]; // 2 once done
        var links = new List<PropagationLink>?[figures.Count];
        foreach (int i in UpstreamFirst(edges)) Correct(i);

        for (int i = 0; i < figures.Count; i++)
        {
            if (links[i] is not { } own) continue;
            findings[i] = findings[i] with
            {
                Propagation = own.Where(l => l.DependantId == figures[i].Id).Concat(own.Where(l => l.UpstreamId == figures[i].Id)).ToList(),
                Notes = [.. findings[i].Notes, .. own.Where(l => l.DependantId == figures[i].Id).Select(l => DependantNote(l, findings[i], findings[Index(l.UpstreamId)])),
                    .. own.Where(l => l.UpstreamId == figures[i].Id).Select(UpstreamNote)],
            };
        }
        return;

        int Index(string id) => index[id];

        // Called upstream first: an upstream not yet done closes a cycle, which is cut (no correction through it).
        void Correct(int i)
        {
            state[i] = 2;
            if (edges[i] is not { } upstreams)
            {
                if (findings[i].Status == FindingStatus.Mismatch) corrected[i] = findings[i].Recomputed;
                return;
            }
            var figure = figures[i];
            var changed = new List<(Edge Edge, decimal Value)>();
            foreach (var e in upstreams)
                if (state[e.Upstream] == 2 && corrected[e.Upstream] is { } c && c != figure.Inputs[e.Input].Value)
                    changed.Add((e, c));
            decimal? wouldBe = null;
            string? wouldBeText = null;
            if (changed.Count > 0)
            {
                var inputs = figure.Inputs.ToArray();
                foreach (var (e, c) in changed)
                    inputs[e.Input] = inputs[e.Input] with { Value = c, Printed = null, Note = "corrected: the recomputed value of " + figures[e.Upstream].Id };
                var outcome = ReportAudit.Recompute(figure with { Inputs = inputs }, options);
                wouldBe = outcome.NotCheckable is null && outcome.Value is { } v ? ReportRounding.Round(v, figure.Decimals) : null;
                wouldBeText = outcome.NotCheckable is null ? outcome.Text : null;
            }
            bool identity = string.Equals(figure.Rule, "identity", StringComparison.Ordinal);
            // A correction that leaves the rule's result as it is (an input used only for a diagnosis) does not propagate.
            bool effect = changed.Count > 0 && (wouldBe != findings[i].Recomputed || wouldBeText != findings[i].RecomputedText);
            foreach (var e in upstreams)
            {
                int hit = effect ? IndexOf(changed, e) : -1;
                if (hit < 0 && !identity) continue;
                var link = new PropagationLink(figures[e.Upstream].Id, figure.Id, figure.Inputs[e.Input].Name, figure.Inputs[e.Input].Source,
                    hit < 0 ? null : changed[hit].Value, hit < 0 ? null : wouldBe, hit < 0 ? null : wouldBeText, identity);
                (links[i] ??= []).Add(link);
                (links[e.Upstream] ??= []).Add(link);
            }
            corrected[i] = effect ? (wouldBe is { } w && w != figure.Reported ? w : null)
                : findings[i].Status == FindingStatus.Mismatch ? findings[i].Recomputed : null;
        }
    }

    /// <summary>
    /// The figures in an order where each comes after its upstreams (a depth-first post-order, iterative so that a long
    /// chain cannot exhaust the stack); in a cycle, the figure reached first comes last.
    /// </summary>
    private static List<int> UpstreamFirst(List<Edge>?[] edges)
    {
        var order = new List<int>(edges.Length);
        var seen = new bool[edges.Length];
        var stack = new Stack<(int Node, int Next)>();
        for (int root = 0; root < edges.Length; root++)
        {
            if (seen[root]) continue;
            seen[root] = true;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (edges[node] is { } upstreams && next < upstreams.Count)
                {
                    stack.Push((node, next + 1));
                    int up = upstreams[next].Upstream;
                    if (!seen[up])
                    {
                        seen[up] = true;
                        stack.Push((up, 0));
                    }
                }
                else order.Add(node);
            }
        }
        return order;
    }

    private static int? Single(List<int> candidates, int dependant, FigureInput input, List<ReportFigure> figures)
    {
        int others = 0, only = -1;
        foreach (int c in candidates)
            if (c != dependant)
            {
                others++;
                only = c;
            }
        if (others == 1) return only;
        return others > 1 && input.Printed is { } printed ? OnlyPrinting(candidates, dependant, printed, figures) : null;
    }

    /// <summary>The one candidate other than <paramref name="dependant"/> whose printed text is <paramref name="printed"/>; null when none or several.</summary>
    private static int? OnlyPrinting(List<int> candidates, int dependant, string printed, List<ReportFigure> figures)
    {
        int? only = null;
        foreach (int c in candidates)
        {
            if (c == dependant || !string.Equals(figures[c].Printed, printed, StringComparison.Ordinal)) continue;
            if (only is not null) return null;
            only = c;
        }
        return only;
    }

    private static int IndexOf(List<(Edge Edge, decimal Value)> changed, Edge edge)
    {
        for (int k = 0; k < changed.Count; k++)
            if (changed[k].Edge == edge) return k;
        return -1;
    }

    private static string DependantNote(PropagationLink link, AuditFinding dependant, AuditFinding upstream)
    {
        string line = link.InputLine is { } n ? " (line " + n.ToString(CultureInfo.InvariantCulture) + ")" : "";
        if (link.CorrectedValue is not { } corrected)
            return $"{NotePrefix} same quantity printed in two places: input {link.InputName}{line} is {upstream.Id} ({Word(upstream.Status)})";
        string what = link.WouldBe is { } w ? w.ToString(CultureInfo.InvariantCulture)
            : link.WouldBeText is { } t ? "'" + t + "'" : "not recomputable";
        if (link.WouldBe is { } same && same == dependant.Reported) what += " (as printed: the printed value follows from the corrected input)";
        string cause = upstream.Status == FindingStatus.Mismatch ? "mismatch" : "propagated";
        return string.Create(CultureInfo.InvariantCulture,
            $"{NotePrefix} input {link.InputName}{line} is {cause} {link.UpstreamId}; with {corrected} the figure would be {what}");
    }

    private static string UpstreamNote(PropagationLink link)
    {
        if (link.CorrectedValue is not { } corrected)
            return $"{NotePrefix} same quantity printed in two places: also printed as {link.DependantId}";
        string what = link.WouldBe is { } w ? w.ToString(CultureInfo.InvariantCulture)
            : link.WouldBeText is { } t ? "'" + t + "'" : "not recomputable";
        return string.Create(CultureInfo.InvariantCulture,
            $"{NotePrefix} feeds {link.DependantId} (input {link.InputName}); with {corrected} it would be {what}");
    }

    private static string Word(FindingStatus status) => status switch
    {
        FindingStatus.Match => "match",
        FindingStatus.Rounding => "rounding",
        FindingStatus.Mismatch => "mismatch",
        _ => "not checkable",
    };
}
