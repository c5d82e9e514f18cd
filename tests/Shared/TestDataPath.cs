namespace LppdMetrics.TestSupport;

/// <summary>Finds the repository's <c>tests/TestData</c> folder from a test assembly's output folder.</summary>
public static class TestDataPath
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The full path of a file or folder under <c>tests/TestData</c>, e.g. <c>Of("spm", "sosial.json")</c>.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>The repository root (the folder holding <c>LppdMetrics.sln</c>).</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(Path.GetDirectoryName(Root.Value))!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LppdMetrics.sln")))
                return Path.Combine(dir.FullName, "tests", "TestData");
        }
        throw new InvalidOperationException($"no LppdMetrics.sln above {AppContext.BaseDirectory}: cannot find tests/TestData");
    }
}
