using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>
/// Every inequality measure of the library for one weighted sample, sorted once: Gini, Theil GE(1), mean log
/// deviation GE(0), Atkinson at chosen ε, S80/S20 and Palma — what an analyst coming from convey or ineq expects.
/// </summary>
/// <remarks>
/// Each measure is computed as its own class documents (<see cref="Gini"/>, <see cref="GeneralizedEntropy"/>,
/// <see cref="Atkinson"/>, <see cref="IncomeShares"/>). A measure that is undefined for these data (GE(0) or A(ε ≥ 1)
/// with a zero income, S80/S20 when the poorest 20 % hold nothing) is returned with a null value and its reason;
/// the others are still given. Invalid input (NaN, negatives, empty, zero total) throws as everywhere.
/// </remarks>
/// <param name="Count">n, the number of observations.</param>
/// <param name="Population">W = Σ w, the weighted population, summed exactly and rounded once (<see cref="ExactTotal"/>): the same bits as <c>FgtResult.Population</c> and every other weighted population;
/// null when it exceeds the largest double (about 1.8e308: weights of 1e308 on two rows), where every measure is still given (none depends on the scale of the weights).</param>
/// <param name="Mean">μ = Σ w y / W, the weighted mean, in the unit of income.</param>
/// <param name="Measures">The measures in the order gini, theil, meanLogDeviation, atkinson(ε)…, s80s20, palma.</param>
public sealed record InequalityProfile(int Count, double? Population, double Mean, IReadOnlyList<InequalityMeasure> Measures) : ITraceable
{
    /// <summary>The calculation: rule id <c>inequality.profile</c>, one step per available measure, a note per unavailable one; the result is the Gini.</summary>
    public CalculationTrace Trace
    {
        get
        {
            var b = new TraceBuilder("inequality.profile", "G = 1 − Σ pᵢ(Lᵢ + Lᵢ₋₁); GE(α); A(ε); S80/S20 = (1 − L(0.8))/L(0.2); Palma = (1 − L(0.9))/L(0.4)", "BPS; Eurostat; Atkinson (1970); Shorrocks (1980); Palma (2011)")
                .Input("n", (decimal)Count, "observations");
            if (Population is double population)
                b.Input("W", population, "weighted population");
            else
                b.Note("W, the weighted population, exceeds the largest double (about 1.8e308)");
            b.Input("μ", Mean, "weighted mean");
            foreach (InequalityMeasure m in Measures)
            {
                if (m.Value is double v)
                    b.Step(m.Name, m.Name, v);
                else
                    b.Note(m.Name + " unavailable: " + m.Unavailable);
            }
            // A profile from Compute always has its Gini; one built by hand may not.
            return Measures.FirstOrDefault(m => m.Name == "gini")?.Value is double gini
                ? b.Result(ReportRounding.ToDecimal(gini))
                : b.Undefined("the profile has no Gini");
        }
    }

    /// <summary>The default Atkinson aversions: 0.5, 1 and 2.</summary>
    public static IReadOnlyList<double> DefaultEpsilons { get; } = [0.5, 1.0, 2.0];

