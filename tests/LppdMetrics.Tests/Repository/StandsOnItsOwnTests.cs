using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Repository;

/// <summary>
/// A fresh clone stands on its own: no file of the repository's code, tests, samples, benchmarks, CI script or
/// documentation names a folder outside the repository (the project notes that users do not have).
/// </summary>
public class StandsOnItsOwnTests
{
    // Built at run time so that this file does not contain the strings it looks for.
    private static readonly string[] Needles =
    [
        string.Concat("..", "/", "shared"),
        string.Concat("..", "\\", "shared"),
        string.Concat("shared", "/"),
    ];

    private static readonly string[] Folders = ["src", "tests", "samples", "benchmarks", ".ci", "docs"];

    private static readonly string[] RootFiles = ["README.md", "Directory.Build.props", "Directory.Packages.props"];

    [Fact]
    public void No_file_names_a_folder_outside_the_repository()
    {
        string root = TestDataPath.RepositoryRoot;
        var offenders = new List<string>();
        int scanned = 0;
        foreach (string file in FilesToScan(root))
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
                continue; // binary (an icon, a fixture)
            scanned++;
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (string needle in Needles)
                {
                    if (lines[i].Contains(needle, StringComparison.Ordinal)) // case-sensitive: the tests' own Shared folder is allowed
                        offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(scanned > 100, $"only {scanned} text files found under {root}: the scan does not see the repository");
        Assert.True(offenders.Count == 0, "files name a folder outside the repository:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_needles_would_catch_the_citations_the_repository_used_to_have()
    {
        // The forms that appeared before the data moved in: a relative path and a note under a sibling folder.
        const string folder = "shared";
        string[] old = [$"Path.Combine(root, \"../{folder}/data/spm\")", $"({folder}/reference/spm-rule.md §7)"];
        Assert.All(old, line => Assert.Contains(Needles, n => line.Contains(n, StringComparison.Ordinal)));
        Assert.DoesNotContain(Needles, n => "on the shared 2-core machine".Contains(n, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_cited_methods_anchor_exists()
    {
        string root = TestDataPath.RepositoryRoot;
        string methods = File.ReadAllText(Path.Combine(root, "docs", "methods.md"));
        var defined = System.Text.RegularExpressions.Regex.Matches(methods, "<a id=\"([a-z0-9-]+)\"></a>")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var cited = new List<(string Where, string Anchor)>();
        foreach (string file in FilesToScan(root).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                         File.ReadAllText(file), @"docs/methods\.md#([a-z0-9-]+)"))
                cited.Add((Path.GetRelativePath(root, file), m.Groups[1].Value));
        }

        Assert.True(cited.Count > 50, $"only {cited.Count} citations of docs/methods.md found");
        var missing = cited.Where(c => !defined.Contains(c.Anchor)).Select(c => $"{c.Where}: #{c.Anchor}").Distinct().ToList();
        Assert.True(missing.Count == 0, "anchors cited but not defined in docs/methods.md:\n" + string.Join('\n', missing));
        // In-page links of the contents line point at defined anchors too.
        var inPage = System.Text.RegularExpressions.Regex.Matches(methods, @"\]\(#([a-z0-9-]+)\)").Select(m => m.Groups[1].Value);
        Assert.All(inPage, a => Assert.Contains(a, defined));
    }

    private static IEnumerable<string> FilesToScan(string root)
    {
        foreach (string name in RootFiles)
        {
            string path = Path.Combine(root, name);
            if (File.Exists(path))
                yield return path;
        }
        foreach (string folder in Folders)
        {
            string dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
                continue;
            foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (IsBuildOutput(relative))
                    continue;
                yield return file;
            }
        }
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/').Any(part => part is "bin" or "obj" or "TestResults" or "BenchmarkDotNet.Artifacts");
}
