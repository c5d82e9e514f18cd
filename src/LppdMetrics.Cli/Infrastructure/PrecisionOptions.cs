namespace LppdMetrics.Cli;

/// <summary>
/// The <c>--se bootstrap|linearization [--replicates N] [--seed N] [--strata COL] [--psu COL] [--level 0.95]</c>
/// options of the microdata commands and the reading of the design columns (the output: <see cref="StandardErrorRenderer"/>).
/// </summary>
public sealed class PrecisionOptions
{
    private readonly Option<PrecisionMethod?> _se;
    private readonly string[] _methods;
    private readonly Option<int> _replicates = NumberOption.Integer("--replicates", "Bootstrap replicates", 2, MaxReplicates, 200);
    private readonly Option<ulong> _seed = new("--seed") { Description = "Bootstrap seed; the same seed gives the same result on every machine.", DefaultValueFactory = _ => 1UL };
    private readonly Option<string?> _strata = new("--strata") { Description = "Column of stratum codes (design of the survey, e.g. Susenas strata)." };
    private readonly Option<string?> _psu = new("--psu") { Description = "Column of PSU codes, nested in strata (e.g. Susenas blok sensus)." };
    private readonly Option<double?> _level;

    /// <summary>The largest <c>--replicates</c> accepted: 10 000 (the run time grows with replicates × rows; 200–1 000 is usual).</summary>
    public const int MaxReplicates = 10_000;

    /// <summary>Creates the options; <paramref name="methods"/> are the <c>--se</c> values the command accepts (the help names only these).</summary>
    /// <param name="decimalComma">The command's <c>--decimal-comma</c> switch: <c>--level</c> is read in its convention, as the command's other numbers are.</param>
    /// <param name="methods">Accepted methods, e.g. only <see cref="PrecisionMethod.Bootstrap"/>.</param>
    public PrecisionOptions(Option<bool> decimalComma, params PrecisionMethod[] methods)
    {
        _level = NumberOption.Double("--level", "Confidence level of the intervals, strictly between 0 and 1 (default 0.95).",
            new NumberRange(0, 1, MinimumExcluded: true, MaximumExcluded: true), decimalComma);
        string[] described = [.. methods.Select(m => m == PrecisionMethod.Bootstrap ? "bootstrap (Rao–Wu, PSUs within strata)" : "linearization (Taylor; FGT only)")];
        _se = EnumOption.Optional("--se", "Standard errors and confidence intervals: " + string.Join(" or ", described) + ".", methods);
        _methods = [.. methods.Select(EnumOption.Name)];
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _se, _replicates, _seed, _strata, _psu, _level })
            command.Options.Add(option);
    }

    /// <summary>The method asked for with <c>--se</c>, or null when no standard error was asked for.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The method, or null.</returns>
    /// <exception cref="InputException"><c>--strata</c>, <c>--psu</c>, <c>--replicates</c>, <c>--seed</c> or <c>--level</c> given without <c>--se</c>.</exception>
    public PrecisionMethod? Method(ParseResult parse)
    {
        PrecisionMethod? method = parse.GetValue(_se);
        if (method is null)
            foreach (Option option in new Option[] { _replicates, _seed, _strata, _psu, _level })
                if (parse.GetResult(option) is { Implicit: false })
                    throw new InputException(null, null, option.Name, $"{option.Name} needs {string.Join(" or ", _methods.Select(m => "--se " + m))}.");
        return method;
    }

    /// <summary>The bootstrap options from the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>Replicates, seed and level.</returns>
    public BootstrapOptions BootstrapOptions(ParseResult parse) =>
        new() { Replicates = parse.GetValue(_replicates), Seed = parse.GetValue(_seed), Level = Level(parse) };

    /// <summary>The confidence level from the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The level.</returns>
    public double Level(ParseResult parse) => parse.GetValue(_level) ?? 0.95;

    /// <summary>
    /// The survey design: from the <c>--strata</c> and <c>--psu</c> columns of <paramref name="file"/> (codes as text,
    /// held as compact integer codes, see <see cref="DesignCodes"/>),
    /// or a simple random sample of <paramref name="count"/> observations when neither is given.
    /// </summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The microdata file (the one the values were read from).</param>
    /// <param name="count">The number of data rows read.</param>
    /// <returns>The design.</returns>
    /// <exception cref="InputException">A missing column, an empty code, or a stratum with a single PSU (the error names the file).</exception>
    public SurveyDesign Design(ParseResult parse, string file, int count)
    {
        string? strataName = parse.GetValue(_strata), psuName = parse.GetValue(_psu);
        if (strataName is null && psuName is null)
            return ArgumentErrors.About(file, () => SurveyDesign.SimpleRandomSample(count));
        SurveyDesign design = Design(file, strataName, psuName, count);
        // The code columns, the design's scratch and the reader's buffers (about 16 bytes a row) are garbage now that
        // Design has returned: collect them and give their memory back to the system (an aggressive collection
        // decommits what it frees; a plain one keeps it committed for reuse) before the kernel sorts, so that the peak
        // is the columns, the design and the sort only (on 1e7 rows: milliseconds, the live heap is a few arrays).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return design;
    }

    private static SurveyDesign Design(string file, string? strataName, string? psuName, int count)
    {
        (DesignCodes? strata, DesignCodes? psu) = DesignCodes.Read(file, strataName, psuName, count);
        try
        {
            return SurveyDesign.Create<int>(strata?.Codes() ?? [], psu?.Codes() ?? []);
        }
        catch (ArgumentException)
        {
            // The design's message names the stratum and PSU codes: build it again on the texts for the user's codes.
            return ArgumentErrors.About(file, () => SurveyDesign.Create<string>(strata?.Texts() ?? [], psu?.Texts() ?? []));
        }
    }

}
