using System.Text;
using System.Text.Json;

namespace LppdMetrics.Reports;

/// <summary>
/// Reads and writes <see cref="LppdReport"/> documents as JSON (source generated, no reflection), and gives the
/// embedded LPPD Kabupaten Blitar 2024 report.
/// </summary>
public static class LppdReportJson
{
    private const string Blitar2024Resource = "LppdMetrics.Reports.blitar-2024.json";
    private static readonly Lazy<string> EmbeddedText = new(() => WithEmbedded(utf8 => new UTF8Encoding(false).GetString(utf8)));
    private static readonly Lazy<LppdReport> EmbeddedReport = new(() => WithEmbedded(ParseUtf8));

    /// <summary>Parses a report document from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The text is not valid JSON or not a report document; <see cref="JsonException.Path"/> and
    /// <see cref="JsonException.LineNumber"/> (0-based) say where.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LppdReport Parse(string json)
    {
        Guard.NotNull(json);
        return JsonSerializer.Deserialize(json, LppdReportJsonContext.Default.LppdReport)
               ?? throw new JsonException("The document is null; expected a report object.", "$", 0, 0);
    }

    /// <summary>Reads a report document from a UTF-8 JSON stream (the caller opens and disposes it).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The stream is not valid JSON or not a report document.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static LppdReport Read(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, LppdReportJsonContext.Default.LppdReport)
               ?? throw new JsonException("The document is null; expected a report object.", "$", 0, 0);
    }

    /// <summary>Writes a report document as indented JSON (decimals keep their printed scale: 94.60 stays "94.60").</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(LppdReport report)
    {
        Guard.NotNull(report);
        return JsonSerializer.Serialize(report, LppdReportJsonContext.Default.LppdReport);
    }

    /// <summary>
    /// The LPPD of Kabupaten Blitar for 2024 as printed (line numbers refer to the report's text conversion, kept in
    /// the repository as tests/TestData/seed/lppd-kabupaten-blitar-2024.txt). Its capaian, mean, predicate, budget,
    /// total and efficiency figures are what the extractor of LppdMetrics.Documents reads from that text; the rest
    /// (figures stated in the running text of Bab I–II, cross-table identities, Tabel 2.1–2.7, the IKK tables of
    /// §2.2.1–2.2.2, and the six SPM urusan of chapter 4) comes from a hand-curated overlay transcribed as printed.
    /// A test rebuilds it and fails when it differs. Parsed once and shared (the model is immutable).
    /// </summary>
    /// <returns>The report.</returns>
    public static LppdReport Blitar2024() => EmbeddedReport.Value;

    /// <summary>The embedded Blitar 2024 document as its JSON text, unchanged (for a user to edit or extend).</summary>
    /// <returns>The JSON text.</returns>
    public static string Blitar2024Json() => EmbeddedText.Value;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The embedded document through <see cref="ReportJsonFastPath"/> (two thirds of the serializer's time and memory,
    /// benchmarks/README.md), or through the serializer when that path declines it.
    /// </summary>
    private static LppdReport ParseUtf8(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonFastPath.TryRead(utf8Json)
        ?? JsonSerializer.Deserialize(utf8Json, LppdReportJsonContext.Default.LppdReport)
        ?? throw new JsonException("The document is null; expected a report object.", "$", 0, 0);

    private delegate T Utf8Reader<out T>(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// Runs <paramref name="read"/> on the embedded document's UTF-8 bytes where the resource lies in the loaded image
    /// (no copy, no UTF-16 text: the start-up of <c>lppd audit</c>), or on a copy of them otherwise; a byte-order mark
    /// is skipped, as the text reader did.
    /// </summary>
    private static unsafe T WithEmbedded<T>(Utf8Reader<T> read)
    {
        using Stream stream = typeof(LppdReportJson).Assembly.GetManifestResourceStream(Blitar2024Resource)
                              ?? throw new InvalidOperationException("The embedded resource " + Blitar2024Resource + " is missing from the assembly.");
        ReadOnlySpan<byte> utf8;
        if (stream is UnmanagedMemoryStream image)
            utf8 = new ReadOnlySpan<byte>(image.PositionPointer, checked((int)image.Length));
        else
        {
            byte[] bytes = new byte[checked((int)stream.Length)];
            stream.ReadExactly(bytes);
            utf8 = bytes;
        }
        return read(utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8);
    }
}
