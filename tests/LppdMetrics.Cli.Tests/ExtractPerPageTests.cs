using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Cli.Tests;

/// <summary>The per-page extract summary of a paged document, as a property over generated table lists.</summary>
public class ExtractPerPageTests
{
    // Tables in document order: each starts 0–2 pages after the one before (from page 1), and is found or skipped;
    // shrink by dropping a table.
    private static readonly Arbitrary<(int Step, bool Skipped)[]> Layouts = Arb.From(
        Gen.Zip(Gen.Choose(0, 2), Gen.Elements(false, true)).ArrayOf().Where(a => a.Length is > 0 and <= 40),
        a => Enumerable.Range(0, a.Length).Select(i => a.Where((_, j) => j != i).ToArray()).Where(b => b.Length > 0));

    [Property(MaxTest = 300)]
    public Property Every_table_is_listed_once_under_the_page_it_starts_on_with_the_page_counts_right() =>
        Prop.ForAll(Layouts, layout =>
        {
            var tables = new List<TableSummary>();
            int page = 1;
            for (int i = 0; i < layout.Length; i++)
            {
                page += layout[i].Step;
                tables.Add(new TableSummary($"9.{i + 1}", $"Tabel 9.{i + 1} Contoh", new SourceLocation { Page = page, Table = i + 1, Row = 1, Column = 1 },
                    1, 3, layout[i].Skipped ? [] : ["sum"], layout[i].Skipped ? 0 : 1, layout[i].Skipped ? "no Jumlah/Total row" : null));
            }
            var output = new StringWriter();
            ExtractSummary.Write(output, new ExtractionResult(new LppdReport { Title = "Contoh" }, tables), "contoh.pdf");
            var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

            // Walk the listing: the page each table is listed under, and each page heading's counts against its lines.
            var listedUnder = new Dictionary<string, int>();
            int? current = null, headingFound = 0, headingSkipped = 0, seenFound = 0, seenSkipped = 0;
            bool countsRight = true;
            void Close() => countsRight &= current is null || (headingFound == seenFound && headingSkipped == seenSkipped);
            foreach (string line in lines.SkipWhile(l => l != "per page:").Skip(1).TakeWhile(l => l.Length > 0))
            {
                if (line.StartsWith("  page ", StringComparison.Ordinal))
                {
                    Close();
                    string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries); // page N: F found, S skipped
                    current = int.Parse(words[1].TrimEnd(':'), System.Globalization.CultureInfo.InvariantCulture);
                    headingFound = int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture);
                    headingSkipped = int.Parse(words[4], System.Globalization.CultureInfo.InvariantCulture);
                    seenFound = seenSkipped = 0;
                    continue;
                }
                string[] entry = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (entry[0] == "found") seenFound++; else seenSkipped++;
                countsRight &= entry[0] == (tables.Single(t => t.Id == entry[1]).Skipped is null ? "found" : "skipped");
                countsRight &= listedUnder.TryAdd(entry[1], current ?? 0);
            }
            Close();
            bool eachOnItsPage = tables.All(t => listedUnder.TryGetValue(t.Id, out int p) && p == t.Location.Page);
            return (countsRight && eachOnItsPage && listedUnder.Count == tables.Count).Label(output.ToString());
        });
}
