namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Session 12's fourth round of hostile inputs: the cases that broke the contract (a wrong number, a .NET message, a
/// hang), each with the outcome worked out by hand.
/// </summary>
public class HostileRoundFourTests
{
    private static string Bytes(string name, byte[] content)
    {
        string path = CliRunner.TempFile(name, "");
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Runs lppd and checks its one error line names <paramref name="where"/> (file, row, column) and bytes that are not UTF-8.</summary>
    private static void AssertNotUtf8(string where, params string[] args) =>
        Assert.Contains(where + ": holds bytes that are not UTF-8", CliRunner.OneErrorLine(CliRunner.Run(args)));

    /// <summary>"a\xFF" and "a\xFE" are two groups, strata or PSUs; both decode to "a\uFFFD", which made them one.</summary>
    private static string TwoCodesOfInvalidUtf8() =>
        Bytes("codes.csv", [.. "y,g\n1,a"u8, 0xFF, .. "\n2,a"u8, 0xFE, .. "\n3,a"u8, 0xFF, .. "\n10,a"u8, 0xFE, (byte)'\n']);

    [Fact]
    public void A_group_code_of_bytes_that_are_not_utf8_is_refused_not_merged_with_another()
    {
        // Before: one group "a\uFFFD" of 4 rows (P0 0.5), where the file has two groups of 2 rows each.
        string path = TwoCodesOfInvalidUtf8();
        AssertNotUtf8("codes.csv, row 1 (line 2), column 'g'", "poverty", path, "--value", "y", "--line", "2.5", "--by", "g", "--format", "csv");
    }

    [Fact]
    public void A_stratum_or_psu_code_of_bytes_that_are_not_utf8_is_refused()
    {
        string path = TwoCodesOfInvalidUtf8();
        // Before: --strata g gave an SE of one stratum of 4 PSUs instead of two strata of 2; --psu g ".NET: Value cannot be null."
        AssertNotUtf8("row 1 (line 2), column 'g'", "gini", path, "--value", "y", "--se", "bootstrap", "--strata", "g", "--replicates", "20");
        AssertNotUtf8("row 1 (line 2), column 'g'", "inequality", path, "--value", "y", "--se", "bootstrap", "--psu", "g", "--replicates", "20");
    }

    [Fact]
    public void A_parquet_group_or_stratum_text_of_bytes_that_are_not_utf8_is_refused()
    {
        // Written uncompressed with the texts "aQ" and "aZ", whose second bytes are then made 0xFF and 0xFE: two
        // groups that Parquet.Net decodes both as "a\uFFFD". Before: one group of 4 rows, and one stratum.
        string path = ParquetFiles.Write("codes.parquet", 1, Parquet.CompressionMethod.None,
            new ParquetFiles.Column("y", new double[] { 1, 2, 3, 10 }), new ParquetFiles.Column("g", new string?[] { "aQ", "aZ", "aQ", "aZ" }));
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = 1; i < bytes.Length; i++)
        {
            if (bytes[i - 1] == 'a' && bytes[i] is (byte)'Q' or (byte)'Z')
                bytes[i] = bytes[i] == 'Q' ? (byte)0xFF : (byte)0xFE;
        }
        File.WriteAllBytes(path, bytes);
        AssertNotUtf8("codes.parquet, row 1, column 'g'", "poverty", path, "--value", "y", "--line", "2.5", "--by", "g", "--format", "csv");
        AssertNotUtf8("codes.parquet, row 1, column 'g'", "gini", path, "--value", "y", "--se", "bootstrap", "--strata", "g", "--replicates", "20");
    }

    [Fact]
    public void An_ikm_unit_name_of_bytes_that_are_not_utf8_is_refused()
    {
        byte[] row = "4,4,4,4,4,4,4,4,4,u"u8.ToArray();
        string path = Bytes("ikm.csv", [.. "U1,U2,U3,U4,U5,U6,U7,U8,U9,unit\n"u8, .. row, 0xFF, (byte)'\n', .. row, 0xFE, (byte)'\n']);
        AssertNotUtf8("row 1 (line 2), column 'unit'", "ikm", path, "--unit", "unit");
    }

    [Theory]
    [InlineData("gini")]
    [InlineData("inequality")]
    [InlineData("poverty")]
    public void A_psu_column_without_strata_holding_a_single_psu_says_so(string command)
    {
        // Three rows of PSU 1 and no strata: no variance between PSUs can be estimated. Before: "Value cannot be null."
        string path = CliRunner.TempFile("one-psu.csv", "y,p\n1,1\n2,1\n3,1\n");
        string[] line = command == "poverty" ? ["--line", "2.5"] : [];
        string error = CliRunner.OneErrorLine(CliRunner.Run([command, path, "--value", "y", "--se", "bootstrap", "--psu", "p", .. line]));
        Assert.Contains("one-psu.csv: the sample has a single PSU (1, first at index 0) and no strata", error);
    }

    [Fact]
    public async Task A_pipe_given_as_the_input_file_is_refused_instead_of_waiting_forever()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // A FIFO with a writer, as `lppd gini <(cat data.csv)` gives: the readers look at a file twice (its magic bytes,
        // then its rows), and the second open of the drained pipe waited for a writer that never came. Before: a hang.
        CancellationToken cancel = TestContext.Current.CancellationToken;
        string path = CliRunner.TempFile("data.csv", "");
        File.Delete(path);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
            await mkfifo.WaitForExitAsync(cancel);
        Task writer = Task.Run(() =>
        {
            try
            {
                File.WriteAllText(path, "y\n1\n2\n3\n");
            }
            catch (IOException)
            {
                // The reader closed the pipe first: nothing more to write.
            }
        }, cancel);
        Task<CliRunner.Result> run = Task.Run(() => CliRunner.Run("gini", path, "--value", "y"), cancel);
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), cancel)));
        Assert.Contains("data.csv: is a pipe, not a file", CliRunner.OneErrorLine(await run));
        await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(10), cancel));
    }
}
