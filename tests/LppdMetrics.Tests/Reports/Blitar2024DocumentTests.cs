using LppdMetrics.TestSupport;
using System.Text.RegularExpressions;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Reports;

public class Blitar2024DocumentTests
{
    private static readonly LppdReport Report = LppdReportJson.Blitar2024();

    [Fact]
    public void Embedded_report_covers_the_tables_the_issue_asks_for()
    {
        var ids = Report.Tables.Select(t => t.Id).ToHashSet();
        string[] required =
        [
            "1.12", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "ikk-2.2.1", "2", "3", "5",
            "4.1.1", "4.1.1.1", "4.1.2.1", "4.2.1", "4.2.1.1", "4.2.2.1", "4.3.1", "4.3.1.1", "4.3.2.1", "4.4.1", "4.4.1.1", "4.4.2.1", "4.4.3.1",
            "4.1.3", "4.4.2.3", "4.1.5", "4.1.1.5", "4.1.2.6", "4.2.5", "4.2.1.5", "4.2.2.5", "4.3.5", "4.3.1.5", "4.3.2.5", "4.4.5", "4.4.1.5", "4.4.2.5", "4.4.3.5",
        ];
        Assert.All(required, id => Assert.Contains(id, ids));
        Assert.Equal(["Pendidikan", "Kesehatan", "Pekerjaan Umum", "Perumahan Rakyat", "Trantibumlinmas", "Sosial"],
            Report.Spm.Select(u => u.Name.Split(" (")[0]).ToArray(), StringComparer.OrdinalIgnoreCase);
        // Tabel 1.12 prints 173 program rows (numbered 1-173 with no. 27 skipped, plus one unnumbered row) and a TOTAL.
        var t112 = Report.Tables.Single(t => t.Id == "1.12");
        Assert.Equal(173, t112.Figures.Count(f => f.Rule == "budget.realization"));
        // §2.2.3: 13 efficiency figures in the tables (docs/methods.md#efficiency), each restated in the text after its table.
        Assert.Equal(13, Report.Tables.Where(t => t.Id != "text").SelectMany(t => t.Figures).Count(f => f.Rule == "efficiency"));
        Assert.Equal(13, Report.Tables.Single(t => t.Id == "text").Figures.Count(f => f.Rule == "efficiency"));
    }

    [Fact]
    public void Spm_tables_hold_the_370_printed_figures()
    {
        // Counted per kind in tests/TestData/spm/*.json: 306 item, 28 recipients, 2 sub-group, 7 quality, 17 service, 3 sub-urusan,
        // 5 urusan figures, and 2 category words.
        int numbers = 0, words = 0;
        foreach (var u in Report.Spm)
        {
            numbers += (u.Index is null ? 0 : 1) + u.SubAffair.Count(s => s.Index is not null);
            words += u.Category is null ? 0 : 1;
            foreach (var s in u.Services)
                numbers += (s.Index is null ? 0 : 1) + (s.Quality is null ? 0 : 1) + (s.Recipients.Achievement is null ? 0 : 1)
                           + s.QualityGroups.Sum(g => (g.Achievement is null ? 0 : 1) + g.Items.Count(i => i.Achievement is not null));
        }
        Assert.Equal(368, numbers);
        Assert.Equal(2, words);
    }

