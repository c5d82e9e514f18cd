using System.Collections;
using System.Globalization;
using System.Resources;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Writing;
using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Tests.Writing;

public class AuditTextsTests
{
    private static readonly ReportLanguage[] Languages = [ReportLanguage.Indonesian, ReportLanguage.English];

    [Fact]
    public void Every_status_has_a_name_and_a_meaning_in_both_languages()
    {
        foreach (var language in Languages)
            foreach (FindingStatus status in Enum.GetValues<FindingStatus>())
            {
                var t = AuditTexts.For(language);
                string code = AuditTexts.StatusCode(status);
                Assert.True(t.Has("status." + code), $"{language}: status.{code}");
                Assert.True(t.Has("status." + code + ".meaning"), $"{language}: status.{code}.meaning");
            }
        Assert.Equal("tidak sesuai", AuditTexts.For(ReportLanguage.Indonesian).Status(FindingStatus.Mismatch));
        Assert.Equal("mismatch", AuditTexts.For(ReportLanguage.English).Status(FindingStatus.Mismatch));
    }

    [Fact]
    public void Every_rule_the_audit_knows_or_applies_has_a_description_in_both_languages()
    {
        // The catalogue's rules and the trace rules they give, the rules the embedded report names, and the rules its findings carry.
        var rules = new SortedSet<string>(RuleCatalog.All.SelectMany(r => r.TraceRules.Prepend(r.Id)), StringComparer.Ordinal);
        foreach (var table in EmbeddedAudit.Document.Tables)
            foreach (var figure in table.Figures)
                rules.Add(figure.Rule);
        foreach (var finding in EmbeddedAudit.Result.Findings)
            rules.Add(finding.Rule);
        Assert.True(rules.Count >= RuleCatalog.All.Count);
        var missing = from language in Languages
                      from rule in rules
                      where !AuditTexts.For(language).Has("rule." + rule)
                      select $"{language}: rule.{rule}";
        Assert.Empty(missing);
    }

    [Fact]
    public void Both_resource_sets_have_the_same_keys_and_no_empty_text()
    {
        var keys = Languages.Select(Keys).ToArray();
        Assert.Equal(keys[0], keys[1]);
        foreach (var language in Languages)
            foreach (string key in keys[0])
                Assert.True(AuditTexts.For(language).Has(key), $"{language}: {key}");
        // The resources really differ by language (not one set read twice).
        Assert.Equal("Ringkasan", AuditTexts.For(ReportLanguage.Indonesian)["sheet.summary"]);
        Assert.Equal("Summary", AuditTexts.For(ReportLanguage.English)["sheet.summary"]);
        Assert.Throws<KeyNotFoundException>(() => AuditTexts.For(ReportLanguage.English)["no.such.key"]);
    }

    private static SortedSet<string> Keys(ReportLanguage language)
    {
        string baseName = language == ReportLanguage.Indonesian ? "AuditTextsIndonesian" : "AuditTextsEnglish";
        var manager = new ResourceManager("LppdMetrics.Documents.Writing.Resources." + baseName, typeof(AuditTexts).Assembly);
        var set = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }

    [Theory]
    // The figures of the issue and of the seed report (Tabel 1.7 total, SAKIP capaian, DPRD Δ), written by hand.
    [InlineData(2745959201750.96, 2, FigureUnit.None, false, "2.745.959.201.750,96", "2,745,959,201,750.96")]
    [InlineData(94.6, 2, FigureUnit.Percent, false, "94,60 %", "94.60%")]
    [InlineData(94.5915493, 2, FigureUnit.Percent, false, "94,59 %", "94.59%")]
    [InlineData(-1, 0, FigureUnit.None, true, "-1", "-1")]
    [InlineData(1241, 0, FigureUnit.None, true, "+1.241", "+1,241")]
    [InlineData(0.004, 2, FigureUnit.None, true, "0,00", "0.00")]
    [InlineData(-0.004, 2, FigureUnit.None, false, "0,00", "0.00")]
    [InlineData(100.365, 2, FigureUnit.None, false, "100,37", "100.37")]
    [InlineData(1500000, 0, FigureUnit.Rupiah, false, "Rp 1.500.000", "Rp 1,500,000")]
    public void Numbers_follow_the_language(double value, int decimals, FigureUnit unit, bool signed, string indonesian, string english)
    {
        decimal v = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(indonesian, AuditTexts.For(ReportLanguage.Indonesian).Number(v, decimals, unit, signed));
        Assert.Equal(english, AuditTexts.For(ReportLanguage.English).Number(v, decimals, unit, signed));
    }

