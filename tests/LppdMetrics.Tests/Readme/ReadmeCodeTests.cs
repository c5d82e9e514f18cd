using System.Text.RegularExpressions;
using System.Xml.Linq;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Readme;

/// <summary>Tests that redirect <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>
/// The code the READMEs show is the code that runs, and prints what they say: README.md's quick start and the two
/// examples of the package README (src/LppdMetrics/PACKAGE.md) are compared statement for statement with
/// <see cref="ReadmeExamples"/>, which is run; each Console.WriteLine's trailing comment must be its output. The
/// claimed values were worked out by hand (see the comments of each test), not copied from the code's output.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public class ReadmeCodeTests
{
    private static string Root => TestDataPath.RepositoryRoot;
    private static string ReadmePath => Path.Combine(Root, "README.md");
    private static string PackageReadmePath => Path.Combine(Root, "src", "LppdMetrics", "PACKAGE.md");
    private static string ExamplesPath => Path.Combine(Root, "tests", "LppdMetrics.Tests", "Readme", "ReadmeExamples.cs");

    public static TheoryData<string, int, string> Examples => new()
    {
        { "README.md", 0, nameof(ReadmeExamples.QuickStart) },
        { "src/LppdMetrics/PACKAGE.md", 0, nameof(ReadmeExamples.PackageAudit) },
        { "src/LppdMetrics/PACKAGE.md", 1, nameof(ReadmeExamples.PackageDomains) },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_document_shows_exactly_the_tested_statements(string document, int block, string method)
    {
        string[] shown = CSharpBlocks(File.ReadAllText(Path.Combine(Root, document)))[block];
        string source = File.ReadAllText(ExamplesPath);

        Assert.Equal(Statements(MarkedRegion(source, method)), Statements(shown));
        foreach (string line in shown.Where(l => l.StartsWith("using ", StringComparison.Ordinal)))
        {
            foreach (string directive in line.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Assert.Contains(directive + ";", source);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_printed_line_is_what_its_comment_claims(string document, int block, string method)
    {
        // The claims, by hand: capaian (2·8,19 − 8,16)/8,19 × 100 = 100,366 → 100,37, Sangat Tinggi (≥ 91);
        // IPM 73,44 is BPS's published value for these components (Tinggi: 70 ≤ IPM < 80); y < 550.000 are the first
        // two households, weight 215 of 335: P0 = 0,6418, P1 = (120·0,43636 + 95·0,12727)/335 = 0,1924,
        // P2 = (120·0,19041 + 95·0,01620)/335 = 0,0728; Gini by the trapezoid rule over the shares
        // (0,3582, 0,2836, 0,2388, 0,1194) and Lorenz ordinates (0,2035, 0,4530, 0,7374, 1) = 0,2492; budget
        // 78.826.084.279 / 80.975.656.341 = 97,35 %; IKM: NRR 3,5 on every element → 87,50, band B 76,61–88,30;
        // SPM: A = 95, B = (100 + 75)/2 = 87,5, 0,8·95 + 0,2·87,5 = 93,50 (Utama: 80–< 100); Nilai SAKIP
        // 67,16 / 71 = 94,5915 → 94,59 where the report prints 94,60.
        string[] shown = CSharpBlocks(File.ReadAllText(Path.Combine(Root, document)))[block];
        string[] claims = shown.Where(l => l.Contains("Console.WriteLine(", StringComparison.Ordinal)).Select(Claim).ToArray();
        Assert.NotEmpty(claims);

        string[] printed = Run(() => typeof(ReadmeExamples).GetMethod(method)!.Invoke(null, null));

        Assert.Equal(claims, printed);
    }

    [Theory]
    [InlineData("src/LppdMetrics/PACKAGE.md")]
    [InlineData("src/LppdMetrics.Cli/PACKAGE.md")]
    [InlineData("src/LppdMetrics.Documents/PACKAGE.md")]
    public void A_package_readme_renders_on_its_own(string document)
    {
        string text = File.ReadAllText(Path.Combine(Root, document));

        Assert.DoesNotContain("dotnet run --project", text, StringComparison.Ordinal);
        // Links and images: absolute https addresses only (nuget.org shows the README without the repository).
        foreach (Match link in Regex.Matches(text, @"!?\[[^\]]*\]\(([^)\s]+)[^)]*\)"))
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        foreach (Match image in Regex.Matches(text, "<img[^>]*src=\"([^\"]+)\"", RegexOptions.IgnoreCase))
            Assert.StartsWith("https://", image.Groups[1].Value, StringComparison.Ordinal);
        // No raw HTML comments or repository-relative file references posing as links.
        Assert.DoesNotContain("](./", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](../", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/LppdMetrics/LppdMetrics.csproj")]
    [InlineData("src/LppdMetrics.Cli/LppdMetrics.Cli.csproj")]
    [InlineData("src/LppdMetrics.Documents/LppdMetrics.Documents.csproj")]
    public void Each_package_packs_its_own_readme_as_README_md(string project)
    {
        XDocument csproj = XDocument.Load(Path.Combine(Root, project));
        Assert.Equal("README.md", csproj.Descendants("PackageReadmeFile").Single().Value);
        XElement packed = csproj.Descendants("None").Single(e => (string?)e.Attribute("Pack") == "true"
                                                               && (string?)e.Attribute("PackagePath") == "README.md");
        Assert.Equal("PACKAGE.md", (string?)packed.Attribute("Include"));
    }

    [Fact]
    public void The_claim_parser_reads_the_comment_after_the_statement()
    {
        Assert.Equal("73.44 High (Tinggi)", Claim("Console.WriteLine($\"{a} {b}\"); // 73.44 High (Tinggi)"));
        Assert.Equal("True", Claim("    Console.WriteLine(x);  // True"));
        Assert.Throws<Xunit.Sdk.TrueException>(() => Claim("Console.WriteLine(x);"));
    }

    private static string Claim(string line)
    {
        int at = line.LastIndexOf("// ", StringComparison.Ordinal);
        Assert.True(at > 0, $"a Console.WriteLine without the output it prints in a comment: {line.Trim()}");
        return line[(at + 3)..].Trim();
    }

    private static string[] Run(Action example)
    {
        TextWriter original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    private static List<string[]> CSharpBlocks(string markdown) =>
        Regex.Matches(markdown.Replace("\r\n", "\n"), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Split('\n')).ToList();

    private static string[] MarkedRegion(string source, string name)
    {
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        int begin = Array.FindIndex(lines, l => l.Trim() == $"// begin {name}");
        int end = Array.FindIndex(lines, l => l.Trim() == $"// end {name}");
        Assert.True(begin >= 0 && end > begin, $"no region {name} in ReadmeExamples.cs");
        return lines[(begin + 1)..end];
    }

    private static string[] Statements(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
}
