using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Numbers;

namespace LppdMetrics.Cli;

/// <summary>
/// The <c>--se bootstrap|linearization [--replicates N] [--seed N] [--strata COL] [--psu COL] [--level 0.95]</c>
/// options of the microdata commands, the reading of the design columns, and the output of an estimate with its
/// standard error: JSON <c>{"estimate","standardError","lower","upper"}</c>.
/// </summary>
public sealed class PrecisionOptions
{
    /// <summary>The <c>--se</c> value for the Rao–Wu bootstrap.</summary>
    public const string Bootstrap = "bootstrap";

    /// <summary>The <c>--se</c> value for Taylor linearization.</summary>
    public const string Linearization = "linearization";

    private readonly Option<string?> _se = new("--se") { Description = "Standard errors and confidence intervals: bootstrap (Rao–Wu, PSUs within strata) or linearization (Taylor; FGT only)." };
    private readonly Option<int> _replicates = NumberOption.Integer("--replicates", "Bootstrap replicates", 2, MaxReplicates, 200);
    private readonly Option<ulong> _seed = new("--seed") { Description = "Bootstrap seed; the same seed gives the same result on every machine.", DefaultValueFactory = _ => 1UL };
    private readonly Option<string?> _strata = new("--strata") { Description = "Column of stratum codes (design of the survey, e.g. Susenas strata)." };
    private readonly Option<string?> _psu = new("--psu") { Description = "Column of PSU codes, nested in strata (e.g. Susenas blok sensus)." };
    private readonly Option<double?> _level = NumberOption.Double("--level", "Confidence level of the intervals, strictly between 0 and 1 (default 0.95).",
        new NumberRange(0, 1, MinimumExcluded: true, MaximumExcluded: true));

    /// <summary>The largest <c>--replicates</c> accepted: 10 000 (the run time grows with replicates × rows; 200–1 000 is usual).</summary>
    public const int MaxReplicates = 10_000;

    /// <summary>Creates the options; <paramref name="methods"/> are the <c>--se</c> values the command accepts.</summary>
    /// <param name="methods">Accepted methods, e.g. only <see cref="Bootstrap"/>.</param>
    public PrecisionOptions(params string[] methods) => _se.AcceptOnlyFromAmong(methods);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _se, _replicates, _seed, _strata, _psu, _level })
            command.Options.Add(option);
    }

    /// <summary>The method asked for with <c>--se</c>, or null when no standard error was asked for.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns><see cref="Bootstrap"/>, <see cref="Linearization"/> or null.</returns>
    /// <exception cref="InputException"><c>--strata</c>, <c>--psu</c>, <c>--replicates</c>, <c>--seed</c> or <c>--level</c> given without <c>--se</c>.</exception>
    public string? Method(ParseResult parse)
    {
        string? method = parse.GetValue(_se);
        if (method is null)
            foreach (Option option in new Option[] { _replicates, _seed, _strata, _psu, _level })
                if (parse.GetResult(option) is { Implicit: false })
                    throw new InputException(null, null, option.Name, $"{option.Name} needs --se bootstrap or --se linearization.");
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

    /// <summary>Writes <c>"name": {"estimate","standardError","lower","upper"}</c>.</summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="estimate">The estimate.</param>
    public static void Write(Utf8JsonWriter json, string name, PrecisionEstimate estimate)
    {
        json.WriteStartObject(name);
        json.WriteNumber("estimate", estimate.Estimate);
        json.WriteNumber("standardError", estimate.StandardError);
        json.WriteNumber("lower", estimate.Lower);
        json.WriteNumber("upper", estimate.Upper);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"se": {"method","replicates","level"}</c> describing how the standard errors were estimated.</summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="estimate">Any of the estimates.</param>
    public static void WriteMethod(Utf8JsonWriter json, PrecisionEstimate estimate)
    {
        json.WriteStartObject("se");
        json.WriteString("method", estimate.Method == PrecisionMethod.Bootstrap ? Bootstrap : Linearization);
        json.WriteNumber("replicates", estimate.Replicates);
        json.WriteNumber("level", estimate.Level);
        json.WriteEndObject();
    }

    /// <summary>One line of text: the estimate, its SE and interval.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>E.g. <c>0.381200  (SE 0.004100; 95% CI 0.373164 to 0.389236)</c>.</returns>
    public static string Text(PrecisionEstimate estimate) => string.Create(CultureInfo.InvariantCulture,
        $"{estimate.Estimate:0.000000}  (SE {estimate.StandardError:0.000000}; {estimate.Level * 100:0.##}% CI {estimate.Lower:0.000000} to {estimate.Upper:0.000000})");

    /// <summary>How the standard errors were estimated, for text output.</summary>
    /// <param name="estimate">Any of the estimates.</param>
    /// <returns>E.g. <c>bootstrap (Rao–Wu), 200 replicates</c>.</returns>
    public static string Describe(PrecisionEstimate estimate) => estimate.Method == PrecisionMethod.Bootstrap
        ? string.Create(CultureInfo.InvariantCulture, $"standard errors: bootstrap (Rao–Wu, PSUs within strata), {estimate.Replicates} replicates")
        : "standard errors: Taylor linearization (PSUs within strata)";
}
