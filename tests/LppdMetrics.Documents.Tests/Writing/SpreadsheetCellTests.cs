using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Documents.Tests.Writing;

/// <summary>
/// <see cref="InertText.SpreadsheetCell"/> (OWASP, CSV injection): a formula trigger after leading spaces (dropped by an
/// import that trims whitespace, as Google Sheets' and LibreOffice's options do) or in its full-width form (which a
/// Japanese or Chinese input method turns into the ASCII one, U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠) gets the
/// apostrophe too; a plain number after spaces stays a number.
/// </summary>
public class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData(" =HYPERLINK(\"http://x\")", "' =HYPERLINK(\"http://x\")")]
    [InlineData("  @SUM(A1)", "'  @SUM(A1)")]
    [InlineData("\u00A0+cmd", "'\u00A0+cmd")]
    [InlineData("\u3000-2+3", "'\u3000-2+3")]
    [InlineData("＝HYPERLINK(\"http://x\")", "'＝HYPERLINK(\"http://x\")")]
    [InlineData("＋1", "'＋1")]
    [InlineData("－2", "'－2")]
    [InlineData("＠SUM(A1)", "'＠SUM(A1)")]
    [InlineData(" ＝1", "' ＝1")]
    public void AFormulaTriggerAfterSpacesOrFullWidthIsInert(string cell, string expected) =>
        Assert.Equal(expected, InertText.SpreadsheetCell(cell));

    [Theory]
    [InlineData(" -2,5")]
    [InlineData("-1234.5")]
    [InlineData("   ")]
    [InlineData("Kab. Blitar = 73,44")]
    [InlineData(" Jumlah")]
    public void PlainNumbersAndTextStayAsTheyAre(string cell) =>
        Assert.Equal(cell, InertText.SpreadsheetCell(cell));
}
