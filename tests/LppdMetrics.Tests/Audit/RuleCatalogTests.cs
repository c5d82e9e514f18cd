using System.Text.RegularExpressions;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Audit;

public partial class RuleCatalogTests
{
    [Fact]
    public void Every_rule_has_an_id_a_label_a_formula_and_named_inputs()
    {
        Assert.True(RuleCatalog.All.Count >= 24);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (AuditRule rule in RuleCatalog.All)
        {
            Assert.Matches(IdPattern(), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Label), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Formula), rule.Id);
            Assert.NotEmpty(rule.Inputs);
            Assert.All(rule.Inputs, name => Assert.False(string.IsNullOrWhiteSpace(name), rule.Id));
            if (rule.InputCount is { } n) Assert.Equal(n, rule.Inputs.Count);
            Assert.NotEmpty(rule.TraceRules);
            // The trace carries the rule's own id or a refinement of it ("capaian.negative"), never another name.
            Assert.All(rule.TraceRules, t => Assert.True(t == rule.Id || t.StartsWith(rule.Id + ".", StringComparison.Ordinal), $"{rule.Id}: trace rule {t}"));
            Assert.Same(rule, RuleCatalog.Find(rule.Id));
        }
        Assert.Null(RuleCatalog.Find("summ"));
    }

    [Fact]
    public void Every_rule_is_exercised_by_a_test()
    {
        string tests = Path.Combine(TestDataPath.RepositoryRoot, "tests");
        string text = string.Join('\n', Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != nameof(RuleCatalogTests) + ".cs" && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(File.ReadAllText));
        Assert.All(RuleCatalog.All, r => Assert.True(text.Contains('"' + r.Id + '"', StringComparison.Ordinal), $"no test names the rule \"{r.Id}\""));
    }

    [Fact]
    public void The_readme_rule_table_lists_every_rule_with_its_inputs_in_order()
    {
        string readme = File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "README.md"));
        foreach (AuditRule rule in RuleCatalog.All)
        {
            string row = $"| `{rule.Id}` | {rule.Label} | {string.Join("; ", rule.Inputs)} |";
            Assert.True(readme.Contains(row, StringComparison.Ordinal), "README.md lacks the row: " + row);
        }
        int start = readme.IndexOf("### Audit rules", StringComparison.Ordinal), end = readme.IndexOf("### How to add a rule", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the sections 'Audit rules' and 'How to add a rule'");
        int rows = readme[start..end].Split('\n').Count(l => RowPattern().IsMatch(l));
        Assert.Equal(RuleCatalog.All.Count, rows);
    }

    [Fact]
    public void The_embedded_report_names_only_catalogue_rules_and_its_findings_carry_their_trace_rules()
    {
        LppdReport report = LppdReportJson.Blitar2024();
        var byId = report.Tables.SelectMany(t => t.Figures).ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var finding in LppdMetrics.Audit.ReportAudit.Run(report).Findings)
        {
            if (!byId.TryGetValue(finding.Id, out ReportFigure? figure)) continue; // SPM
            AuditRule rule = RuleCatalog.Find(figure.Rule) ?? throw new InvalidOperationException("unknown rule " + figure.Rule);
            Assert.Contains(finding.Rule, rule.TraceRules);
            if (finding.Trace is { } trace) Assert.Equal(finding.Rule, trace.Rule);
        }
    }

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\| `[a-z0-9.-]+` \| ")]
    private static partial Regex RowPattern();
}
