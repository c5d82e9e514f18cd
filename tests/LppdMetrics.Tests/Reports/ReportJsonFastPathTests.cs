using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Accountability;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Reports;

/// <summary>
/// The direct reader of the embedded document (<see cref="ReportJsonFastPath"/>) gives what the serializer gives, or
/// declines: on the committed document, on generated documents, and on documents mutated in the ways a hand edit
/// breaks them (unknown, repeated, missing or null members, values of another kind, numbers out of range, polarity
/// spellings, comments and trailing commas, truncation).
/// </summary>
public class ReportJsonFastPathTests
{
    private static string CommittedPath => Path.Combine(TestDataPath.RepositoryRoot, "src", "LppdMetrics", "Reports", "Data", "blitar-2024.json");

    /// <summary>What the serializer reads from <paramref name="json"/>, written back; null when it rejects the document.</summary>
    private static string? BySerializer(string json)
    {
        try
        {
            return LppdReportJson.Write(LppdReportJson.Parse(json));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ByFastPath(string json) =>
        ReportJsonFastPath.TryRead(Encoding.UTF8.GetBytes(json)) is { } report ? LppdReportJson.Write(report) : null;

    [Fact]
    public void The_committed_document_is_read_by_the_fast_path_as_the_serializer_reads_it()
    {
        string json = File.ReadAllText(CommittedPath);
        string? fast = ByFastPath(json);
        Assert.NotNull(fast); // the embedded document does not fall back
        Assert.Equal(BySerializer(json), fast);
        var report = ReportJsonFastPath.TryRead(File.ReadAllBytes(CommittedPath))!;
        // Counted in the committed file with a JSON parser independent of both readers.
        using var document = JsonDocument.Parse(File.ReadAllBytes(CommittedPath));
        var tables = document.RootElement.GetProperty("tables");
        Assert.Equal(tables.GetArrayLength(), report.Tables.Count);
        Assert.Equal(tables.EnumerateArray().Sum(t => t.GetProperty("figures").GetArrayLength()), report.Tables.Sum(t => t.Figures.Count));
        Assert.Equal(tables.EnumerateArray().Sum(t => t.GetProperty("figures").EnumerateArray()
            .Sum(f => f.TryGetProperty("inputs", out var inputs) ? inputs.GetArrayLength() : 0)), report.Tables.Sum(t => t.Figures.Sum(f => f.Inputs.Count)));
    }

    [Theory]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","reported":94.60,"decimals":2,"inputs":[{"name":"x","value":1.50},{"name":"y","value":93.1}]}]}]}""")]
    [InlineData("""{"title":"T",/* c */"tables":[{"id":"a","title":"A","lines":[3,4,],"figures":[{"id":"f","label":"F","rule":"capaian","polarity":"negative","magnitude":true,"inputs":[],}],},],}""")]
    [InlineData("""{"title":"T","region":"R","year":2024,"source":"s","note":"n","spm":[]}""")]
    [InlineData("""{"title":"T\u00e9","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","reported":1e2,"printed":"100","location":{"page":3,"table":1,"row":2,"column":4}}]}]}""")]
    public void Hand_written_documents_are_read_as_the_serializer_reads_them(string json)
    {
        Assert.NotNull(ByFastPath(json));
        Assert.Equal(BySerializer(json), ByFastPath(json));
    }

    [Theory]
    [InlineData("""{"tables":[]}""")] // title missing
    [InlineData("""{"title":"T","tabels":[]}""")] // unknown member
    [InlineData("""{"title":"T","title":"U"}""")] // repeated member
    [InlineData("""{"title":null}""")]
    [InlineData("""{"title":"T","year":"2024"}""")]
    [InlineData("""{"title":"T","year":2024.5}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","reported":"94,60"}]}]}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","polarity":"Positive"}]}]}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","decimals":99999999999}]}]}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","inputs":[{"value":1}]}]}]}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum","inputs":null}]}]}""")]
    [InlineData("""{"title":"T"} {"title":"U"}""")]
    [InlineData("""{"title":"T","tables":[{"id":"a","title":"A","figures":[{"id":"f","label":"F","rule":"sum"}""")]
    [InlineData("""[]""")]
    public void Documents_off_the_path_are_declined(string json) => Assert.Null(ByFastPath(json));

    /// <summary>Small report documents with every member the writer writes; shrinking drops tables, figures and inputs.</summary>
    private static readonly Gen<string> Text = Gen.Elements("a", "Tabel 1.1", "Σ shares, column '2023 (%)'", "\"quoted\"", "Rp 1.000,00", "é ñ ü", "");

    private static readonly Gen<decimal> Number = Gen.OneOf(
        Gen.Choose(-100000, 100000).Select(n => n / 100m),
        Gen.Choose(0, 999999).Select(n => n * 1000000m + 0.5m),
        Gen.Elements(0m, 94.60m, 0.000001m, 79228162514264337593543950335m, -1.0m));

    private static readonly Gen<SourceLocation?> Location = Gen.OneOf(
        Gen.Constant<SourceLocation?>(null),
        Gen.Choose(1, 5000).Select(n => (SourceLocation?)SourceLocation.AtLine(n)),
        Gen.Choose(1, 40).Select(n => (SourceLocation?)new SourceLocation { Page = n, Table = n % 3 + 1, Row = n + 2, Column = 2 }));

