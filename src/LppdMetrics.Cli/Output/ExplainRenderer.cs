namespace LppdMetrics.Cli;

/// <summary>What <c>lppd explain</c> found.</summary>
/// <param name="Finding">The figure's finding, with its trace and propagation links.</param>
/// <param name="Report">The report's name as shown.</param>
/// <param name="Audit">The audit of the whole report, where the chain through the other figures is read.</param>
internal sealed record ExplainOutput(AuditFinding Finding, string Report, AuditResult Audit);

/// <summary>Writes <see cref="ExplainOutput"/>: JSON is the figure's audit finding with its trace (the shape of one <c>audit</c> finding).</summary>
internal sealed class ExplainRenderer : ResultRenderer<ExplainOutput, AuditFindingJson>
{
    /// <summary>The renderer.</summary>
    public static ExplainRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<AuditFindingJson> JsonType => CliJsonContext.Default.AuditFindingJson;

    /// <inheritdoc/>
    public override AuditFindingJson ToJson(ExplainOutput o) => AuditFindingJson.Of(o.Finding, withTrace: true);

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, ExplainOutput o)
    {
        var ci = CultureInfo.InvariantCulture;
        AuditFinding f = o.Finding;
        output.WriteLine($"{f.Id}: {f.Label}");
        output.WriteLine($"  in        {f.Section} ({o.Report}{(f.Source is { } s ? ", line " + s.ToString(ci) : "")})");
        output.WriteLine($"  status    {(f.Status == FindingStatus.Mismatch ? "MISMATCH" : EnumOption.Name(f.Status))}");
        output.WriteLine($"  reported  {f.ReportedText ?? f.Reported?.ToString(ci) ?? "-"}   ({f.Decimals.ToString(ci)} decimals printed)");
        output.WriteLine($"  recomputed {f.RecomputedText ?? Number(f.Recomputed, f.Decimals, signed: false)}   (unrounded {f.Unrounded?.ToString(ci) ?? "-"})");
        output.WriteLine($"  Δ         {Number(f.Difference, f.Decimals, signed: true)}");
        if (f.Explanation is not null)
            output.WriteLine($"  why       {f.Explanation}");
        foreach (string note in f.Notes)
            output.WriteLine($"  info      {note}");
        WriteChain(output, o);
        output.WriteLine();
        output.WriteLine(f.Trace?.ToText() ?? "(no calculation: the figure could not be recomputed)");
    }

    /// <summary>
    /// The propagation chain through the figure, from cause to effect: the figures upstream of it (the misprint that
    /// causes it first), the figure itself, then the figures that take it as an input, each with the value it would
    /// have with the corrected input; then the other places where the same figure is printed (identity links).
    /// </summary>
    private static void WriteChain(TextWriter output, ExplainOutput o)
    {
        var byId = new Dictionary<string, AuditFinding>(StringComparer.Ordinal);
        foreach (var x in o.Audit.Findings) byId.TryAdd(x.Id, x);
        var links = o.Audit.Findings.SelectMany(x => x.Propagation).Distinct().ToList();
        // A link carries a correction when its upstream is wrong; an identity link without one only says "printed twice".
        var causal = links.Where(l => !l.SameQuantity || l.CorrectedValue is not null).ToList();
        var into = causal.ToLookup(l => l.DependantId, StringComparer.Ordinal);
        string id = o.Finding.Id;
        var up = Walk(id, into, l => l.UpstreamId);
        var down = Walk(id, causal.ToLookup(l => l.UpstreamId, StringComparer.Ordinal), l => l.DependantId);
        if (up.Count + down.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("propagation, from cause to effect:");
            // Steps from the cause: an upstream figure at distance d is step (deepest − d), the figure itself the
            // deepest, a dependant at distance d the deepest + d.
            int self = up.Count == 0 ? 0 : up[^1].Depth;
            foreach (var (node, depth) in up.OrderByDescending(n => n.Depth)) // stable: found order within a step
                output.WriteLine(Node(byId, node, into, self - depth, false));
            output.WriteLine(Node(byId, id, into, self, true));
            foreach (var (node, depth) in down)
                output.WriteLine(Node(byId, node, into, self + depth, false));
        }
        var same = links.Where(l => l.SameQuantity && (l.UpstreamId == id || l.DependantId == id)).ToList();
        if (same.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("the same figure printed elsewhere:");
            foreach (var l in same)
            {
                string other = l.UpstreamId == id ? l.DependantId : l.UpstreamId;
                output.WriteLine("  " + Describe(byId.GetValueOrDefault(other), other));
            }
        }
    }

    /// <summary>Breadth-first from <paramref name="start"/>: the links out of each reached figure (looked up in
    /// <paramref name="next"/>) lead to their <paramref name="to"/> end; each figure once (a cycle is cut), with its
    /// distance, in order of distance.</summary>
    private static List<(string Node, int Depth)> Walk(string start, ILookup<string, PropagationLink> next, Func<PropagationLink, string> to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var result = new List<(string, int)>();
        var frontier = new List<string> { start };
        for (int depth = 1; frontier.Count > 0; depth++)
        {
            var reached = new List<string>();
            foreach (string node in frontier)
                foreach (var l in next[node])
                    if (seen.Add(to(l)))
                    {
                        result.Add((to(l), depth));
                        reached.Add(to(l));
                    }
            frontier = reached;
        }
        return result;
    }

    /// <summary>The deepest step shown by indentation (a chain may run through thousands of figures).</summary>
    private const int MaxIndent = 8;

    /// <summary>One line of the chain: indented by its step, the figure, and the corrected inputs that reach it with
    /// the value it would have.</summary>
    private static string Node(Dictionary<string, AuditFinding> byId, string id, ILookup<string, PropagationLink> into, int step, bool self)
    {
        var ci = CultureInfo.InvariantCulture;
        // Indented two columns a step up to MaxIndent steps; deeper, the step is written out instead.
        var text = new StringBuilder(new string(' ', 2 + 2 * Math.Min(step, MaxIndent)))
            .Append(step == 0 ? "" : step > MaxIndent ? "→ [step " + step.ToString(ci) + "] " : "→ ")
            .Append(Describe(byId.GetValueOrDefault(id), id));
        foreach (var link in into[id])
        {
            string corrected = link.CorrectedValue?.ToString(ci) ?? "-";
            string wouldBe = link.WouldBeText ?? link.WouldBe?.ToString(ci) ?? "not recomputed";
            string line = link.InputLine is { } l ? " (line " + l.ToString(ci) + ")" : "";
            text.Append(ci, $"; with {link.InputName}{line} = {corrected} it would be {wouldBe}");
        }
        if (self) text.Append("   ← this figure");
        return text.ToString();
    }

    /// <summary>A figure as "id (line N, status): printed X, recomputed Y".</summary>
    private static string Describe(AuditFinding? f, string id)
    {
        var ci = CultureInfo.InvariantCulture;
        if (f is null) return id;
        string printed = f.ReportedText ?? f.Reported?.ToString(ci) ?? "-";
        string recomputed = f.RecomputedText ?? Number(f.Recomputed, f.Decimals, signed: false);
        return $"{f.Id} ({(f.Source is { } s ? "line " + s.ToString(ci) + ", " : "")}{EnumOption.Name(f.Status)}): printed {printed}, recomputed {recomputed}";
    }

    private static string Number(decimal? value, int decimals, bool signed)
    {
        if (value is not { } v) return "-";
        string text = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return signed && v > 0 ? "+" + text : text;
    }
}