    /// <summary>Decimals of report size: up to 15 integer digits and 0–4 printed decimals; shrinks toward 0 and fewer digits.</summary>
    private static readonly Arbitrary<(decimal Value, int Decimals)> ReportValues = Arb.From(
        from mantissa in Gen.Choose(-999_999_999, 999_999_999).Select(m => (long)m)
        from high in Gen.Choose(0, 999_999)
        from scale in Gen.Choose(0, 6)
        from decimals in Gen.Choose(0, 4)
        select (new decimal(Math.Abs(mantissa) + high * 1_000_000_000L) / Pow10(scale) * Math.Sign(mantissa == 0 ? 1 : mantissa), decimals),
        x => Shrink(x));

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static IEnumerable<(decimal, int)> Shrink((decimal Value, int Decimals) x)
    {
        if (x.Value != 0m) yield return (0m, x.Decimals);
        decimal tenth = decimal.Truncate(x.Value / 10m);
        if (tenth != x.Value && tenth != 0m) yield return (tenth, x.Decimals);
        if (x.Value != decimal.Truncate(x.Value)) yield return (decimal.Truncate(x.Value), x.Decimals);
        if (x.Decimals > 0) yield return (x.Value, x.Decimals - 1);
    }

    [Fact]
    public void Indonesian_numbers_read_back_with_the_report_parser_and_English_with_invariant_parsing()
    {
        Prop.ForAll(ReportValues, x =>
        {
            decimal rounded = ReportRounding.Round(x.Value, x.Decimals);
            string id = AuditTexts.For(ReportLanguage.Indonesian).Number(x.Value, x.Decimals, FigureUnit.Percent);
            string en = AuditTexts.For(ReportLanguage.English).Number(x.Value, x.Decimals, FigureUnit.Percent);
            var parsed = IndonesianNumber.Parse(id);
            decimal back = decimal.Parse(en.TrimEnd('%').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
            return parsed.Value == rounded && parsed.IsPercent && back == rounded
                && id.EndsWith(" %", StringComparison.Ordinal) && en.EndsWith('%') && !en.EndsWith(" %", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("id_ID.UTF-8", null, null, ReportLanguage.Indonesian)]
    [InlineData(null, "id_ID.UTF-8", "en_US.UTF-8", ReportLanguage.Indonesian)]
    [InlineData(null, null, "id", ReportLanguage.Indonesian)]
    [InlineData(null, null, "id-ID", ReportLanguage.Indonesian)]
    [InlineData("C", null, "id_ID.UTF-8", ReportLanguage.English)]
    [InlineData(null, null, "en_US.UTF-8", ReportLanguage.English)]
    [InlineData(null, null, "ind", ReportLanguage.English)]
    [InlineData("", "", "", ReportLanguage.English)]
    [InlineData(null, null, null, ReportLanguage.English)]
    public void The_default_language_comes_from_LC_ALL_then_LC_MESSAGES_then_LANG(string? all, string? messages, string? lang, ReportLanguage expected)
    {
        var env = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };
        Assert.Equal(expected, ReportLanguages.FromEnvironment(name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void Language_codes_are_read_strictly()
    {
        Assert.Equal(ReportLanguage.Indonesian, ReportLanguages.Parse("ID"));
        Assert.Equal(ReportLanguage.English, ReportLanguages.Parse("en"));
        var ex = Assert.Throws<ArgumentException>(() => ReportLanguages.Parse("fr"));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("'fr'", ex.Message);
    }

    [Fact]
    public void Sources_show_pages_and_tables_for_documents_and_lines_for_text()
    {
        var f = EmbeddedAudit.Finding("1.6/427/total-7");
        Assert.Equal("baris 427", AuditTexts.For(ReportLanguage.Indonesian).Source(f));
        Assert.Equal("line 427", AuditTexts.For(ReportLanguage.English).Source(f));
        var pdf = f with { Location = new Reports.SourceLocation { Page = 12, Table = 3, Row = 4 } };
        Assert.Equal("hlm. 12, tabel 3, baris tabel 4", AuditTexts.For(ReportLanguage.Indonesian).Source(pdf));
        Assert.Equal("p. 12, table 3, row 4", AuditTexts.For(ReportLanguage.English).Source(pdf));
        Assert.Equal("-", AuditTexts.For(ReportLanguage.English).Source(f with { Source = null }));
    }

    [Fact]
    public void Note_headings_are_translated_and_the_rest_kept()
    {
        var t = AuditTexts.For(ReportLanguage.Indonesian);
        Assert.Equal("polaritas meragukan: ICOR x", t.Note("polarity suspicious: ICOR x"));
        Assert.Equal("predikat ambigu: 90,5", t.Note("predicate ambiguous: 90,5"));
        Assert.Equal("something else: kept", t.Note("something else: kept"));
    }
}
