using System.Globalization;
using System.Text.Json;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Issue 14, "one output contract": every command's <c>--format json</c> parses, every figure in it is
/// <c>{"value", "unrounded", "decimals", "reason"}</c>, a missing figure is null with a reason (and no other key says
/// so: no <c>missing</c>, <c>unavailable</c>, <c>wattsUnavailable</c>), and a rounded figure's value is its unrounded
/// value rounded half up at its decimals (checked here with <see cref="Math.Round(decimal, int, MidpointRounding)"/>,
/// not with the library's rounding).
/// </summary>
public class JsonContractTests
{
    private static readonly string Header = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";

    // Every command with --format json, each with the figures that must be in it (a path: dots, [*] for every element).
    public static TheoryData<string, string[], string[]> Commands()
    {
        string micro = CliRunner.TempFile("micro.csv", "y,w,g\n0,1,a\n2,1,a\n4,2,b\n6,1,b\n9,1,b\n");
        string synthetic = TestDataPath.Of("wbpip", "synthetic-1.csv");
        string grouped = TestDataPath.Of("wbpip", "grouped-gd_ex2.csv");
        string answers = CliRunner.TempFile("answers.csv", Header + "A,4,4,4,4,4,4,4,4,4\nB,2,3,2,2,2,2,2,2,2\nB,2,2,2,2,2,2,2,2,\n");
        string spm = TestDataPath.Of("spm", "trantibumlinmas.json");
        string report = TestDataPath.Of("reports", "mini-lppd.txt");
        string[] humanDevelopment = ["ipm", "--life-expectancy", "75.32", "--expected-schooling", "12.67", "--mean-schooling", "7.87", "--expenditure", "12020"];
        return new TheoryData<string, string[], string[]>
        {
            { "poverty", ["poverty", micro, "--value", "y", "--weight", "w", "--line", "5"], ["p0", "p1", "p2", "watts"] },
            { "poverty --by", ["poverty", micro, "--value", "y", "--line", "5", "--by", "g"], ["p0", "p1", "p2", "watts", "groups[*].p0", "groups[*].p2"] },
            { "poverty --se", ["poverty", micro, "--value", "y", "--line", "5", "--se", "linearization"], ["p0", "p1", "p2"] },
            { "gini", ["gini", synthetic, "--value", "welfare", "--weight", "weight"], ["gini"] },
            { "gini --se", ["gini", synthetic, "--value", "welfare", "--se", "bootstrap", "--replicates", "20"], ["gini"] },
            { "inequality", ["inequality", micro, "--value", "y"], ["measures.gini", "measures.theil", "measures.meanLogDeviation", "measures.palma"] },
            { "inequality --se", ["inequality", synthetic, "--value", "welfare", "--se", "bootstrap", "--replicates", "20"], ["measures.gini", "measures.theil"] },
            { "lorenz", ["lorenz", micro, "--value", "y", "--points", "4"], ["gini"] },
            { "grouped", ["grouped", grouped, "--population", "population_share", "--share", "welfare_share", "--mean", "2.911786", "--line", "1.9"], ["gini", "p0", "p1", "p2"] },
            { "grouped trapezoid", ["grouped", grouped, "--population", "population_share", "--share", "welfare_share", "--model", "trapezoid"], ["gini"] },
            { "ipm", humanDevelopment, ["ipm", "healthIndex", "educationIndex", "expenditureIndex"] },
            { "ipm (IPG)", ["ipm", "--female", "69.81", "--male", "74.35"], ["ipg"] },
            { "capaian", ["capaian", "--target", "8.19", "--realization", "8.16", "--polarity", "negative"], ["capaian"] },
            { "capaian missing", ["capaian", "--target", "8.19", "--realization", "NIHIL", "--polarity", "negative"], ["capaian"] },
            { "efficiency", ["efficiency", "--capaian", "100.37", "--budget-realization", "97.35"], ["efficiency"] },
            { "efficiency missing", ["efficiency", "--capaian", "100", "--budget-realization", "0"], ["efficiency"] },
            { "ikm", ["ikm", answers, "--unit", "unit"], ["ikm", "converted", "elements[*].nrr", "units[*].ikm", "meanOfUnitIndices.ikm", "meanOfUnitIndices.converted"] },
            { "spm", ["spm", spm], ["index", "services[*].index", "services[*].recipients", "services[*].quality", "subUrusan[*].index"] },
            { "audit", ["audit", report], ["findings[*].recomputed"] },
            { "explain", ["explain", "3.1/10/capaian", report], ["recomputed"] },
        };
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_figure_has_the_one_shape(string name, string[] args, string[] figures)
    {
        CliRunner.Result r = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(r.ExitCode is 0 or 1, $"{name}: exit {r.ExitCode}: {r.Error}");
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        foreach (string path in figures)
        {
            JsonElement[] found = [.. At(doc.RootElement, path.Split('.'))];
            Assert.True(found.Length > 0, $"{name}: no figure at {path}");
            foreach (JsonElement figure in found)
                AssertFigure(figure, $"{name} {path}");
        }
        Walk(doc.RootElement, name, "$");
    }

    [Fact]
    public void Extract_json_is_the_report_document_that_audit_reads()
    {
        // Not a result: the document, in the schema of `audit --export-default`; auditing it gives the same findings.
        string report = TestDataPath.Of("reports", "mini-lppd.txt");
        CliRunner.Result extracted = CliRunner.Run("extract", report, "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(extracted.Out);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("tables").ValueKind);
        string document = CliRunner.TempFile("mini.json", extracted.Out);
        using JsonDocument fromText = JsonDocument.Parse(CliRunner.Run("audit", report, "--format", "json").Out);
        using JsonDocument fromJson = JsonDocument.Parse(CliRunner.Run("audit", document, "--format", "json").Out);
        Assert.Equal(fromText.RootElement.GetProperty("summary").GetRawText(), fromJson.RootElement.GetProperty("summary").GetRawText());
    }

    [Fact]
    public void A_missing_figure_is_null_with_its_reason()
    {
        string micro = CliRunner.TempFile("zero.csv", "y\n0\n2\n6\n");
        using JsonDocument poverty = JsonDocument.Parse(CliRunner.Run("poverty", micro, "--value", "y", "--line", "5", "--format", "json").Out);
        JsonElement watts = poverty.RootElement.GetProperty("watts");
        Assert.Equal(JsonValueKind.Null, watts.GetProperty("value").ValueKind);
        Assert.Contains("zero consumption", watts.GetProperty("reason").GetString());

        using JsonDocument inequality = JsonDocument.Parse(CliRunner.Run("inequality", micro, "--value", "y", "--format", "json").Out);
        JsonElement mld = inequality.RootElement.GetProperty("measures").GetProperty("meanLogDeviation");
        Assert.Equal(JsonValueKind.Null, mld.GetProperty("value").ValueKind);
        Assert.Contains("zero income", mld.GetProperty("reason").GetString());

        using JsonDocument achievement = JsonDocument.Parse(CliRunner.Run("capaian", "--target", "0", "--realization", "5", "--polarity", "positive", "--format", "json").Out);
        Assert.Equal(JsonValueKind.Null, achievement.RootElement.GetProperty("capaian").GetProperty("value").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(achievement.RootElement.GetProperty("capaian").GetProperty("reason").GetString()));
    }

    [Fact]
    public void HumanDevelopment_prints_its_rounded_value_and_its_Indonesian_category()
    {
        // BPS 2010 by hand: I_kes = (75.32 − 20)/65, I_pend = (12.67/18 + 7.87/15)/2, I_peng = ln(12020 / 1007.436)/ln(26572.352/1007.436);
        // IPM = 100 × (I_kes · I_pend · I_peng)^(1/3) = 73.438… → 73.44, Tinggi (70 ≤ IPM < 80).
        double health = 55.32 / 65, education = (12.67 / 18 + 7.87 / 15) / 2, expenditure = Math.Log(12020 / 1007.436) / Math.Log(26572.352 / 1007.436);
        double humanDevelopment = 100 * Math.Cbrt(health * education * expenditure);
        CliRunner.Result r = CliRunner.Run("ipm", "--life-expectancy", "75.32", "--expected-schooling", "12.67", "--mean-schooling", "7.87",
            "--expenditure", "12020", "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.Equal(Math.Round((decimal)humanDevelopment, 2, MidpointRounding.AwayFromZero), doc.RootElement.GetProperty("ipm").GetProperty("value").GetDecimal());
        Assert.Equal(humanDevelopment, doc.RootElement.GetProperty("ipm").GetProperty("unrounded").GetDouble(), 10);
        Assert.Equal("Tinggi", doc.RootElement.GetProperty("category").GetString());
    }

    private static void AssertFigure(JsonElement figure, string where)
    {
        Assert.True(figure.ValueKind == JsonValueKind.Object, $"{where}: a figure is an object, not {figure.ValueKind}");
        foreach (string key in new[] { "value", "unrounded", "decimals", "reason" })
            Assert.True(figure.TryGetProperty(key, out _), $"{where}: no '{key}'");
        JsonElement value = figure.GetProperty("value"), unrounded = figure.GetProperty("unrounded"), decimals = figure.GetProperty("decimals");
        bool missing = value.ValueKind == JsonValueKind.Null;
        Assert.True(missing == (figure.GetProperty("reason").ValueKind == JsonValueKind.String), $"{where}: null value without reason, or a reason beside a value");
        if (missing)
        {
            Assert.Equal(JsonValueKind.Null, unrounded.ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("reason").GetString()), where);
            return;
        }
        if (value.ValueKind != JsonValueKind.Number)
            return; // a figure printed as a word (an audit predicate)
        if (decimals.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal(unrounded.GetDouble(), value.GetDouble());   // a statistic: not rounded
            return;
        }
        int d = decimals.GetInt32();
        decimal printed = value.GetDecimal();
        Assert.True(Math.Round(printed, d) == printed, $"{where}: {printed} has more than {d} decimals");
        if (unrounded.ValueKind == JsonValueKind.Number && decimal.TryParse(unrounded.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact))
            Assert.True(Math.Round(exact, d, MidpointRounding.AwayFromZero) == printed || where.StartsWith("audit", StringComparison.Ordinal) || where.StartsWith("explain", StringComparison.Ordinal),
                $"{where}: {printed} is not {exact} rounded half up at {d}");
    }

    // Nowhere a second way to say "missing"; every object with a reason is a figure. Traces keep their own shape.
    private static void Walk(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in e.EnumerateArray())
                Walk(item, name, $"{path}[{i++}]");
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
            return;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            Assert.False(p.Name is "missing" or "unavailable" or "wattsUnavailable" or "estimate", $"{name}: '{p.Name}' at {path}");
            if (p.Name is "trace" or "predicateTrace" or "propagation")
                continue;
            Walk(p.Value, name, path + "." + p.Name);
        }
        if (e.TryGetProperty("reason", out _) || e.TryGetProperty("unrounded", out _))
            AssertFigure(e, $"{name} {path}");
    }

    private static IEnumerable<JsonElement> At(JsonElement e, IEnumerable<string> parts)
    {
        string? first = parts.FirstOrDefault();
        if (first is null)
        {
            yield return e;
            yield break;
        }
        IEnumerable<string> rest = parts.Skip(1);
        bool each = first.EndsWith("[*]", StringComparison.Ordinal);
        string key = each ? first[..^3] : first;
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(key, out JsonElement child))
            yield break;
        foreach (JsonElement item in each ? [.. child.EnumerateArray()] : new[] { child })
            foreach (JsonElement found in At(item, rest))
                yield return found;
    }
}
