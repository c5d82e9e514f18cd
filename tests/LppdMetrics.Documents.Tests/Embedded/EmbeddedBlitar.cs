using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests.Embedded;

/// <summary>
/// Builds the embedded LPPD Kabupaten Blitar 2024 document (src/LppdMetrics/Reports/Data/blitar-2024.json) from the
/// extractor run on the seed text plus the hand-curated overlay (blitar-2024-overlay.json beside it): the overlay
/// holds the title, the SPM urusan and every figure no recogniser reaches (figures in running text other than the
/// efficiency statements, cross-table identities, macro and IKK tables, densities, shares, a growth the printed inputs cannot judge).
/// Tables are ordered by their first line; groups without lines (identities, text) follow in overlay order.
/// </summary>
public static class EmbeddedBlitar
{
    public static string DataFolder => Path.Combine(TestDataPath.RepositoryRoot, "src", "LppdMetrics", "Reports", "Data");

    public static string EmbeddedPath => Path.Combine(DataFolder, "blitar-2024.json");

    public static string OverlayPath => Path.Combine(DataFolder, "blitar-2024-overlay.json");

    /// <summary>
    /// Statements of the running text the overlay transcribed by hand until the extractor recognised them (issue 17,
    /// <c>ShareStatements</c> and <c>ChangeStatements</c>): the overlay's copy is gone and the extracted figure keeps
    /// the overlay's id, so that links to it stay.
    /// </summary>
    private static readonly Dictionary<string, string> KeptIds = new(StringComparer.Ordinal)
    {
        ["text/275/change"] = "text/275/penduduk-naik",
        ["text/275/change-percent"] = "text/275/penduduk-persen",
        ["text/517/share-3859"] = "text/517/pns-s1",
        ["text/517/share-3"] = "text/517/pns-s3",
        ["text/525/change"] = "text/525/pendapatan-naik",
        ["text/525/change-percent"] = "text/525/pendapatan-persen",
        ["text/1388/change"] = "text/1388/hls-naik",
        ["text/1405/change"] = "text/1405/pengeluaran-naik",
        ["text/1409/change"] = "text/1409/miskin-2021-2022",
        ["text/1513/change"] = "text/1513/per-kapita-naik",
    };

    /// <summary>The document from the seed's extraction and the overlay.</summary>
    public static LppdReport Build(string seedText, LppdReport overlay)
    {
        var extracted = ReportRecognizer.Recognize(TextDocumentReader.ReadText(seedText, "lppd-kabupaten-blitar-2024.txt")).Report;
        var tables = new List<ReportTable>();
        var byId = overlay.Tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var table in extracted.Tables)
        {
            // The embedded document cites source lines only (as its overlay does): cell locations are left out.
            var merged = table with { Figures = table.Figures.Select(f => f with { Id = KeptIds.GetValueOrDefault(f.Id, f.Id), Location = null, Inputs = f.Inputs.Select(i => i with { Location = null }).ToList() }).ToList() };
            if (byId.Remove(table.Id, out var extra))
                merged = merged with { Title = extra.Title, Note = extra.Note, Figures = [.. merged.Figures, .. extra.Figures] };
            tables.Add(merged);
        }
        var rest = overlay.Tables.Where(t => byId.ContainsKey(t.Id)).ToList();
        var ordered = tables.Concat(rest.Where(t => t.Lines is not null)).OrderBy(t => t.Lines?[0] ?? int.MaxValue).ToList();
        ordered.AddRange(rest.Where(t => t.Lines is null));
        return overlay with { Tables = ordered };
    }

    /// <summary>
    /// The overlay of a hand-built document: its header and SPM, and the figures the extraction does not reproduce
    /// (same rule, source line and printed value or text), grouped in their tables.
    /// </summary>
    public static LppdReport Overlay(LppdReport handBuilt, LppdReport extracted)
    {
        var found = extracted.Tables.SelectMany(t => t.Figures).Select(Key).ToHashSet();
        var tables = handBuilt.Tables
            .Select(t => t with { Figures = t.Figures.Where(f => !found.Contains(Key(f))).ToList() })
            .Where(t => t.Figures.Count > 0)
            .ToList();
        return handBuilt with { Tables = tables };
    }

    private static (string, int?, decimal?, string?) Key(ReportFigure f) =>
        (f.Rule, f.Source, f.Reported, f.ReportedText);
}
