using System.Text;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Issue 12's contract, on several hundred hostile inputs generated here (never committed as files): every run exits
/// 0, 1 or 2, never 3; a failure writes exactly one line to stderr (no control characters, at most a few hundred
/// characters even when the input is megabytes) and nothing to stdout; a success never prints NaN or Infinity.
/// </summary>
public class HostileInputTests
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "lppd-hostile", Guid.NewGuid().ToString("N"));

    private static string File(string name, string content) => File(name, new UTF8Encoding(false).GetBytes(content));

    private static string File(string name, byte[] content)
    {
        Directory.CreateDirectory(Dir);
        string path = Path.Combine(Dir, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Texts a user (or an attacker) may type where a number is expected.</summary>
    private static readonly string[] BadNumbers =
    [
        "", " ", "abc", "12abc", "0x10", "-0x1", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "∞", "1.234", "1,234",
        "1,234,567", "1.2.3", "1..2", ",5", "5,", "--", "+-1", "1e", "1e+", "١٢", "１２", "\u001b[31m1", "1\n2", "1_000",
        "1 000", "0.5.", "1,234.56", "1.234,5,6", "e5", ".", ",", "1e99999", new string('9', 5000), "12%", "Rp 5.000",
        "(5)", "5-", "1/2", "true", "null",
        // Extremes that parse: underflow to 0, the smallest and largest decimals (the IPG of a male IPM of 1e-28 left
        // with exit 3).
        "1e-400", "-1e-400", "4.9e-325", "1e-28", "0.0000000000000000000000000001", "79228162514264337593543950335", "3e28",
    ];

    private static readonly string[] BadChoices = ["", "x", "POSITIVE", "\u001b[2J", new string('z', 3000), "json;rm"];

    private static IEnumerable<string[]> NumericOptionCases()
    {
        string csv = File("ok.csv", "y,w,g\n1,1,a\n2,1,a\n3,2,b\n4,1,b\n");
        string grouped = File("grouped.csv", "p,s\n0.2,0.05\n0.2,0.1\n0.2,0.15\n0.2,0.25\n0.2,0.45\n");
        string[][] bases =
        [
            ["ipm", "--life-expectancy", "75.32", "--expected-schooling", "12.67", "--mean-schooling", "7.87", "--expenditure", "12020"],
            ["ipm", "--female", "69.81", "--male", "74.35"],
            ["capaian", "--target", "80", "--realization", "74.94", "--polarity", "positive", "--cap", "120", "--floor", "0"],
            ["efficiency", "--capaian", "98.38", "--budget-realization", "97.35", "--decimals", "2"],
            ["poverty", "--input", csv, "--value", "y", "--weight", "w", "--line", "2.5"],
            ["poverty", "--input", csv, "--value", "y", "--line", "2.5", "--se", "bootstrap", "--replicates", "20", "--level", "0.9"],
            ["gini", "--input", csv, "--value", "y", "--se", "bootstrap", "--replicates", "20"],
            ["lorenz", "--input", csv, "--value", "y", "--points", "4"],
            ["inequality", "--input", csv, "--value", "y", "--epsilon", "0.5"],
            ["grouped", "--input", grouped, "--population", "p", "--share", "s", "--mean", "3", "--line", "2"],
        ];
        foreach (string[] b in bases)
        {
            for (int i = 1; i < b.Length; i++)
            {
                if (!b[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= b.Length || b[i + 1].StartsWith("--", StringComparison.Ordinal))
                    continue;
                if (b[i] is "--input" or "--value" or "--weight" or "--population" or "--share" or "--polarity" or "--se")
                    continue;
                foreach (string bad in BadNumbers)
                {
                    string[] args = (string[])b.Clone();
                    args[i + 1] = bad;
                    yield return args;
                }
            }
        }
    }

    private static IEnumerable<string[]> ChoiceCases()
    {
        string csv = File("ok2.csv", "y\n1\n2\n3\n");
        string[][] bases =
        [
            ["capaian", "--target", "1", "--realization", "1", "--polarity", "?"],
            ["capaian", "--target", "1", "--realization", "1", "--polarity", "positive", "--zero-target", "?"],
            ["capaian", "--target", "1", "--realization", "1", "--polarity", "positive", "--gap-rule", "?"],
            ["ipm", "--female", "1", "--male", "2", "--method", "?"],
            ["ipm", "--female", "1", "--male", "2", "--format", "?"],
            ["gini", "--input", csv, "--value", "y", "--correction", "?"],
            ["poverty", "--input", csv, "--value", "y", "--line", "2", "--watts-zeros", "?"],
            ["poverty", "--input", csv, "--value", "y", "--line", "2", "--se", "?"],
            ["audit", "--only", "?"],
        ];
        foreach (string[] b in bases)
        {
            foreach (string bad in BadChoices)
                yield return [.. b.Select(a => a == "?" ? bad : a)];
        }
        foreach (string command in new[] { "povrty", "audt", "gin", "ipmm", "\u001b[31m", new string('q', 2000), "--no-such", "" })
            yield return [command];
        yield return [];
        yield return ["poverty"];
        yield return ["poverty", "--input"];
        yield return ["audit", "a.json", "b.json", "c.json"];
        // Issue 14: the input file as FILE or --input/-i, never both; --format explain only on `explain`.
        yield return ["poverty", "-i"];
        yield return ["gini", csv, "--input", csv, "--value", "y"];
        yield return ["gini", csv, "-i", "", "--value", "y"];
        yield return ["audit", "a.json", "--input", "b.json"];
        yield return ["explain", "1.6/428/total-7", "a.json", "-i", "a.json"];
        yield return ["spm", "", "--format", "json"];
        yield return ["ipm", "--female", "1", "--male", "2", "--format", "explain"];
        yield return ["capaian", "--target", "1", "--realization", "1", "--polarity", "positive", "--format", "explain"];
    }

    private static IEnumerable<string[]> CsvFileCases()
    {
        var contents = new List<(string Name, byte[] Bytes)>
        {
            ("empty", []),
            ("header-only", Encoding.UTF8.GetBytes("y,w\n")),
            ("binary", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]),
            ("nul", new byte[2048]),
            ("unclosed-quote", Encoding.UTF8.GetBytes("y,w\n1,1\n\"2,1\n3,1\n")),
            ("ragged", Encoding.UTF8.GetBytes("y,w\n1,1\n2\n3,1,4\n")),
            ("negative", Encoding.UTF8.GetBytes("y,w\n1,1\n-2,1\n")),
            ("nan", Encoding.UTF8.GetBytes("y,w\nNaN,1\n2,1\n")),
            ("inf", Encoding.UTF8.GetBytes("y,w\n1,Infinity\n2,1\n")),
            ("overflow", Encoding.UTF8.GetBytes("y,w\n1e309,1\n2,1\n")),
            ("zero-weight", Encoding.UTF8.GetBytes("y,w\n1,0\n2,1\n")),
            ("huge-weights", Encoding.UTF8.GetBytes("y,w\n1,1e308\n2,1e308\n3,1e308\n")),
            ("tiny-weights", Encoding.UTF8.GetBytes("y,w\n1,5e-324\n2,5e-324\n3,5e-324\n")),
            ("extreme-values", Encoding.UTF8.GetBytes("y,w\n1e-300,1\n1e300,1\n")),
            ("all-zero", Encoding.UTF8.GetBytes("y,w\n0,1\n0,1\n")),
            ("escape", Encoding.UTF8.GetBytes("y,w\n\u001b[31mred,1\n")),
            ("huge-cell", Encoding.UTF8.GetBytes("y,w\n" + new string('7', 1_000_000) + "x,1\n")),
            ("bom-crlf", Encoding.UTF8.GetBytes("\uFEFFy,w\r\n1,1\r\n2,1\r\n")),
            ("semicolon", Encoding.UTF8.GetBytes("y;w\n1,5;1\n2,5;1\n")),
            ("decimal-comma-mix", Encoding.UTF8.GetBytes("y;w\n1234.56;1\n1.2.3;1\n")),
            ("duplicate-header", Encoding.UTF8.GetBytes("y,y\n1,1\n")),
            ("quoted-newline", Encoding.UTF8.GetBytes("y,w\n\"1\n2\",1\n")),
            ("only-newlines", Encoding.UTF8.GetBytes("\n\n\n")),
            ("latin1", [0x79, 0x2C, 0x77, 0x0A, 0xE9, 0x2C, 0x31, 0x0A]),
            ("long-header", Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(0, 5000).Select(i => "c" + i)) + "\n")),
        };
        foreach ((string name, byte[] bytes) in contents)
        {
            string path = File(name + ".csv", bytes);
            yield return ["poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "2"];
            yield return ["poverty", "--input", path, "--value", "y", "--line", "2", "--decimal-comma", "--by", "y"];
            yield return ["gini", "--input", path, "--value", "y", "--weight", "w", "--format", "json"];
            yield return ["inequality", "--input", path, "--value", "y", "--weight", "w", "--format", "csv"];
            yield return ["lorenz", "--input", path, "--value", "y", "--points", "0"];
            yield return ["grouped", "--input", path, "--population", "y", "--share", "w"];
            yield return ["ikm", "--input", path];
            yield return ["gini", path, "--value", "y", "--weight", "w", "--format", "json"];
        }
        yield return ["gini", "--input", Dir, "--value", "y"];
        yield return ["gini", "--input", Path.Combine(Dir, "missing.csv"), "--value", "y"];
        yield return ["lorenz", "--input", File("png.csv", "y\n1\n2\n3\n"), "--value", "y", "--png", "/no/such/dir/x.png"];
    }

    private static IEnumerable<string[]> JsonFileCases()
    {
        string[] documents =
        [
            "", "null", "[]", "{", "}", "{\"figures\":null}", "{\"figures\":[null]}", "{\"services\":null}", "{\"services\":[null]}",
            "{\"subUrusan\":[null],\"services\":[]}", "{\"services\":[{\"name\":\"a\",\"recipients\":null}]}",
            "{\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":\"x\",\"realized\":1}}]}",
            "{\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":1e400,\"realized\":1}}]}",
            "{\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":0.0000000000000000000000000001,\"realized\":79228162514264337593543950335}}]}",
            "{\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":-1,\"realized\":1}}]}",
            "{\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":70000000000000000000000000000,\"realized\":1000000000000000000000000000}}]}",
            new string('[', 10000) + new string(']', 10000),
            "{\"a\":\"" + new string('x', 2_000_000) + "\"}",
            "\uFEFF{}", "{\"region\":\"\u001b[2J\"}", "\"just a string\"", "42", "{\"figures\":[{\"id\":1}]}",
        ];
        for (int i = 0; i < documents.Length; i++)
        {
            string path = File($"doc{i}.json", documents[i]);
            yield return ["audit", path];
            yield return ["audit", path, "--format", "json"];
            yield return ["explain", "4.3.2.1/2881/capaian", path];
            yield return ["spm", "--input", path];
        }
        string binary = File("binary.json", [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 91 % 256))]);
        yield return ["audit", binary];
        yield return ["spm", "--input", binary];
        yield return ["audit", Dir];
        yield return ["explain", "no/such/id"];
        yield return ["explain", new string('x', 100_000)];
    }

    public static IEnumerable<TheoryDataRow<string[]>> Cases() =>
        NumericOptionCases().Concat(ChoiceCases()).Concat(CsvFileCases()).Concat(JsonFileCases())
            .Select(args => new TheoryDataRow<string[]>(args));

    [Fact]
    public void There_are_at_least_300_cases() =>
        Assert.True(Cases().Count() >= 300, $"{Cases().Count()} cases");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Every_input_keeps_the_contract(string[] args) => AssertContract(args, CliRunner.Run(args));

    /// <summary>Issue 12's contract on one run of lppd with <paramref name="args"/> (see the class).</summary>
    internal static void AssertContract(string[] args, CliRunner.Result r)
    {
        string shown = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a));
        Assert.True(r.ExitCode is 0 or 1 or 2, $"exit {r.ExitCode} for [{shown}]: {r.Error}");
        if (r.ExitCode == 2)
        {
            Assert.True(r.Out.Length == 0, $"stdout on failure for [{shown}]");
            string[] lines = r.Error.TrimEnd('\n').Split('\n');
            Assert.True(lines.Length == 1 && lines[0].Length > 0, $"{lines.Length} stderr lines for [{shown}]: {r.Error}");
            Assert.True(lines[0].Length <= 700, $"stderr line of {lines[0].Length} characters for [{shown}]");
            Assert.DoesNotContain(lines[0], c => char.IsControl(c) && c != '\r');
            Assert.DoesNotContain("(Parameter '", lines[0]);
            Assert.DoesNotContain("System.", lines[0]);
            Assert.DoesNotContain("Exception", lines[0]);
        }
        else
        {
            Assert.DoesNotContain("NaN", r.Out);
            Assert.DoesNotContain("Infinity", r.Out);
            Assert.DoesNotContain("∞", r.Out);
        }
    }
}
