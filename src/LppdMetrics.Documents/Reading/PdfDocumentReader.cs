using System.Globalization;
using LppdMetrics.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Reads a PDF with a text layer (as Word or LibreOffice print a report) through PdfPig, with no native tool and no
/// OCR: tables are rebuilt from the page's ruling lines and the words' positions (<see cref="PdfTableGrid"/>), the
/// words outside tables become paragraphs in reading order, and the running header and footer of the pages (the
/// report title, "Halaman 12") are dropped.
/// </summary>
/// <remarks>
/// <para>Tables: a bordered table is found from its horizontal and vertical rules; its grid is every rule's
/// position; cells with no rule between them are one merged cell, whose text goes to its top-left grid cell, the
/// others being empty (the grid rule of <see cref="DocumentTable"/>). A cell's line breaks are read by its geometry
/// (<see cref="PdfTableGrid.Break"/>): a printer breaks a token anywhere only where it is wider than the cell, so a
/// break where the token or the next glyph would have fitted was at a space; a number broken at a full line is joined
/// when the part before is cut short or the joined form is a well-formed number (<c>1.234.56</c> / <c>7</c>; two whole
/// numbers on two lines stay two); a break after a hyphen or slash inside a word is no space; a word broken at a full
/// line is joined with none when the document prints the joined word whole elsewhere (a word the printer broke) and
/// with a space when it prints that token as a whole word (<see cref="PdfVocabulary"/>). A table that ends one page and goes on at the top of the next with the
/// same frame gives a second table for the part on the next page, with the header row it repeats, as a text
/// conversion gives it (the recognisers join such parts and drop the repeat); both parts are on the same column grid.
/// Tables drawn without rules are rebuilt from the alignment of their words (<see cref="PdfBorderlessTable"/>);
/// the rest of a cell merged down that the printer broke over a page goes back to the cell.</para>
/// <para>Turned pages: a page whose text all runs down, up or upside down as displayed (turned by <c>/Rotate</c> 90,
/// 180 or 270, or a landscape table drawn turned on its page) is turned upright, letters and rules, and read as any
/// page (<see cref="PdfTurnedPage"/>); a page whose letters run several ways is read as displayed.</para>
/// <para>Locations: every row and cell has <see cref="SourceLocation.Page"/>, <see cref="SourceLocation.Table"/>
/// (1-based in the document), <see cref="SourceLocation.Row"/> and <see cref="SourceLocation.Column"/>; a
/// paragraph has its page.</para>
/// <para>Refused with one line (<see cref="DocumentReadException"/>), never a partial document: an encrypted PDF
/// that needs a password, a corrupt file, a file over <see cref="MaxFileBytes"/>, and pages with images but no
/// text (a scan: "no text layer on pages 1–180: scanned PDF, OCR is not supported").</para>
/// </remarks>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>The largest PDF accepted, in bytes (512 MiB).</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    private readonly IProgress<PageProgress>? progress;

    /// <summary>Creates a reader.</summary>
    /// <param name="progress">Told after each page is read (pages read so far, page count); null for none. The
    /// CLI shows it on stderr only when stderr is a terminal.</param>
    public PdfDocumentReader(IProgress<PageProgress>? progress = null) => this.progress = progress;

    /// <inheritdoc/>
    public DocumentFormatKind Format => DocumentFormatKind.Pdf;

    /// <inheritdoc/>
    /// <remarks>True when the head holds the PDF header <c>%PDF-</c> (ISO 32000-1 §7.5.2 allows bytes before it).</remarks>
    public bool Recognizes(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) >= 0;

    /// <inheritdoc/>
    public DocumentContent Read(Stream stream, string? name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes = BoundedInput.ReadAll(stream, MaxFileBytes, "PDF").ToArray();
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new PdfStreamBudget() });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException("the PDF is encrypted and needs a password: save it without a password.");
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            throw new DocumentReadException($"the PDF is corrupt: {BoundedInput.FirstLine(ex.Message)}", null, ex);
        }
        using (pdf)
        {
            var pages = new List<PdfPageLayout>(pdf.NumberOfPages);
            var vocabulary = new PdfVocabulary();
            var scanned = new List<int>();
            for (int number = 1; number <= pdf.NumberOfPages; number++)
            {
                List<Word> words;
                List<PdfRule> rules;
                double height;
                try
                {
                    // only PdfPig's parsing is guarded: a failure in the layout below is a bug, not a corrupt file
                    var page = pdf.GetPage(number);
                    if (page.Letters.Count == 0 && page.NumberOfImages > 0) scanned.Add(number);
                    // a page whose text all runs down, up or upside down (/Rotate, a table drawn turned) turned upright
                    var (upright, pageRules, pageHeight) = PdfTurnedPage.Upright(page.Letters, PdfTableGrid.RulesOf(page), page.Width, page.Height);
                    // raised footnote marks after a number ("105,00¹") kept apart from its digits, as <sup>…</sup>
                    var letters = PdfRaisedMarks.Mark(upright);
                    words = (ReferenceEquals(letters, page.Letters) ? page.GetWords() : DefaultWordExtractor.Instance.GetWords(letters))
                        .Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                    rules = pageRules;
                    height = pageHeight;
                }
                catch (Exception ex) when (IsParseFailure(ex))
                {
                    throw new DocumentReadException($"the PDF is corrupt at page {number}: {BoundedInput.FirstLine(ex.Message)}",
                        new SourceLocation { Page = number }, ex);
                }
                pages.Add(PdfPageLayout.Of(words, rules, height, number, pages.Count > 0 ? pages[^1].OpenEdges : null));
                vocabulary.Add(words);
                progress?.Report(new PageProgress(number, pdf.NumberOfPages));
            }
            // a cell line that filled its cell joins the next with a space or none by the words printed whole anywhere
            foreach (var grid in pages.SelectMany(p => p.Items).OfType<PdfTableGrid>())
                vocabulary.Resolve(grid.Cells);
            if (scanned.Count > 0)
                throw new DocumentReadException($"no text layer on {PageList(scanned)}: scanned PDF, OCR is not supported.");
            if (pages.All(p => p.IsEmpty))
                throw new DocumentReadException("the PDF has no text on any page.");
            return new DocumentContent(name, DocumentFormatKind.Pdf, PdfLayoutAssembler.Assemble(pages));
        }
    }

    /// <summary>The exceptions PdfPig raises on a malformed file (it has no single base type for them).</summary>
    private static bool IsParseFailure(Exception ex) =>
        ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException
            or EndOfStreamException or IOException or OverflowException or NotSupportedException or DivideByZeroException;

    /// <summary>"page 3", "pages 1–180", "pages 2, 5–7".</summary>
    internal static string PageList(IReadOnlyList<int> pages)
    {
        var parts = new List<string>();
        for (int i = 0; i < pages.Count;)
        {
            int j = i;
            while (j + 1 < pages.Count && pages[j + 1] == pages[j] + 1) j++;
            parts.Add(i == j ? pages[i].ToString(CultureInfo.InvariantCulture)
                : $"{pages[i].ToString(CultureInfo.InvariantCulture)}–{pages[j].ToString(CultureInfo.InvariantCulture)}");
            i = j + 1;
        }
        return (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", parts);
    }
}

/// <summary>Progress of a long read: <paramref name="PagesRead"/> of <paramref name="PageCount"/> pages done.</summary>
/// <param name="PagesRead">Pages read so far (1-based count).</param>
/// <param name="PageCount">Pages in the document.</param>
public readonly record struct PageProgress(int PagesRead, int PageCount);
