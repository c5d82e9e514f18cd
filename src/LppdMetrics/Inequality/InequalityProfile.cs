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
/// <param name="Population">W = Σ w, the weighted population, summed exactly and rounded once (<see cref="ExactTotal"/>): the same bits as <c>FgtResult.Population</c> and every other weighted population.</param>
/// <param name="Mean">μ = Σ w y / W, the weighted mean, in the unit of income.</param>
/// <param name="Measures">The measures in the order gini, theil, meanLogDeviation, atkinson(ε)…, s80s20, palma.</param>
public sealed record InequalityProfile(int Count, double Population, double Mean, IReadOnlyList<InequalityMeasure> Measures) : ITraceable
{
    /// <summary>The calculation: rule id <c>inequality.profile</c>, one step per available measure, a note per unavailable one; the result is the Gini.</summary>
    public CalculationTrace Trace
    {
        get
        {
            var b = new TraceBuilder("inequality.profile", "G = 1 − Σ pᵢ(Lᵢ + Lᵢ₋₁); GE(α); A(ε); S80/S20 = (1 − L(0.8))/L(0.2); Palma = (1 − L(0.9))/L(0.4)", "BPS; Eurostat; Atkinson (1970); Shorrocks (1980); Palma (2011)")
                .Input("n", (decimal)Count, "observations")
                .Input("W", Population, "weighted population")
                .Input("μ", Mean, "weighted mean");
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
        atkinsonEpsilons ??= DefaultEpsilons;
        foreach (double e in atkinsonEpsilons)
            Guard.FiniteNonNegative(e, nameof(atkinsonEpsilons));
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        Lorenz.RequireIncome(sample, nameof(income));
        ReadOnlySpan<double> x = sample.Values, w = sample.Weights;
        var measures = new List<InequalityMeasure>
        {
            new("gini", Gini.OfSample(sample, nameof(income)), null),
            Try("theil", x, w, static (x, w) => GeneralizedEntropy.Theil(x, w)),
            Try("meanLogDeviation", x, w, static (x, w) => GeneralizedEntropy.MeanLogDeviation(x, w)),
        };
        foreach (double e in atkinsonEpsilons)
            measures.Add(Try("atkinson(" + e.ToString("R", CultureInfo.InvariantCulture) + ")", x, w, (x, w) => Atkinson.Compute(x, w, e)));
        measures.Add(TryRatio("s80s20", sample, 0.8, 0.2, "S80/S20"));
        measures.Add(TryRatio("palma", sample, 0.9, 0.4, "Palma"));
        return new InequalityProfile(sample.Count, ExactTotal.Of(weights), sample.CumulativeValues[^1] / sample.CumulativeWeights[^1] / sample.ValueScale, measures);
    }

    /// <summary>The measure named <paramref name="name"/>.</summary>
    /// <param name="name">A name from <see cref="Measures"/>.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">No such measure.</exception>
    public InequalityMeasure this[string name] =>
        Measures.FirstOrDefault(m => m.Name == name) ?? throw new KeyNotFoundException("No measure named '" + name + "'.");

    private delegate double SpanMeasure(ReadOnlySpan<double> income, ReadOnlySpan<double> weights);

    private static InequalityMeasure Try(string name, ReadOnlySpan<double> x, ReadOnlySpan<double> w, SpanMeasure measure)
    {
        try
        {
            return new InequalityMeasure(name, measure(x, w), null);
        }
        catch (ArgumentException ex)
        {
            return new InequalityMeasure(name, null, Reason(ex));
        }
    }

    private static InequalityMeasure TryRatio(string name, SortedWeightedSample sample, double top, double bottom, string label)
    {
        try
        {
            return new InequalityMeasure(name, IncomeShares.TopBottomRatio(sample, top, bottom, label, "income"), null);
        }
        catch (ArgumentException ex)
        {
            return new InequalityMeasure(name, null, Reason(ex));
        }
    }

    // Strip the " (Parameter 'x')" suffix; the message is about the sorted copy, so drop the index too.
    private static string Reason(ArgumentException ex)
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
