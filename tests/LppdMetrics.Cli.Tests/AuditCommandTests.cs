using System.Text;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.TestSupport;

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
        Assert.Matches(@"summary: 1678 figures: \d+ match, \d+ rounding, \d+ mismatch, \d+ not checkable", r.Out);
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
        // The total counts printed figures; plausibility notes (copied rows: Tabel 2.5 and four of Tabel 1.12; five figures
        // printed truncated) are findings but not figures.
        Assert.Equal(allDoc.RootElement.GetProperty("findings").GetArrayLength(), summary.GetProperty("total").GetInt32() + summary.GetProperty("implausible").GetInt32());
        Assert.Equal(10, summary.GetProperty("implausible").GetInt32());
        var dprd = findings.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "1.6/427/total-7");
        Assert.Equal(37m, dprd.GetProperty("reported").GetDecimal());
        Assert.Equal(38m, dprd.GetProperty("recomputed").GetProperty("value").GetDecimal());
        Assert.Equal(0, dprd.GetProperty("recomputed").GetProperty("decimals").GetInt32());
        Assert.Equal(-1m, dprd.GetProperty("difference").GetDecimal());
        Assert.Equal(427, dprd.GetProperty("source").GetInt32());
        Assert.Equal("sum", dprd.GetProperty("trace").GetProperty("rule").GetString());
    }

    [Fact]
    public void A_plausibility_note_is_listed_as_its_own_kind_and_does_not_make_findings()
    {
        // Tabel 2.5 (seed lines 1474–1476): SD/MTs 695.845, SLTA 34.859, Perguruan Tinggi 4,77 repeat lines 1469–1471.
        var r = CliRunner.Run("audit", "--only", "implausible", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        var all = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var notes = all.Where(n => n.GetProperty("rule").GetString() == "plausibility.copied-rows").ToList();
        // Figures printed truncated in a report that rounds: text line 416 (38,08 % for 38,087), Tabel 2.6 line 1508,
        // the text's 118,24 % for Tabel 4.3.1's 118,248 (line 2654), Tabel 4.3.2.5 line 3055 and Tabel 4.4.3.5 line 3749 (99,99 % for 99,999…).
        Assert.Equal([416, 1508, 2654, 3055, 3749], all.Where(n => n.GetProperty("rule").GetString() == "plausibility.truncated").Select(n => n.GetProperty("source").GetInt32()).Order());
        Assert.Equal(notes.Count + 5, all.Count);
        // Tabel 1.12 lines 1101, 1224 (with 1225), 1230, 1232 repeat lines 1097, 1136–1139 under another dinas; Tabel 2.5 line 1474.
        Assert.Equal([1101, 1224, 1230, 1232, 1474], notes.Select(n => n.GetProperty("source").GetInt32()));
        Assert.All(notes, n => Assert.Equal("plausibility.copied-rows", n.GetProperty("rule").GetString()));
        var note = notes[^1];
        Assert.Equal("implausible", note.GetProperty("status").GetString());
        Assert.Equal("plausibility.copied-rows", note.GetProperty("rule").GetString());
        Assert.Equal(1474, note.GetProperty("source").GetInt32());
        // A consistent report with a plausibility note only exits 0: the note is informational.
        string dir = Directory.CreateTempSubdirectory("lppd-plausible").FullName;
        string path = Path.Combine(dir, "r.txt");
        File.WriteAllText(path, "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN SUKAMAJU TAHUN 2024\n\n**Tabel 1.1**  \n**Komposisi**\n\n"
            + "Uraian\tJumlah\n- Petani\t1.200\n- Nelayan\t3.400\n- Pedagang\t5.600\n<b>Jumlah</b>\t<b>10.200</b>\n- Guru\t1.200\n- Bidan\t3.400\n- Sopir\t5.600\n\nSumber: uji.\n");
        var audit = CliRunner.Run("audit", path);
        Assert.Equal(0, audit.ExitCode);
        Assert.Contains(" 0 mismatch, ", audit.Out, StringComparison.Ordinal);
        Assert.Contains("; 1 implausible;", audit.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Informational_notes_are_listed_and_counted_without_changing_status()
    {
        // docs/methods.md#polarity: ICOR scored with positive polarity (3 capaian figures); 91,97 % under negative polarity.
        var text = CliRunner.Run("audit", "--lang", "en");
        Assert.Contains("↳ info: polarity suspicious", text.Out);
        Assert.Matches(@"not checkable; 10 implausible; 3 with", text.Out);
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

    /// <summary>`lppd explain ID`'s output lines and the index of its "propagation" heading (which must be there).</summary>
    private static (string[] Lines, int Head) Chain(string figureId)
    {
        var r = CliRunner.Run("explain", figureId);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        string[] lines = r.Out.Replace("\r\n", "\n").Split('\n');
        int head = Array.FindIndex(lines, l => l == "propagation, from cause to effect:");
        Assert.True(head > 0, r.Out);
        return (lines, head);
    }

    [Fact]
    public void Explain_shows_the_propagation_chain_from_cause_to_effect()
    {
        // Tabel 4.3.2.1 (seed lines 2881-2886): Nilai SAKIP 67,16 / 71 × 100 = 94,5915… → 94,59, printed 94,60 (the
        // cause). The sasaran's Capaian Kinerja, printed 112,278 = (94,60 + 99,21 + 90,67 + 173,43 + 103,48) / 5, would be
        // (94,59 + 99,21 + 90,67 + 173,43 + 103,48) / 5 = 561,38 / 5 = 112,276 with the corrected capaian.
        var (lines, head) = Chain("4.3.2.1/2886/capaian-kinerja");
        Assert.Matches(@"^  4\.3\.2\.1/2881/capaian \(line 2881, mismatch\): printed 94\.60, recomputed 94\.59$", lines[head + 1]);
        Assert.Matches(@"^    → 4\.3\.2\.1/2886/capaian-kinerja \(line 2886, match\): printed 112\.278, .*with Nilai SAKIP \(line 2881\) = 94\.59 it would be 112\.276   ← this figure$", lines[head + 2]);

        // From the cause: both figures that take the SAKIP capaian as an input (Tabel 3 line 1786 prints the same
        // sasaran mean) follow it, one step further, each with the same would-be 112,276.
        (var cause, head) = Chain("4.3.2.1/2881/capaian");
        Assert.EndsWith("← this figure", cause[head + 1]);
        Assert.StartsWith("  4.3.2.1/2881/capaian (line 2881, mismatch)", cause[head + 1]);
        var dependants = cause.Skip(head + 2).TakeWhile(l => l.StartsWith("    → ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, dependants.Count);
        Assert.Contains(dependants, l => l.StartsWith("    → 3/1786/rata-rata (line 1786", StringComparison.Ordinal));
        Assert.All(dependants, l => Assert.EndsWith("= 94.59 it would be 112.276", l));

        // A figure outside any chain has no such section: Tabel 4.1.1's capaian 8,19 / 8,16 = 100,37 % (lower is
        // better) is consistent and feeds only consistent figures.
        Assert.DoesNotContain("propagation", CliRunner.Run("explain", "4.1.1/1805/capaian").Out);
    }

    [Fact]
    public void Explain_names_the_other_place_of_the_same_figure()
    {
        // IPM 2022 is printed 71,25 in Tabel 4.2.2 (line 2240) and 71,86 in Tabel 2.2 (line 1380). Tabel 2.2's own
        // components for 2022 (UHH 74,86, HLS 12,64, RLS 7,82, pengeluaran Rp 11.001.000) give, with the BPS formula,
        // ((74,86 − 20) / 65 × (12,64 / 18 + 7,82 / 15) / 2 × ln(11.001.000 / 1.007.436) / ln(26.572.352 / 1.007.436))^(1/3)
        // × 100 = 72,25: the chain starts there, and the identity of line 2240 would then read 72,25.
        var (lines, head) = Chain("4.2.2/2240/ipm-2022");
        Assert.Equal("  2.2/2022/ipm (line 1380, mismatch): printed 71.86, recomputed 72.25", lines[head + 1]);
        Assert.EndsWith("it would be 72.25   ← this figure", lines[head + 2]);
        int same = Array.FindIndex(lines, l => l == "the same figure printed elsewhere:");
        Assert.True(same > head, string.Join('\n', lines));
        Assert.Equal("  2.2/2022/ipm (line 1380, mismatch): printed 71.86, recomputed 72.25", lines[same + 1]);
    }

    [Fact]
    public void The_readme_quotes_the_real_explain_output()
    {
        // README "Reading a propagation chain" quotes `lppd explain 4.2.1.5/2508/persen` up to its trace. By hand: the
        // total with Tabel 1.12's three realisations is 284.860.382.296,52 + (161.797.782.763 − 152.697.058.420,4)
        // + (92.437.895.266,2 − 92.437.600.891,2) + (2.557.530.725 − 2.557.825.100) = 293.961.106.639,12; over the
        // alokasi 310.643.125.757 that is 94,630 % → 94,63; the efficiency 97,86 / 94,63 = 1,034 → 1,03.
        string readme = File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        int anchor = readme.IndexOf("<a id=\"reading-a-propagation-chain\"></a>", StringComparison.Ordinal);
        Assert.True(anchor > 0);
        int start = readme.IndexOf("```text\n", anchor, StringComparison.Ordinal) + "```text\n".Length;
        string quoted = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];
        string actual = CliRunner.Run("explain", "4.2.1.5/2508/persen").Out.Replace("\r\n", "\n");
        Assert.StartsWith(quoted + "\n\n", actual);
        Assert.Contains("would be 293961106639.12", quoted);
        Assert.Contains("= 293961106639.12 it would be 94.63   ← this figure", quoted);
        Assert.EndsWith("= 94.63 it would be 1.03", quoted);
    }

    [Fact]
    public void A_long_chain_is_shown_once_a_figure_with_its_step()
    {
        // 3 000 totals, each the previous total + 1, the first printed 2 for 1 + 0: every total would be one less than
        // printed. Explaining total 1 500 shows 3 000 chain lines (the cause s0 to s2999), each figure once, the step
        // written out past 8 so that a line does not grow with the depth.
        const int n = 3000;
        var figures = new StringBuilder("""{"id":"s0","label":"s0","rule":"sum","reported":2,"decimals":0,"source":1,"inputs":[{"name":"x","value":1},{"name":"y","value":0}]}""");
        for (int i = 1; i < n; i++)
            figures.Append(CultureInfo.InvariantCulture, $$""",{"id":"s{{i}}","label":"s","rule":"sum","reported":{{i + 2}},"decimals":0,"source":{{i + 1}},"inputs":[{"name":"previous","value":{{i + 1}},"source":{{i}}},{"name":"one","value":1}]}""");
        string path = CliRunner.TempFile("chain.json", $$"""{"title":"chain","tables":[{"id":"t","title":"T","figures":[{{figures}}]}]}""");
        var r = CliRunner.Run("explain", "s1500", path);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var chain = r.Out.Split('\n').SkipWhile(l => l != "propagation, from cause to effect:").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(n, chain.Count);
        Assert.StartsWith("  s0 (line 1, mismatch): printed 2, recomputed 1", chain[0]);
        Assert.Equal("                  → [step 1500] s1500 (line 1501, match): printed 1502, recomputed 1502; with previous (line 1500) = 1500 it would be 1501   ← this figure", chain[1500]);
        Assert.EndsWith("s2999 (line 3000, match): printed 3001, recomputed 3001; with previous (line 2999) = 2999 it would be 3000", chain[^1]);
        Assert.All(chain, l => Assert.True(l.Length < 200, l));
    }
}
