using LppdMetrics.TestSupport;
using System.Text.Json;
using LppdMetrics.Numbers;
using LppdMetrics.Spm;

namespace LppdMetrics.Tests.Spm;

/// <summary>
/// The 370 SPM figures printed in chapter 4 of LPPD Kabupaten Blitar 2024 (transcribed in
/// tests/TestData/spm/*.json) reproduce through <see cref="SpmIndex.Compute"/> at the printed precision.
/// </summary>
public class SpmReportFiguresTests
{
    private static readonly string[] Files = ["pendidikan", "kesehatan", "pekerjaan-umum", "perumahan-rakyat", "trantibumlinmas", "sosial"];

    [Fact]
    public void All_370_printed_SPM_figures_reproduce()
    {
        var checkedByKind = new Dictionary<string, int>();
        var mismatches = new List<string>();
        void Check(string kind, string where, decimal computed, JsonElement printed)
        {
            if (printed.ValueKind != JsonValueKind.Number) return;
            checkedByKind[kind] = checkedByKind.GetValueOrDefault(kind) + 1;
            decimal expected = printed.GetDecimal();
            if (ReportRounding.Round(computed, 2) != expected)
                mismatches.Add($"{kind} {where}: computed {computed}, printed {expected}");
        }
        void CheckWord(string where, string computed, JsonElement printed)
        {
            if (printed.ValueKind != JsonValueKind.String) return;
            checkedByKind["category word"] = checkedByKind.GetValueOrDefault("category word") + 1;
            if (computed != printed.GetString())
                mismatches.Add($"category {where}: computed {computed}, printed {printed.GetString()}");
        }

        foreach (string file in Files)
        {
            using JsonDocument doc = Load(file);
            JsonElement root = doc.RootElement;
            SpmAffairResult result = SpmIndex.Compute(ToAffair(root));
            JsonElement[] services = root.GetProperty("services").EnumerateArray().ToArray();
            Assert.Equal(services.Length, result.Services.Count);
            for (int s = 0; s < services.Length; s++)
            {
                JsonElement js = services[s];
                SpmServiceResult rs = result.Services[s];
                string at = $"{file} line {js.GetProperty("line").GetInt32()}";
                Check("recipients capaian", at, rs.Recipients.Achievement, js.GetProperty("recipients").GetProperty("reportedCapaian"));
                JsonElement[] groups = js.GetProperty("qualityGroups").EnumerateArray().ToArray();
                for (int g = 0; g < groups.Length; g++)
                {
                    JsonElement[] items = groups[g].GetProperty("items").EnumerateArray().ToArray();
                    for (int i = 0; i < items.Length; i++)
                        Check("item capaian", $"{file} line {items[i].GetProperty("line").GetInt32()}",
                            rs.Quality.Groups[g].Items[i].Achievement, items[i].GetProperty("reportedCapaian"));
                    if (groups[g].GetProperty("reportedCapaian").ValueKind == JsonValueKind.Number)
                        Check("sub-group capaian", at, rs.Quality.Groups[g].Achievement!.Value, groups[g].GetProperty("reportedCapaian"));
                }
                Check("quality (B) capaian", at, rs.Quality.Achievement, js.GetProperty("qualityReportedCapaian"));
                Check("service index", at, rs.Index, js.GetProperty("reportedIndex"));
            }
            if (root.TryGetProperty("subUrusan", out JsonElement subs))
            {
                JsonElement[] subArray = subs.EnumerateArray().ToArray();
                Assert.Equal(subArray.Length, result.SubAffair.Count);
                for (int k = 0; k < subArray.Length; k++)
                {
                    Assert.Equal(subArray[k].GetProperty("name").GetString(), result.SubAffair[k].Name);
                    Check("sub-urusan index", $"{file}/{result.SubAffair[k].Name}", result.SubAffair[k].Index, subArray[k].GetProperty("reportedIndex"));
                    CheckWord($"{file}/{result.SubAffair[k].Name}", result.SubAffair[k].Category.Label, subArray[k].GetProperty("reportedCategory"));
                }
            }
            else
            {
                Check("urusan index", file, result.Index, root.GetProperty("reportedIndex"));
                CheckWord(file, result.Category.Label, root.GetProperty("reportedCategory"));
            }
        }

        Assert.Empty(mismatches);
        // docs/methods.md#spm-verified: the counts of printed figures per kind.
        Assert.Equal(306, checkedByKind["item capaian"]);
        Assert.Equal(28, checkedByKind["recipients capaian"]);
        Assert.Equal(2, checkedByKind["sub-group capaian"]);
        Assert.Equal(7, checkedByKind["quality (B) capaian"]);
        Assert.Equal(17, checkedByKind["service index"]);
        Assert.Equal(3, checkedByKind["sub-urusan index"]);
        Assert.Equal(5, checkedByKind["urusan index"]);
        Assert.Equal(2, checkedByKind["category word"]);
        Assert.Equal(370, checkedByKind.Values.Sum());
    }

