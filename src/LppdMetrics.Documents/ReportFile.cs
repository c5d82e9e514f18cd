using System.Text.Json;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents;

/// <summary>
/// The one entry point to read a report file into an <see cref="ExtractionResult"/>: a report document in JSON
/// (<see cref="LppdReportJson"/>), or a report as published (text/markdown, Word DOCX, PDF with a text layer: the formats of
/// <see cref="Readers"/>) read and recognised. The format is chosen by the file's content, never by its name.
/// </summary>
public static class ReportFile
{
    /// <summary>The largest file accepted, in bytes (64 MiB); a larger file is refused, never truncated.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>How many bytes of the head are shown to <see cref="IDocumentReader.Recognizes"/>.</summary>
    private const int HeadBytes = 512;

    /// <summary>The readers tried in order, the first that recognises the content reads it.</summary>
    public static IReadOnlyList<IDocumentReader> Readers { get; } = [new DocxDocumentReader(), new PdfDocumentReader(), new TextDocumentReader()];

    /// <summary>Reads and recognises the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Told after each page of a PDF is read (<see cref="PdfDocumentReader"/>); null for none.</param>
    /// <returns>The report and the per-table summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DocumentReadException">The content is not a readable report (binary, corrupt, over
    /// <see cref="MaxBytes"/>, no recognisable LPPD table); one line for the user.</exception>
    /// <exception cref="JsonException">The content is JSON but not a valid report document.</exception>
    public static ExtractionResult Read(string path, IProgress<PageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), progress);
    }

    /// <summary>Reads and recognises a report from <paramref name="stream"/> (read to its end, not closed).</summary>
    /// <param name="stream">The file's content.</param>
    /// <param name="name">The file name to show (no folder); null when read from memory.</param>
    /// <param name="progress">Told after each page of a PDF is read (<see cref="PdfDocumentReader"/>); null for none.</param>
    /// <returns>The report and the per-table summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DocumentReadException">The content is not a readable report; one line for the user.</exception>
    /// <exception cref="JsonException">The content is JSON but not a valid report document.</exception>
    public static ExtractionResult Read(Stream stream, string? name, IProgress<PageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = BoundedInput.ReadAll(stream, MaxBytes, "LPPD");
        if (buffer.Length == 0)
            throw new DocumentReadException("the file is empty.");
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(HeadBytes, buffer.Length));
        if (IsJson(head))
        {
            var report = LppdReportJson.Read(buffer);
            return new ExtractionResult(report, report.Tables.Select(t => new TableSummary(t.Id, t.Title,
                t.Lines is [int first, ..] ? SourceLocation.AtLine(first) : new SourceLocation(), 1, 0,
                t.Figures.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList(), t.Figures.Count, null)).ToList());
        }
        foreach (var reader in Readers)
        {
            if (!reader.Recognizes(head)) continue;
            var chosen = progress is not null && reader is PdfDocumentReader ? new PdfDocumentReader(progress) : reader;
            return ReportRecognizer.Recognize(chosen.Read(buffer, name));
        }
        throw new DocumentReadException("not a report: the content is neither JSON, text, DOCX nor PDF.");
    }

    /// <summary>Whether a file starting with <paramref name="head"/> is a JSON report document: its first character
    /// after a UTF-8 BOM and white space is '{'.</summary>
    /// <param name="head">The first bytes of the file.</param>
    /// <returns>True for JSON.</returns>
    public static bool IsJson(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        foreach (byte b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }
        return false;
    }
}
