using System.Text;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// <see cref="UnicodeNfc"/> against Python's <c>unicodedata.normalize("NFC", …)</c> (tests/TestData/unicode): every code
/// point with a canonical decomposition and its NFD, and 2000 random strings of letters, jamo and combining marks of
/// several classes in any order.
/// </summary>
public class UnicodeNfcTests
{
    private static string Text(string hex) =>
        string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => new Rune(Convert.ToInt32(h, 16)).ToString()));

    [Fact]
    public void Every_vector_is_normalised_as_Python_does()
    {
        int cases = 0;
        foreach (string line in File.ReadLines(TestDataPath.Of("unicode", "nfc-vectors.txt")))
        {
            if (line.StartsWith('#'))
                continue;
            string[] parts = line.Split(';');
            Assert.True(Text(parts[1]) == UnicodeNfc.Normalize(Text(parts[0])), line);
            cases++;
        }
        Assert.Equal(6122, cases);
    }

    [Theory]
    [InlineData("Pele\u0301", "Pel\u00e9")]
    [InlineData("Pel\u00e9", "Pel\u00e9")]
    [InlineData("Kec. Ngl\u0065\u0300gok", "Kec. Ngl\u00e8gok")]
    [InlineData("\u0301a", "\u0301a")]   // a mark with no starter before it stays
    [InlineData("a\u0323\u0302", "\u1EAD")] // ậ: dot below (220) then circumflex (230)
    [InlineData("a\u0302\u0323", "\u1EAD")] // the same marks in the other order
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // conjoining jamo to the syllable 각
    public void Known_spellings(string input, string expected) => Assert.Equal(expected, UnicodeNfc.Normalize(input));

    [Fact]
    public void Ascii_text_is_the_same_instance()
    {
        string code = "3505010";
        Assert.Same(code, UnicodeNfc.Normalize(code));
    }
}
