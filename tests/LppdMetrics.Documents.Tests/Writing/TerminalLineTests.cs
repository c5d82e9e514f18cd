using System.Text;
using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Documents.Tests.Writing;

/// <summary>
/// <see cref="InertText.TerminalLine"/> is the one routine that makes text safe for a terminal line: the CLI's echoes
/// (line endings escaped) and the text report's labels (line endings as spaces, <see cref="InertText.Terminal"/>).
/// </summary>
public class TerminalLineTests
{
    // "a", LF, "b", ESC "[31m", TAB, CR, NEL, LS, DEL, "é".
    private const string Hostile = "a\nb\u001B[31m\t\r\u0085\u2028\u007Fé";

    [Fact]
    public void EveryControlAndSeparatorIsAnEscapeByDefault() =>
        Assert.Equal("a\\u000Ab\\u001B[31m\\u0009\\u000D\\u0085\\u2028\\u007Fé", InertText.TerminalLine(Hostile));

    [Fact]
    public void LineEndingsAreSpacesForAReportLabelAndTheOtherControlsEscapes() =>
        Assert.Equal("a b\\u001B[31m\\u0009   \\u007Fé", InertText.TerminalLine(Hostile, lineBreaksAsSpaces: true));

    [Fact]
    public void TheReportWritersInPlaceRewriteIsTheSameRoutine()
    {
        var text = new StringBuilder("Jumlah\r\nPenduduk\u001B]0;x\u0007");
        InertText.Terminal(text);
        Assert.Equal("Jumlah  Penduduk\\u001B]0;x\\u0007", text.ToString());
        var plain = new StringBuilder("Tabel 2.1");
        InertText.Terminal(plain);
        Assert.Equal("Tabel 2.1", plain.ToString());
    }

    [Fact]
    public void PlainTextIsReturnedAsItIs()
    {
        string text = "Kabupaten Blitar — 73,44";
        Assert.Same(text, InertText.TerminalLine(text));
        Assert.Equal("", InertText.TerminalLine(null));
    }
}