    [Fact]
    public void Ids_are_unique_and_reported_values_carry_their_printed_precision()
    {
        var figures = Report.Tables.SelectMany(t => t.Figures).ToList();
        Assert.Equal(figures.Count, figures.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(figures.Where(f => f.Reported is not null), f => Assert.Equal(f.Decimals, f.Reported!.Value.Scale));
        // Spot checks against the report text: line 2881 prints "94,60%", line 2661 "118,248%", line 1380 "73,44".
        Assert.Equal(94.60m, figures.Single(f => f.Id == "4.3.2.1/2881/capaian").Reported);
        Assert.Equal(3, figures.Single(f => f.Id == "4.3.1/2661/capaian-kinerja").Decimals);
        Assert.Equal("73,44", figures.Single(f => f.Id == "2.2/2024/ipm").Printed);
    }

    [Fact]
    public void Every_transcribed_number_is_printed_on_its_source_line()
    {
        string[] seed = File.ReadAllLines(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"));
        string Line(int n) => Regex.Replace(seed[n - 1], "<[^>]+>", "");
        // A cell split by a page break was joined with a space: its pieces follow in order within the next lines.
        bool Printed(string text, int line)
        {
            if (Squeeze(Line(line)).Contains(Squeeze(text), StringComparison.Ordinal)) return true;
            string window = string.Join("\n", Enumerable.Range(line, 8).Where(n => n <= seed.Length).Select(Line));
            int at = 0;
            foreach (string piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                at = window.IndexOf(piece, at, StringComparison.Ordinal);
                if (at < 0) return false;
                at += piece.Length;
            }
            return true;
        }
        var missing = new List<string>();
        foreach (var f in Report.Tables.SelectMany(t => t.Figures))
        {
            if (f.Printed is { } p && f.Source is { } s && !Printed(p, s))
                missing.Add($"{f.Id}: '{p}' not on line {s}");
            foreach (var i in f.Inputs)
                if (i.Printed is { } ip && i.Source is { } si && !Printed(ip, si))
                    missing.Add($"{f.Id} input {i.Name}: '{ip}' not on line {si}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Writing_and_reading_back_keeps_every_value_and_its_scale()
    {
        LppdReport back = LppdReportJson.Parse(LppdReportJson.Write(Report));
        var before = Report.Tables.SelectMany(t => t.Figures).ToList();
        var after = back.Tables.SelectMany(t => t.Figures).ToList();
        Assert.Equal(before.Count, after.Count);
        for (int i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i].Reported?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                after[i].Reported?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(before[i].Inputs.Count, after[i].Inputs.Count);
        }
        Assert.Equal(Report.Spm.Count, back.Spm.Count);
    }

    [Fact]
    public void Unknown_members_and_bad_values_are_rejected_with_their_json_path()
    {
        var unknown = Assert.ThrowsAny<System.Text.Json.JsonException>(() => LppdReportJson.Parse("""{"title":"x","tabels":[]}"""));
        Assert.Contains("tabels", unknown.Message);
        var badNumber = Assert.ThrowsAny<System.Text.Json.JsonException>(() => LppdReportJson.Parse(
            "{\"title\":\"x\",\n\"tables\":[{\"id\":\"a\",\"title\":\"A\",\"figures\":[{\"id\":\"f\",\"label\":\"F\",\"rule\":\"sum\",\n\"reported\":\"94,60\"}]}]}"));
        Assert.Equal("$.tables[0].figures[0].reported", badNumber.Path);
        Assert.Equal(2, badNumber.LineNumber);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => LppdReportJson.Parse("""{"tables":[]}""")); // title is required
    }

    [Fact]
    public void Every_spm_figure_is_printed_on_its_source_line()
    {
        string[] seed = File.ReadAllLines(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"));
        var values = new List<PrintedValue>();
        foreach (var u in Report.Spm)
        {
            values.AddRange(new[] { u.Index }.Concat(u.SubAffair.Select(s => s.Index)).OfType<PrintedValue>());
            foreach (var s in u.Services)
            {
                values.AddRange(new[] { s.Index, s.Quality, s.Recipients.Achievement }.OfType<PrintedValue>());
                values.AddRange(s.QualityGroups.SelectMany(g => g.Items.Select(i => i.Achievement).Append(g.Achievement)).OfType<PrintedValue>());
            }
        }
        Assert.Equal(368, values.Count);
        var missing = values.Where(v =>
        {
            string line = Squeeze(Regex.Replace(seed[v.Source!.Value - 1], "<[^>]+>", ""));
            string text = v.Reported.ToString("F2", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
            // "100,00" may be printed "100" or "100,0"; "98,10" may be printed "98,1".
            return !line.Contains(text, StringComparison.Ordinal) && !line.Contains(text.TrimEnd('0').TrimEnd(','), StringComparison.Ordinal);
        }).Select(v => v.Id).ToList();
        Assert.Empty(missing);
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}
