using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// One block of a document in reading order, as a reader finds it: a paragraph of running text
/// (<see cref="DocumentParagraph"/>) or a table of cells (<see cref="DocumentTable"/>). Readers only split the file
/// into blocks and cells; they never interpret a number or classify a table.
/// </summary>
/// <param name="Location">Where the block starts (its first line, or its page and table).</param>
public abstract record DocumentBlock(SourceLocation Location);

/// <summary>A paragraph (or a line) of running text: a caption, a title, a sentence that states figures.</summary>
/// <param name="Text">The text as printed, with inline markup (<c>&lt;b&gt;</c>, <c>**</c>) left in place.</param>
/// <param name="Location">Where the paragraph starts.</param>
public sealed record DocumentParagraph(string Text, SourceLocation Location) : DocumentBlock(Location);

/// <summary>
/// A table as printed, rows in order, header rows included. Rows are on the table's grid: a cell merged across
/// columns is its text followed by empty cells for the other columns it covers, and a cell merged down over rows
/// is empty in the rows below its first; so the same table read from text, DOCX or PDF gives the same rows.
/// </summary>
/// <param name="Rows">The rows, top to bottom; a row may be shorter than the widest row.</param>
/// <param name="Location">Where the table starts (for DOCX and PDF, <see cref="SourceLocation.Table"/> is its 1-based index).</param>
public sealed record DocumentTable(IReadOnlyList<DocumentRow> Rows, SourceLocation Location) : DocumentBlock(Location)
{
    /// <summary>Why the reader is not sure of the table's cells (a PDF table with no borders whose numbers break
    /// inside narrow cells), or null. A table with a doubt gives no figures: it is listed as skipped with this
    /// reason, since a figure left out is better than a figure misread.</summary>
    public string? Doubt { get; init; }
}

/// <summary>One row of a <see cref="DocumentTable"/>.</summary>
/// <param name="Cells">The cells, left to right on the table's grid.</param>
/// <param name="Location">Where the row is printed (its line, or page, table and row).</param>
public sealed record DocumentRow(IReadOnlyList<DocumentCell> Cells, SourceLocation Location);

/// <summary>One cell of a <see cref="DocumentRow"/>.</summary>
/// <param name="Text">The cell's text as printed, lines of a wrapped cell joined by one space; empty for an empty or merged-over cell.</param>
/// <param name="Location">Where the cell is printed (line; or page, table, row and column).</param>
public sealed record DocumentCell(string Text, SourceLocation Location);

/// <summary>A whole document as its reader found it: the blocks in reading order.</summary>
/// <param name="Name">The file name the document was read from (no folder); null when read from memory.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Blocks">Paragraphs and tables in reading order.</param>
public sealed record DocumentContent(string? Name, DocumentFormatKind Format, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>The file formats a report can be read from.</summary>
public enum DocumentFormatKind
{
    /// <summary>The LppdMetrics report document (<c>LppdReportJson</c>), already a list of figures.</summary>
    Json,

    /// <summary>Plain text or markdown as a PDF converter writes it: tab-separated table rows under a "Tabel X" caption.</summary>
    Text,

    /// <summary>A Word document (Office Open XML, <c>.docx</c>).</summary>
    Docx,

    /// <summary>A PDF with a text layer.</summary>
    Pdf,
}
