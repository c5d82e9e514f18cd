using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class AuditCommandTests
{
    [Fact]
    public void Audit_of_the_embedded_report_lists_mismatches_by_section_and_exits_1()
    {
        var r = CliRunner.Run("audit", "--lang", "en");
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.Contains("Tabel 1.6 ASN Berdasarkan Perangkat Daerah", r.Out);
        Assert.Contains("MISMATCH", r.Out);
        // DPRD (line 427): 7 + 6 + 25 = 38, printed 37.
        Assert.Matches(@"MISMATCH\s+37\s+38\s+-1\s+line 427\s+1\.6/427/total-7", r.Out);
        Assert.Matches(@"summary: 1671 figures: \d+ match, \d+ rounding, \d+ mismatch, \d+ not checkable", r.Out);
        Assert.Equal("", r.Error);
    }

    [Fact]
    public void Json_output_has_the_fields_of_the_issue_and_only_filters_the_list()
    {
        var all = CliRunner.Run("audit", "--format", "json");
        var only = CliRunner.Run("audit", "--format", "json", "--only", "mismatch");
        Assert.Equal(ExitCodes.Findings, only.ExitCode);
        using var allDoc = JsonDocument.Parse(all.Out);
        using var onlyDoc = JsonDocument.Parse(only.Out);
        var findings = onlyDoc.RootElement.GetProperty("findings");
        Assert.True(findings.GetArrayLength() > 0);
        foreach (var f in findings.EnumerateArray())
        {
            foreach (string field in new[] { "id", "section", "rule", "status", "reported", "recomputed", "difference", "source" })
                Assert.True(f.TryGetProperty(field, out _), field);
            Assert.Equal("mismatch", f.GetProperty("status").GetString());
        }
        var summary = onlyDoc.RootElement.GetProperty("summary");
        Assert.Equal(findings.GetArrayLength(), summary.GetProperty("mismatch").GetInt32());
        Assert.Equal(allDoc.RootElement.GetProperty("findings").GetArrayLength(), summary.GetProperty("total").GetInt32());
        var dprd = findings.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "1.6/427/total-7");
        Assert.Equal(37m, dprd.GetProperty("reported").GetDecimal());
        Assert.Equal(38m, dprd.GetProperty("recomputed").GetProperty("value").GetDecimal());
        Assert.Equal(0, dprd.GetProperty("recomputed").GetProperty("decimals").GetInt32());
        Assert.Equal(-1m, dprd.GetProperty("difference").GetDecimal());
        Assert.Equal(427, dprd.GetProperty("source").GetInt32());
        Assert.Equal("sum", dprd.GetProperty("trace").GetProperty("rule").GetString());
    }

    [Fact]
    public void Informational_notes_are_listed_and_counted_without_changing_status()
    {
        // docs/methods.md#polarity: ICOR scored with positive polarity (3 capaian figures); 91,97 % under negative polarity.
        var text = CliRunner.Run("audit", "--lang", "en");
        Assert.Contains("↳ info: polarity suspicious", text.Out);
        Assert.Matches(@"not checkable; 3 with informational notes", text.Out);
        using var doc = JsonDocument.Parse(CliRunner.Run("audit", "--format", "json").Out);
        Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("informational").GetInt32());
        var icor = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "4.4.3.1/3597/capaian");
        Assert.Equal("match", icor.GetProperty("status").GetString());
        Assert.Contains("would be 91.97", icor.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void Json_output_carries_the_propagation_links()
    {
        // Tabel 4.3.2.1: SAKIP 67,16 / 71 = 94,59 % printed 94,60 %; the mean 112,278 % would be 561,38 / 5 = 112,276.
        using var doc = JsonDocument.Parse(CliRunner.Run("audit", "--format", "json").Out);
        var mean = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "4.3.2.1/2886/capaian-kinerja");
        var link = mean.GetProperty("propagation").EnumerateArray().Single(l => l.GetProperty("dependantId").GetString() == "4.3.2.1/2886/capaian-kinerja");
        Assert.Equal("4.3.2.1/2881/capaian", link.GetProperty("upstreamId").GetString());
        Assert.Equal(94.59m, link.GetProperty("correctedValue").GetDecimal());
        Assert.Equal(112.276m, link.GetProperty("wouldBe").GetDecimal());
        Assert.Equal(2881, link.GetProperty("inputLine").GetInt32());
        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("propagated").GetInt32() >= 2);
    }

    [Fact]
    public void Exported_default_audits_like_the_embedded_report()
    {
        var export = CliRunner.Run("audit", "--export-default");
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        string path = CliRunner.TempFile("blitar.json", export.Out);
        var fromFile = CliRunner.Run("audit", path, "--format", "json");
        var embedded = CliRunner.Run("audit", "--format", "json");
        Assert.Equal(embedded.ExitCode, fromFile.ExitCode);
        Assert.Equal(embedded.Out, fromFile.Out);
    }

    [Fact]
    public void A_document_without_mismatch_exits_0()
    {
        string path = CliRunner.TempFile("ok.json", """
            { "title": "T", "tables": [ { "id": "t", "title": "Table", "figures": [
              { "id": "a", "label": "total", "rule": "sum", "reported": 10, "source": 3,
                "inputs": [ { "name": "x", "value": 4 }, { "name": "y", "value": 6 } ] } ] } ] }
            """);
        var r = CliRunner.Run("audit", path, "--lang", "en");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("summary: 1 figures: 1 match, 0 rounding, 0 mismatch, 0 not checkable", r.Out);
    }

    [Fact]
    public void Bad_json_is_exit_2_with_line_and_json_path_and_no_stack_trace()
    {
        string path = CliRunner.TempFile("bad.json", "{ \"title\": \"T\",\n  \"tables\": [ { \"id\": \"t\", \"title\": \"Table\",\n    \"figures\": [ { \"id\": \"a\", \"label\": \"l\", \"rule\": \"sum\", \"reported\": \"ten\" } ] } ] }");
        var r = CliRunner.Run("audit", path);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.Contains("line 3", r.Error);
        Assert.Contains("$.tables[0].figures[0].reported", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Inconsistent_document_and_missing_file_are_exit_2()
    {
        string path = CliRunner.TempFile("rule.json", """{ "title": "T", "tables": [ { "id": "t", "title": "T", "figures": [ { "id": "a", "label": "l", "rule": "no-such-rule", "reported": 1, "inputs": [ { "name": "x", "value": 1 } ] } ] } ] }""");
        var rule = CliRunner.Run("audit", path);
        Assert.Equal(ExitCodes.BadInput, rule.ExitCode);
        Assert.Contains("no-such-rule", rule.Error);
        Assert.Contains(path, rule.Error);
        var missing = CliRunner.Run("audit", "/no/such/file.json");
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("file not found", missing.Error);
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("audit", "--only", "nonsense").ExitCode);
    }

    [Fact]
    public void Explain_prints_one_figure_and_its_trace()
    {
        var r = CliRunner.Run("explain", "1.6/428/total-7");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("Inspektorat", r.Out);
        Assert.Contains("MISMATCH", r.Out);
        Assert.Contains("line 428", r.Out);
        Assert.Contains("input  struktural = 5", r.Out);
        Assert.Contains("result 52", r.Out);
        var json = CliRunner.Run("explain", "1.6/428/total-7", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        // The JSON of explain is the figure's finding in the shape of one audit finding, with its trace.
        Assert.Equal("1.6/428/total-7", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("mismatch", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal(52m, doc.RootElement.GetProperty("recomputed").GetProperty("value").GetDecimal());
        Assert.Equal(52m, doc.RootElement.GetProperty("trace").GetProperty("result").GetDecimal());
        var unknown = CliRunner.Run("explain", "no/such/figure");
        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.Contains("no figure 'no/such/figure'", unknown.Error);
    }
}
