namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd poverty</c>: P0, P1, P2 and Watts of household microdata at a poverty line, optionally by subgroup, streaming
/// a CSV file in constant memory through <see cref="FgtAccumulator"/> (one per group with <c>--by</c>; without it one per
/// chunk of the file, read on all cores, merged exactly).
/// </summary>
public static class PovertyCommand
{
    // The line divides every gap (Fgt.Gap): a subnormal line is refused by the library as "povertyLine"; here it is
    // refused naming --line.
    private static readonly NumberRange PovertyLineRange = new(2.2250738585072014E-308, double.PositiveInfinity,
        Hint: "the smallest normal double, since every gap is divided by the line");

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var line = NumberOption.Double("--line", "The poverty line z (garis kemiskinan), in the unit of --value; poor when value < z.", PovertyLineRange, input.DecimalComma);
        line.Required = true;
        var wattsZeros = EnumOption.Create("--watts-zeros",
            "A poor household with zero consumption, where ln(z/0) is infinite: refuse (Watts unavailable, the rest printed) or exclude (World Bank PIP: left out of the Watts sum, kept in the population).",
            WattsZeroConsumption.Refuse, WattsZeroConsumption.Exclude);
        var by = new Option<string?>("--by") { Description = "A column to decompose by (kecamatan, urban/rural)." };
        var format = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("poverty", "FGT poverty indices P0, P1, P2 (fractions) and the Watts index from microdata, optionally decomposed by a group column.");
        input.AddTo(command);
        command.AddOptions(line, by, wattsZeros, format);
        var precision = new PrecisionOptions(input.DecimalComma, PrecisionMethod.Bootstrap, PrecisionMethod.Linearization);
        precision.AddTo(command);
        command.SetAction(parse =>
        {
            double z = parse.GetValue(line)!.Value;
            string? groupColumn = parse.GetValue(by);
            WattsZeroConsumption zeros = parse.GetValue(wattsZeros);
            if (precision.Method(parse) is not null)
            {
                if (groupColumn is not null)
                    throw new InputException(null, null, "--by", "--se is not available with --by; run one subgroup file at a time.");
                (double[] values, double[] weights) = input.ReadColumns(parse);
                return StandardErrorReport.Poverty(context, precision, parse, input.File(parse), values, weights, z, parse.GetValue(format));
            }
            var total = new FgtAccumulator(z);
            var groups = new Dictionary<string, FgtAccumulator>(StringComparer.Ordinal);
            long firstZeroPoorRow = 0, row = 0;
            if (groupColumn is null)
            {
                // Without groups the file is read in parts on all cores, each into its own accumulator, merged in file
                // order (the accumulator's sums are exact, so the split does not change a bit).
                (Part State, long Rows)[] parts = input.ReadParts(parse, () => new Part(z), static (part, first, y, w) => part.Add(first, y, w));
                foreach ((Part part, long rows) in parts)
                {
                    total.Merge(part.Accumulator);
                    if (part.FirstZero >= 0 && firstZeroPoorRow == 0)
                        firstZeroPoorRow = row + part.FirstZero + 1;
                    row += rows;
                }
            }
            else if (ByCodes(input, parse, groupColumn, z, groups) is long firstZero)
                firstZeroPoorRow = firstZero;
            else
                input.ForEachRow(parse, groupColumn, (y, w, g) =>
                {
                    row++;
                    if (!groups.TryGetValue(g!, out FgtAccumulator? acc))
                        groups[g!] = acc = new FgtAccumulator(z);
                    acc.Add(y, w);
                    if (y == 0 && firstZeroPoorRow == 0)
                        firstZeroPoorRow = row;
                });
            FgtDecomposition? decomposition = null;
            FgtResult result;
            double? watts;
            if (groupColumn is not null)
            {
                string path = input.File(parse);
                decomposition = ArgumentErrors.About(path, () => FgtDecomposition.Combine(groups.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList()));
                result = decomposition.Total;
                var all = new FgtAccumulator(z);
                foreach (FgtAccumulator g in groups.Values)
                    all.Merge(g);
                watts = all.Watts(zeros);
            }
            else
            {
                result = ArgumentErrors.About(input.File(parse), total.Result);
                watts = total.Watts(zeros);
            }
            string? wattsReason = watts is null
                ? string.Create(CultureInfo.InvariantCulture, $"undefined: a poor household has zero consumption (first at row {firstZeroPoorRow}), and ln(z/0) is infinite.")
                : null;
            PovertyRenderer.Instance.Write(context.Out, parse.GetValue(format), new PovertyOutput(input.File(parse), result, watts, wattsReason, decomposition));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// <c>--by</c> on all cores: the value and weight columns read as for the whole file, the group column as integer
    /// codes (<see cref="DesignCodes.TryReadGroups"/>), and each group's rows added to its accumulator a block at a
    /// time. The accumulator's sums are exact, so the blocks change no bit of the row-by-row result. Null when the group
    /// column must be read row by row (the caller does so); otherwise the 1-based row of the first zero value (0: none).
    /// </summary>
    private static long? ByCodes(MicrodataInput input, System.CommandLine.ParseResult parse, string groupColumn, double z, Dictionary<string, FgtAccumulator> groups)
    {
        // The codes first: a file the coder hands back is then read row by row without having read its columns twice.
        if (DesignCodes.TryReadGroups(input.File(parse), groupColumn) is not var (codes, texts))
            return null;
        (double[] y, double[] w) = input.ReadColumns(parse);
        if (codes.Length != y.Length)
            return null;
        // The rows of each group together: a counting sort of the row numbers by code.
        int[] start = new int[texts.Count + 1];
        foreach (int code in codes)
            start[code + 1]++;
        for (int g = 0; g < texts.Count; g++)
            start[g + 1] += start[g];
        int[] rows = new int[codes.Length];
        int[] next = (int[])start.Clone();
        for (int i = 0; i < codes.Length; i++)
            rows[next[codes[i]]++] = i;
        const int Block = 4096;
        var values = new double[Block];
        var weights = new double[Block];
        for (int g = 0; g < texts.Count; g++)
        {
            var accumulator = new FgtAccumulator(z);
            for (int from = start[g]; from < start[g + 1]; from += Block)
            {
                int count = Math.Min(Block, start[g + 1] - from);
                for (int j = 0; j < count; j++)
                {
                    values[j] = y[rows[from + j]];
                    weights[j] = w[rows[from + j]];
                }
                accumulator.Add(values.AsSpan(0, count), weights.AsSpan(0, count));
            }
            groups[texts[g]] = accumulator;
        }
        int zero = Array.IndexOf(y, 0.0);
        return zero + 1;
    }

    /// <summary>The FGT sums of one part of the file, and the 0-based index within it of its first zero value (−1: none).</summary>
    private sealed class Part(double line)
    {
        public FgtAccumulator Accumulator { get; } = new(line);

        public long FirstZero { get; private set; } = -1;

        public void Add(long first, ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
        {
            Accumulator.Add(values, weights);
            if (FirstZero >= 0)
                return;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == 0)
                {
                    FirstZero = first + i;
                    return;
                }
            }
        }
    }
}
