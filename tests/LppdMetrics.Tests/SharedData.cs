namespace LppdMetrics.Tests;

/// <summary>The shared/ folder beside the repository (reference data; tests may read it, it is never copied in).</summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "LppdMetrics.sln")))
            dir = dir.Parent;
        if (dir?.Parent is null) throw new InvalidOperationException("repository root not found");
        return System.IO.Path.Combine([dir.Parent.FullName, "shared", .. parts]);
    }
}