    private static readonly Gen<FigureInput> Input =
        from name in Text
        from value in Gen.OneOf(Number.Select(v => (decimal?)v), Gen.Constant<decimal?>(null))
        from printed in Gen.OneOf(Text.Select(t => (string?)t), Gen.Constant<string?>(null))
        from source in Gen.OneOf(Gen.Choose(1, 3000).Select(n => (int?)n), Gen.Constant<int?>(null))
        from location in Location
        from note in Gen.OneOf(Text.Select(t => (string?)t), Gen.Constant<string?>(null))
        select new FigureInput { Name = name, Value = value, Printed = printed, Source = source, Location = location, Note = note };

    private static readonly Gen<ReportFigure> Figure =
        from id in Text
        from reported in Gen.OneOf(Number.Select(v => (decimal?)v), Gen.Constant<decimal?>(null))
        from decimals in Gen.Choose(0, 28)
        from polarity in Gen.Elements<Polarity?>(null, Polarity.Positive, Polarity.Negative)
        from magnitude in Gen.Elements(false, true)
        from reportedText in Gen.OneOf(Text.Select(t => (string?)t), Gen.Constant<string?>(null))
        from location in Location
        from inputs in Gen.ListOf(Input)
        select new ReportFigure
        {
            Id = id, Label = id + " label", Rule = "sum", Reported = reported, Printed = reported?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Decimals = decimals, Source = decimals * 7 + 1, Location = location, ReportedText = reportedText, Polarity = polarity,
            Magnitude = magnitude, Note = reportedText, Inputs = inputs,
        };

    private static readonly Gen<LppdReport> Report =
        from title in Text
        from year in Gen.Elements<int?>(null, 2024, -1)
        from tables in Gen.ListOf(
            from id in Text
            from lines in Gen.OneOf(Gen.Constant<IReadOnlyList<int>?>(null), Gen.ListOf(Gen.Choose(1, 9000)).Select(l => (IReadOnlyList<int>?)l))
            from figures in Gen.ListOf(Figure)
            select new ReportTable { Id = id, Title = id, Lines = lines, Note = id, Figures = figures })
        select new LppdReport { Title = title, Region = title, Year = year, Source = title, Note = title, Tables = tables };

    [Fact]
    public void Generated_documents_are_read_as_the_serializer_reads_them()
    {
        Prop.ForAll(Report.ToArbitrary(), report =>
        {
            string json = LppdReportJson.Write(report);
            string? fast = ByFastPath(json);
            return fast is not null && fast == BySerializer(json) && fast == json;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A mutation of a document's tree: what a hand edit does to one member of one object.</summary>
    private static readonly Gen<Func<JsonObject, Random, bool>> Mutation = Gen.Elements<Func<JsonObject, Random, bool>>(
        (o, r) => Remove(o, r),
        (o, _) => { o["unknownMember"] = 1; return true; },
        (o, r) => Replace(o, r, null),
        (o, r) => Replace(o, r, JsonValue.Create("text")),
        (o, r) => Replace(o, r, JsonValue.Create(3.25m)),
        (o, r) => Replace(o, r, JsonValue.Create(1e30)),
        (o, r) => Replace(o, r, JsonValue.Create(-7)),
        (o, r) => Replace(o, r, JsonValue.Create(true)),
        (o, r) => Replace(o, r, new JsonArray()),
        (o, r) => Replace(o, r, new JsonObject()),
        (o, r) => Replace(o, r, JsonValue.Create("POSITIVE")));

    private static bool Remove(JsonObject o, Random random)
    {
        if (o.Count == 0) return false;
        o.Remove(o.ElementAt(random.Next(o.Count)).Key);
        return true;
    }

    private static bool Replace(JsonObject o, Random random, JsonNode? value)
    {
        if (o.Count == 0) return false;
        o[o.ElementAt(random.Next(o.Count)).Key] = value;
        return true;
    }

    private static List<JsonObject> Objects(JsonNode node)
    {
        var all = new List<JsonObject>();
        void Walk(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                all.Add(o);
                foreach (var (_, child) in o) Walk(child);
            }
            else if (n is JsonArray a)
                foreach (var child in a) Walk(child);
        }
        Walk(node);
        return all;
    }

    [Fact]
    public void Mutated_documents_are_read_as_the_serializer_reads_them_or_declined()
    {
        var cases = from report in Report
                    from mutations in Gen.ListOf(Mutation)
                    from seed in Gen.Choose(0, int.MaxValue)
                    from textEdit in Gen.Elements(0, 1, 2, 3, 4)
                    select (report, mutations, seed, textEdit);
        int accepted = 0, declined = 0;
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var tree = JsonNode.Parse(LppdReportJson.Write(c.report))!;
            foreach (var mutate in c.mutations)
            {
                var objects = Objects(tree);
                mutate(objects[random.Next(objects.Count)], random);
            }
            string json = tree.ToJsonString();
            json = c.textEdit switch
            {
                1 => json.Replace(",", ", /* note */ ", StringComparison.Ordinal),
                2 => json.Replace("}", ",}", StringComparison.Ordinal),
                3 => json[..(json.Length * 2 / 3)],
                4 => json.Replace("\"name\":", "\"name\":\"dup\",\"name\":", StringComparison.Ordinal),
                _ => json,
            };
            string? fast = ByFastPath(json);
            if (fast is null) declined++;
            else accepted++;
            return fast is null || fast == BySerializer(json);
        // 1 000 cases, not FsCheck's 100: about 2.8 % of the mutated documents are accepted (14 of 500 in one run), so
        // with 100 cases about one run in 17 accepted none and failed the check below (0.972^100 ≈ 6 %; now 0.972^1000 ≈
        // 5e-13). 20 000 cases held the property itself.
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        Assert.True(accepted > 0 && declined > 0, $"accepted {accepted}, declined {declined}: both sides of the contract are exercised");
    }
}
