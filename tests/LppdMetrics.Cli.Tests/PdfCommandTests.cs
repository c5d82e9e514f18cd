using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LppdMetrics.TestSupport;
using UglyToad.PdfPig;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// lppd audit and extract on the held-out PDF fixture (tests/TestData/documents/lppd-variant-sukamaju.pdf, 262 pages,
/// see its README): page references in the JSON findings, the per-page extract summary, and no progress on a
/// redirected stderr. The page references are checked against the PDF's own text read here with PdfPig page by page,
/// not against the reader's output.
/// </summary>
public partial class PdfCommandTests
{
    private static string Pdf => TestDataPath.Of("documents", "lppd-variant-sukamaju.pdf");

    /// <summary>Each page's words in PdfPig's reading order.</summary>
    private static readonly Lazy<string[][]> Words = new(() =>
    {
        using var pdf = PdfDocument.Open(Pdf);
        return [.. pdf.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToArray())];
    });

    /// <summary>Each page's words joined without spaces (a caption reads "Tabel18.2").</summary>
    private static readonly Lazy<string[]> PageTexts = new(() => [.. Words.Value.Select(words => string.Concat(words))]);

    /// <summary>Each page's set of words, a trailing "%" dropped.</summary>
    private static readonly Lazy<HashSet<string>[]> PageWords = new(() =>
        [.. Words.Value.Select(words => words.Select(w => w.TrimEnd('%')).ToHashSet(StringComparer.Ordinal))]);


    [Fact]
    public void Audit_json_of_a_pdf_gives_every_finding_a_page_table_row_and_column_where_its_printed_value_stands()
    {
        var result = CliRunner.Run("audit", Pdf, "--format", "json");
        Assert.Equal(1, result.ExitCode); // the variant holds injected misprints
        Assert.Equal("", result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        int mismatches = 0, tableless = 0;
        foreach (var f in findings)
        {
            string id = f.GetProperty("id").GetString()!;
            var location = f.GetProperty("location");
            Assert.False(location.TryGetProperty("line", out _), id);
            int page = location.GetProperty("page").GetInt32();
            Assert.InRange(page, 1, PageTexts.Value.Length);
            // A figure of a table has its table, row and column; one stated in the running text only its page.
            bool inTable = location.TryGetProperty("table", out var table);
            Assert.Equal(inTable ? 4 : 1, location.EnumerateObject().Count());
            if (inTable)
                Assert.True(table.GetInt32() >= 1 && location.GetProperty("row").GetInt32() >= 1 && location.GetProperty("column").GetInt32() >= 1, id);
            else if (!id.StartsWith("text/", StringComparison.Ordinal))
                tableless++; // figures stated in the running text (ids text/…) have a page only, by design
            if (f.GetProperty("status").GetString() != "mismatch" || f.GetProperty("reported").ValueKind != JsonValueKind.Number)
                continue;
            // The printed misprint, written the Indonesian way (1.253.550; 82,63), stands on the page named.
            string printed = Indonesian(f.GetProperty("reported").GetRawText());
            Assert.True(PrintedOn(printed, PageWords.Value[page - 1]), $"{id}: '{printed}' is not on page {page}");
            mismatches++;
        }
        Assert.True(mismatches >= 18, $"only {mismatches} numeric mismatches"); // 20 misprints injected in the variant
        Assert.True(tableless < findings.Count / 10, $"{tableless} findings without a table");
    }

    [Fact]
    public void Audit_text_of_a_pdf_names_the_page_table_and_row_in_indonesian_and_english()
    {
        var id = CliRunner.Run("audit", Pdf, "--only", "mismatch", "--lang", "id");
        var en = CliRunner.Run("audit", Pdf, "--only", "mismatch", "--lang", "en");
        Assert.Equal("", id.Error + en.Error);
        Assert.Matches(@"hlm\. \d+, tabel \d+, baris tabel \d+", id.Out);
        Assert.Matches(@"p\. \d+, table \d+, row \d+", en.Out);
        Assert.DoesNotMatch(@"\bline \d+", en.Out);
    }

    [Fact]
    public void Extract_text_of_a_pdf_lists_per_page_the_tables_found_and_skipped_on_pages_that_print_them()
    {
        var result = CliRunner.Run("extract", Pdf, "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var total = TablesFound().Match(result.Out);
        Assert.True(total.Success, result.Out);
        Assert.Contains("per page:", lines);

        int? page = null, lastPage = 0, found = 0, skipped = 0, checkedCaptions = 0;
        foreach (string line in lines)
        {
            if (PageHeading().Match(line) is { Success: true } heading)
            {
                page = int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.True(page > lastPage, $"page {page} after page {lastPage}");
                lastPage = page;
                continue;
            }
            if (TableLine().Match(line) is not { Success: true } entry) continue;
            Assert.NotNull(page);
            if (entry.Groups[1].Value == "found") found++;
            else
            {
                skipped++;
                Assert.Contains(": ", line, StringComparison.Ordinal); // the reason
            }
            // A numbered table's caption ("Tabel 18.2") is printed on its first page or at the foot of the page before.
            string tableId = entry.Groups[2].Value;
            if (!NumberedId().IsMatch(tableId)) continue;
            string caption = "Tabel" + tableId;
            bool printed = PageTexts.Value[page!.Value - 1].Contains(caption, StringComparison.Ordinal)
                || (page > 1 && PageTexts.Value[page.Value - 2].Contains(caption, StringComparison.Ordinal));
            Assert.True(printed, $"{caption} listed under page {page}");
            checkedCaptions++;
        }
        Assert.Equal(int.Parse(total.Groups[2].Value, CultureInfo.InvariantCulture), found);
        Assert.Equal(int.Parse(total.Groups[3].Value, CultureInfo.InvariantCulture), skipped);
        Assert.True(checkedCaptions >= 40, $"only {checkedCaptions} numbered tables checked");
    }

    [Fact]
    public void Extract_text_of_a_text_report_keeps_the_two_lists_without_pages()
    {
        var result = CliRunner.Run("extract", TestDataPath.Of("reports", "mini-lppd.txt"));
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("per page:", result.Out, StringComparison.Ordinal);
        Assert.Contains("classified:", result.Out, StringComparison.Ordinal);
        Assert.Contains("skipped:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_pdf_in_a_real_process_with_stderr_redirected_writes_no_progress()
    {
        // The reading takes over the progress delay (1 s) on this fixture, so a progress line would show if the
        // terminal test were wrong.
        string dll = typeof(LppdApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { dll, "extract", Pdf, "--format", "json" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(await stdout);
        Assert.Equal("Kabupaten Sukamaju", doc.RootElement.GetProperty("region").GetString());
    }

    /// <summary>
    /// Whether <paramref name="printed"/> is a sequence of words of the page: a number broken inside its cell
    /// ("1.429.943.415" over ".475,84") is two words, and another column's words may come between them in reading order;
    /// or a number of the running text glued to its currency and unit ("Rp.521.000/jiwa/tahun").
    /// </summary>
    private static bool PrintedOn(string printed, HashSet<string> words)
    {
        var glued = new Regex(@"^(?:Rp\.?)?" + Regex.Escape(printed) + @"(?:/[\p{L}/]+)?[.,]?$");
        if (words.Any(glued.IsMatch)) return true;
        var reachable = new bool[printed.Length + 1];
        reachable[0] = true;
        for (int start = 0; start < printed.Length; start++)
            if (reachable[start])
                for (int end = start + 1; end <= printed.Length; end++)
                    if (words.Contains(printed[start..end])) reachable[end] = true;
        return reachable[printed.Length];
    }

    /// <summary>"1253550" → "1.253.550", "82.63" → "82,63", "-5" → "-5" (a JSON number as the report prints it).</summary>
    private static string Indonesian(string json)
    {
        string sign = json.StartsWith('-') ? "-" : "";
        string digits = json.TrimStart('-');
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        string whole = dot < 0 ? digits : digits[..dot];
        string fraction = dot < 0 ? "" : "," + digits[(dot + 1)..];
        var groups = new List<string>();
        for (int end = whole.Length; end > 0; end -= 3)
            groups.Insert(0, whole[Math.Max(0, end - 3)..end]);
        return sign + string.Join(".", groups) + fraction;
    }

    [GeneratedRegex(@"tables found (\d+): classified (\d+), skipped (\d+)")]
    private static partial Regex TablesFound();

    [GeneratedRegex(@"^  page (\d+): \d+ found, \d+ skipped$")]
    private static partial Regex PageHeading();

    [GeneratedRegex(@"^    (found|skipped)\s+(\S+)\s")]
    private static partial Regex TableLine();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex NumberedId();
}