    /// <summary>Computes every measure.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="atkinsonEpsilons">The ε of the Atkinson indices, each finite and ≥ 0; <see cref="DefaultEpsilons"/> when null.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">Invalid input (see <see cref="Gini"/>).</exception>
    public static InequalityProfile Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, IReadOnlyList<double>? atkinsonEpsilons = null)
    {
        atkinsonEpsilons = CheckEpsilons(atkinsonEpsilons);
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        return Of(sample, atkinsonEpsilons, PopulationOf(weights));
    }

    /// <summary>
    /// Computes every measure in the caller's arrays, sorting them in place instead of a sorted copy: the same profile
    /// as <see cref="Compute"/>, bit for bit, with 32 bytes per observation less memory (for files of millions of rows).
    /// </summary>
    /// <remarks>On success <paramref name="income"/> is left sorted ascending (−0 as +0) and <paramref name="weights"/>
    /// permuted along, ties by weight (see <see cref="Gini.ComputeInPlace"/>). A missing, negative or non-finite element
    /// is refused before anything is changed; after the other errors (weights or income summing to 0) the arrays are left sorted.</remarks>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0; sorted in place.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0; permuted in place.</param>
    /// <param name="atkinsonEpsilons">The ε of the Atkinson indices, each finite and ≥ 0; <see cref="DefaultEpsilons"/> when null.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">Invalid input (see <see cref="Gini"/>).</exception>
    public static InequalityProfile ComputeInPlace(double[] income, double[] weights, IReadOnlyList<double>? atkinsonEpsilons = null)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(weights);
        atkinsonEpsilons = CheckEpsilons(atkinsonEpsilons);
        using var sample = SortedWeightedSample.CreateInPlace(income, weights, nameof(income), nameof(weights));
        return Of(sample, atkinsonEpsilons, PopulationOf(weights));
    }

    /// <summary>The exact total of the (checked) weights, or null when it exceeds the largest double.</summary>
    internal static double? PopulationOf(ReadOnlySpan<double> weights) => ExactTotal.OrNull(weights);

    internal static IReadOnlyList<double> CheckEpsilons(IReadOnlyList<double>? atkinsonEpsilons)
    {
        atkinsonEpsilons ??= DefaultEpsilons;
        for (int i = 0; i < atkinsonEpsilons.Count; i++)
        {
            if (!double.IsFinite(atkinsonEpsilons[i]) || atkinsonEpsilons[i] < 0)
                Guard.ThrowElement(nameof(atkinsonEpsilons), i, atkinsonEpsilons[i], "a finite number ≥ 0");
        }
        return atkinsonEpsilons;
    }

    // The moment measures (Theil, MLD, each Atkinson) share one validation and one weighted mean, and run side by side
    // with the Lorenz ratios (which build the cumulative sums) above 2¹⁶ rows: each is one sequential sum of its own,
    // so the result is the same bits on any number of cores.
    internal static InequalityProfile Of(SortedWeightedSample sample, IReadOnlyList<double> epsilons, double? population)
    {
        Lorenz.RequireIncome(sample, "income");
        int moments = 2 + epsilons.Count;
        var measures = new InequalityMeasure[moments + 3];
        measures[0] = new InequalityMeasure("gini", Gini.OfSample(sample, "income"), null);
        (double, double, double, double)? shared = null;
        string? sharedFailure = null;
        double mean = sample.Mean;
        double[]? lifted = null;
        try
        {
            ReadOnlySpan<double> x = sample.Values, w = sample.Weights;
            (lifted, shared) = Moments.Lifted(x, w, Scaling.Max(w), x[^1], "income", "weights");
        }
        catch (ArgumentException ex)
        {
            sharedFailure = Reason(ex);
        }
        void Job(int j)
        {
            if (j == moments)
            {
                Span<double> l = stackalloc double[4];
                sample.LorenzAt(IncomeShares.RatioShares, l);
                measures[moments + 1] = TryRatio("s80s20", l[0], l[2], 0.2, "S80/S20");
                measures[moments + 2] = TryRatio("palma", l[1], l[3], 0.4, "Palma");
                return;
            }
            string name = j switch
            {
                0 => "theil",
                1 => "meanLogDeviation",
                _ => AtkinsonName(epsilons[j - 2]),
            };
            if (shared is not { } m)
            {
                measures[j + 1] = new InequalityMeasure(name, null, sharedFailure);
                return;
            }
            try
            {
                ReadOnlySpan<double> x = lifted is null ? sample.Values : lifted, w = sample.Weights;
                double value = j switch
                {
                    0 => GeneralizedEntropy.OfMoments(x, w, 1.0, m),
                    1 => GeneralizedEntropy.OfMoments(x, w, 0.0, m),
                    _ => Atkinson.OfMoments(x, w, epsilons[j - 2], m),
                };
                measures[j + 1] = new InequalityMeasure(name, value, null);
            }
            catch (ArgumentException ex)
            {
                measures[j + 1] = new InequalityMeasure(name, null, Reason(ex));
            }
        }
        if (sample.Count >= ParallelThreshold && Environment.ProcessorCount > 1)
            Parallel.For(0, moments + 1, Job);
        else
        {
            for (int j = 0; j <= moments; j++)
                Job(j);
        }
        return new InequalityProfile(sample.Count, population, mean, measures);
    }

    private const int ParallelThreshold = 1 << 16;

    /// <summary>The measure named <paramref name="name"/>.</summary>
    /// <param name="name">A name from <see cref="Measures"/>.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">No such measure.</exception>
    public InequalityMeasure this[string name] =>
        Measures.FirstOrDefault(m => m.Name == name) ?? throw new KeyNotFoundException("No measure named '" + name + "'.");

    /// <summary>The name of the Atkinson measure at aversion <paramref name="epsilon"/> in <see cref="Measures"/>: <c>atkinson(0.5)</c>.</summary>
    internal static string AtkinsonName(double epsilon) => "atkinson(" + epsilon.ToString("R", CultureInfo.InvariantCulture) + ")";

    /// <summary>(1 − L(top))/L(bottom) as a measure, or the reason it is undefined (the poorest hold nothing).</summary>
    internal static InequalityMeasure TryRatio(string name, double low, double topOrdinate, double bottom, string label)
    {
        try
        {
            return new InequalityMeasure(name, IncomeShares.RatioOf(low, topOrdinate, bottom, label, "income"), null);
        }
        catch (ArgumentException ex)
        {
            return new InequalityMeasure(name, null, Reason(ex));
        }
    }

    // Strip the " (Parameter 'x')" suffix; the message is about the sorted copy, so drop the index too.
    internal static string Reason(ArgumentException ex)
    {
        string message = ex.Message;
        int at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (at >= 0) message = message[..at];
        int bracket = message.IndexOf("[", StringComparison.Ordinal);
        int close = message.IndexOf("]", StringComparison.Ordinal);
        if (bracket >= 0 && close > bracket)
            message = "an income" + message[(close + 1)..];
        return message;
    }
}
