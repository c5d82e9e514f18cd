using System.Text.RegularExpressions;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Repository;

/// <summary>
/// The layers of docs/architecture.md hold: each folder of the core library uses only the folders below it, and
/// every file or folder that docs/architecture.md names exists.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string[] Domains =
        ["Accountability", "HumanDevelopment", "Poverty", "Inequality", "Satisfaction", "Spm", "Macro", "Composite"];

    // Folder → the library namespaces it may name in a using directive (Guard is in the root namespace).
    private static Dictionary<string, string[]> Allowed(string root)
    {
        var allowed = new Dictionary<string, string[]>
        {
            // Numbers is the bottom. Until the naming commit moves sampling and statistics out of it (there is no
            // Statistics folder before), PrecisionEstimate in Numbers still uses Tracing: the old cycle.
            ["Numbers"] = Directory.Exists(Path.Combine(root, "src", "LppdMetrics", "Statistics")) ? [] : ["Tracing"],
            ["Tracing"] = ["Numbers"],
            ["Statistics"] = ["Numbers", "Tracing"],
            // The document model names two domains' vocabulary: a figure's Polarity, and the Spm input types of its one SPM mapper.
            ["Reports"] = ["Accountability", "Spm", "Numbers"],
            // The generic band table of issue 14 (rules branch) is shared by the domains that classify.
            ["Bands"] = ["Numbers", "Tracing"],
        };
        foreach (string domain in Domains)
            allowed[domain] = ["Numbers", "Statistics", "Tracing", "Bands"];
        return allowed;
    }

    [Fact]
    public void Each_folder_uses_only_the_layers_below_it()
    {
        string root = TestDataPath.RepositoryRoot;
        var offenders = new List<string>();
        foreach ((string folder, string[] allowed) in Allowed(root))
        {
            string dir = Path.Combine(root, "src", "LppdMetrics", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                foreach (Match m in UsingOfLibrary().Matches(File.ReadAllText(file)))
                    if (m.Groups[1].Value != folder && !allowed.Contains(m.Groups[1].Value))
                        offenders.Add($"{Path.GetRelativePath(root, file)}: using LppdMetrics.{m.Groups[1].Value}");
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_path_named_in_the_architecture_page_exists()
    {
        string root = TestDataPath.RepositoryRoot;
        string[] lines = File.ReadAllLines(Path.Combine(root, "docs", "architecture.md"));
        var missing = new List<string>();
        int checkedPaths = 0;
        foreach (string line in lines.Where(l => !l.Contains("CONFIRM", StringComparison.Ordinal)))
            foreach (Match m in CodeSpan().Matches(line))
            {
                string path = m.Groups[1].Value;
                if (!path.Contains('/') || path.Contains(' ')) continue;
                checkedPaths++;
                if (!Exists(root, path)) missing.Add(path);
            }
        Assert.True(checkedPaths >= 20, $"only {checkedPaths} paths found: the page or this test changed shape");
        Assert.Empty(missing);
    }

    // A path is relative to the repository root, or to one of the three projects (Numbers/ReportRounding,
    // Reading/IDocumentReader, Infrastructure/ExitCodes); a name without extension is a .cs file or a folder.
    // Before the naming commit moves them, the Statistics types are still in Numbers.
    private static bool Exists(string root, string path)
    {
        if (!Directory.Exists(Path.Combine(root, "src", "LppdMetrics", "Statistics")))
            path = path.Replace("src/LppdMetrics/Statistics", "src/LppdMetrics/Numbers", StringComparison.Ordinal)
                       .Replace("Statistics/", "Numbers/", StringComparison.Ordinal);
        string[] bases = [root, .. new[] { "LppdMetrics", "LppdMetrics.Documents", "LppdMetrics.Cli" }.Select(p => Path.Combine(root, "src", p))];
        return bases.Any(b => File.Exists(Path.Combine(b, path)) || File.Exists(Path.Combine(b, path + ".cs")) || Directory.Exists(Path.Combine(b, path)));
    }

    [GeneratedRegex(@"^using LppdMetrics\.([A-Za-z]+)(?:\.[A-Za-z.]+)?;", RegexOptions.Multiline)]
    private static partial Regex UsingOfLibrary();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();
}