    [Fact]
    public void Pendidikan_matches_the_worked_examples_of_the_reference_at_4_decimals()
    {
        using JsonDocument doc = Load("pendidikan");
        SpmAffairResult r = SpmIndex.Compute(ToAffair(doc.RootElement));
        // docs/methods.md#spm: PAUD A = 31739/31744, B = (92.77 + 97.40 + 7 × 100)/9, index 99.7690.
        Assert.Equal(99.9842m, ReportRounding.Round(r.Services[0].Recipients.Achievement, 4));
        Assert.Equal(98.9078m, ReportRounding.Round(r.Services[0].Quality.Achievement, 4));
        Assert.Equal(99.7690m, ReportRounding.Round(r.Services[0].Index, 4));
        // Pendidikan Dasar: SD 99.8554, SMP 99.8146 (capped items), index 99.4922 printed 99,49 (not 99,50).
        Assert.Equal(99.8554m, ReportRounding.Round(r.Services[1].Quality.Groups[0].Achievement!.Value, 4));
        Assert.Equal(99.8146m, ReportRounding.Round(r.Services[1].Quality.Groups[1].Achievement!.Value, 4));
        Assert.Equal(99.4922m, ReportRounding.Round(r.Services[1].Index, 4));
        Assert.Equal(99.49m, r.Services[1].Rounded);
        Assert.Equal(81.0940m, ReportRounding.Round(r.Index, 4));
        Assert.Equal(81.09m, r.Trace.Result);
        Assert.Equal("TUNTAS UTAMA", r.Category.Label);
        Assert.False(r.Category.Verified);
        Assert.Equal("TUNTAS MADYA", SpmIndex.Compute(ToAffair(doc.RootElement), new SpmOptions { Categories = SpmCategoryTable.TenPointBands }).Category.Label);
    }

    [Fact]
    public void Kesehatan_urusan_index_is_99_1949_from_unrounded_service_indices()
    {
        using JsonDocument doc = Load("kesehatan");
        SpmAffairResult r = SpmIndex.Compute(ToAffair(doc.RootElement));
        // docs/methods.md#spm-verified: 99.19485 → 99,19; averaging 2-dp service indices would give 99,20.
        Assert.Equal(99.1949m, ReportRounding.Round(r.Index, 4));
        Assert.Equal(99.19m, r.Rounded);
        Assert.Equal(93.9562m, ReportRounding.Round(r.Services[0].Index, 4));
        decimal meanOfRounded = r.Services.Average(s => s.Rounded);
        Assert.Equal(99.20m, ReportRounding.Round(meanOfRounded, 2));
    }

    [Fact]
    public void Trantibumlinmas_exposes_sub_urusan_and_both_urusan_aggregations()
    {
        using JsonDocument doc = Load("trantibumlinmas");
        SpmAffair affair = ToAffair(doc.RootElement);
        SpmAffairResult r = SpmIndex.Compute(affair);
        Assert.Equal(["TRANTIBUM", "KEBENCANAAN", "DAMKAR"], r.SubAffair.Select(s => s.Name));
        SpmServiceResult damkar = r.SubAffair[2].Services.Single();
        Assert.Equal(76.2097m, ReportRounding.Round(damkar.Recipients.Achievement, 4));   // 189/248
        Assert.Equal(97.2222m, ReportRounding.Round(damkar.Quality.Achievement, 4));      // (100+83.33+100+100+100+100)/6, two 0/0 items
        Assert.Equal(80.41m, r.SubAffair[2].Rounded);
        // docs/methods.md#spm-verified: mean of 5 services 96.0824; mean of 3 sub-urusan 93.4707 (neither printed).
        Assert.Equal(96.0824m, ReportRounding.Round(r.Index, 4));
        var bySub = SpmIndex.Compute(affair, new SpmOptions { SubAffairAggregation = SpmSubAffairAggregation.MeanOfSubAffairs });
        Assert.Equal(93.4707m, ReportRounding.Round(bySub.Index, 4));
    }

    [Fact]
    public void Pooled_item_quality_gives_the_same_printed_figures_here()
    {
        // docs/methods.md#spm-verified: mean of sub-groups and pooled items are indistinguishable in this report.
        foreach (string file in Files)
        {
            using JsonDocument doc = Load(file);
            SpmAffair u = ToAffair(doc.RootElement);
            var a = SpmIndex.Compute(u);
            var b = SpmIndex.Compute(u, new SpmOptions { QualityAveraging = SpmQualityAveraging.PooledItems });
            Assert.Equal(a.Rounded, b.Rounded);
        }
    }

    internal static JsonDocument Load(string name) =>
        JsonDocument.Parse(File.ReadAllBytes(TestDataPath.Of("spm", name + ".json")));

    /// <summary>Maps the transcription schema to the library's input model.</summary>
    internal static SpmAffair ToAffair(JsonElement root)
    {
        static SpmMeasure Measure(JsonElement e, string? name) =>
            new(e.GetProperty("target").GetDecimal(), e.GetProperty("realized").GetDecimal(), name);
        var services = root.GetProperty("services").EnumerateArray().Select(s => new SpmService(
            s.GetProperty("name").GetString()!,
            Measure(s.GetProperty("recipients"), null),
            s.GetProperty("qualityGroups").EnumerateArray().Select(g => new SpmQualityGroup(
                g.GetProperty("name").GetString(),
                g.GetProperty("items").EnumerateArray().Select(i => Measure(i, i.GetProperty("name").GetString())).ToArray())).ToArray(),
            s.TryGetProperty("subUrusan", out JsonElement sub) ? sub.GetString() : null)).ToArray();
        string[]? subNames = root.TryGetProperty("subUrusan", out JsonElement subs)
            ? subs.EnumerateArray().Select(x => x.GetProperty("name").GetString()!).ToArray()
            : null;
        return new SpmAffair(root.GetProperty("urusan").GetString()!, services, subNames);
    }

}
