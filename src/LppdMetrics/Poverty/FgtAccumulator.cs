using LppdMetrics.Numbers;

namespace LppdMetrics.Poverty;

/// <summary>
/// A mergeable accumulator of the FGT indices and the Watts index: feed it spans (or single observations) in any
/// order, from any number of files, threads or partitions, <see cref="Merge"/> the pieces, and read exactly the
/// one-pass result.
/// </summary>
/// <remarks>
/// <para>It keeps five sums — W = Σ w, Wpoor = Σ_{poor} w, Σ_{poor} w·g, Σ_{poor} w·g², Σ_{poor, y&gt;0} w·ln(z/y), with
/// g = (z − y)/z computed as min((z − y)·(1/z), 1) exactly as <see cref="Fgt"/> does — each as an exact (unrounded) sum, rounded once when read. So the result does not depend on the
/// order of the observations nor on how they were split: any split merged gives the same bits as one accumulator
/// fed everything. Each term w·g is itself a rounded double product, computed the same way everywhere. Formulas
/// and conventions are those of <see cref="Fgt"/> and <see cref="Watts"/>.</para>
/// <para><b>Exact Gini over partitions.</b> The Gini is not a sum, so it cannot be merged from partial Ginis. To get
/// the exact Gini of data split across partitions, bring the (value, weight) pairs together — or, for a
/// distributed engine, sort globally by value and pass the running totals (cumulative weight C and cumulative
/// value S at each partition's start, in sorted order) between partitions: G = 1 − Σ wᵢ(Sᵢ₋₁ + Sᵢ)/(W·T) is then
/// a sum of per-partition terms that merges like these sums.</para>
/// <para>Not thread-safe: give each thread its own accumulator and merge them afterwards.</para>
/// </remarks>
public sealed class FgtAccumulator
{
    private ExactSum _weight;
    private ExactSum _poor;
    private ExactSum _gap;
    private ExactSum _squared;
    private ExactSum _watts;
    private double _zeroConsumptionPoorWeight;
    private long _zeroConsumptionPoorCount;

    /// <summary>Creates an empty accumulator for the poverty line <paramref name="povertyLine"/>.</summary>
    /// <param name="povertyLine">The poverty line z, finite, &gt; 0, in the unit of consumption.</param>
    /// <param name="rule">Who counts as poor; <see cref="PovertyLineRule.StrictlyBelow"/> (BPS) by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">The line is ≤ 0 or not finite, or the rule is unknown.</exception>
    public FgtAccumulator(double povertyLine, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        Guard.FinitePositive(povertyLine);
        Fgt.CheckRule(rule);
        PovertyLine = povertyLine;
        Rule = rule;
    }

    /// <summary>The poverty line z.</summary>
    public double PovertyLine { get; }

    /// <summary>Who counts as poor.</summary>
    public PovertyLineRule Rule { get; }

    /// <summary>The number of observations added (rows, not weighted).</summary>
    public long Count { get; private set; }

    /// <summary>The weighted population W = Σ w so far (exact sum, rounded once); 0 when empty.</summary>
    public double Population => _weight.ToDouble();

    /// <summary>The number of poor observations with zero consumption (for which ln(z/y) is undefined).</summary>
    public long ZeroConsumptionPoorCount => _zeroConsumptionPoorCount;

    /// <summary>Σ_{poor} w, exact, rounded once.</summary>
    internal double PoorSum => _poor.ToDouble();

    /// <summary>Σ_{poor} w·g, exact, rounded once.</summary>
    internal double GapSum => _gap.ToDouble();

    /// <summary>Σ_{poor} w·g², exact, rounded once.</summary>
    internal double SquaredSum => _squared.ToDouble();

    /// <summary>Adds one observation.</summary>
    /// <param name="consumption">Consumption y, finite, ≥ 0.</param>
    /// <param name="weight">Weight w, finite, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite; nothing is added.</exception>
    public void Add(double consumption, double weight)
    {
        Guard.FiniteNonNegative(consumption);
        Guard.FiniteNonNegative(weight);
        AddUnchecked(consumption, weight);
    }

    /// <summary>Adds observations with weights.</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length.</param>
    /// <exception cref="ArgumentException">A bad element (named with its index) or a length mismatch; nothing is added.</exception>
    public void Add(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights)
    {
        Guard.SameLength(consumption.Length, weights.Length, nameof(consumption), nameof(weights));
        Guard.AllFiniteNonNegative(consumption);
        Guard.AllFiniteNonNegative(weights);
        for (int i = 0; i < consumption.Length; i++)
            AddUnchecked(consumption[i], weights[i]);
    }

    /// <summary>Adds observations with weight 1 each.</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0.</param>
    /// <exception cref="ArgumentException">A bad element (named with its index); nothing is added.</exception>
    public void Add(ReadOnlySpan<double> consumption)
    {
        Guard.AllFiniteNonNegative(consumption);
        foreach (double y in consumption)
            AddUnchecked(y, 1.0);
    }

    /// <summary>Adds everything <paramref name="other"/> holds (exactly); <paramref name="other"/> is unchanged.</summary>
    /// <param name="other">An accumulator with the same poverty line and rule.</param>
    /// <exception cref="ArgumentException">The line or the rule differs.</exception>
    public void Merge(FgtAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.PovertyLine != PovertyLine || other.Rule != Rule)
            throw new ArgumentException(FormattableString.Invariant(
                $"other has poverty line {Guard.Show(other.PovertyLine)} ({other.Rule}) but this accumulator has {Guard.Show(PovertyLine)} ({Rule}); only accumulators at the same line merge."),
                nameof(other));
        _weight.Add(other._weight);
        _poor.Add(other._poor);
        _gap.Add(other._gap);
        _squared.Add(other._squared);
        _watts.Add(other._watts);
        _zeroConsumptionPoorCount += other._zeroConsumptionPoorCount;
        _zeroConsumptionPoorWeight += other._zeroConsumptionPoorWeight;
        Count += other.Count;
    }

    /// <summary>P0, P1, P2, the weighted poor and the population of everything added.</summary>
    /// <returns>The indices (fractions), each an exact sum rounded once and divided by W.</returns>
    /// <exception cref="InvalidOperationException">Nothing with a positive weight was added.</exception>
    public FgtResult Result()
    {
        double w = RequirePopulation();
        double poor = _poor.ToDouble();
        return new FgtResult(Math.Min(1.0, poor / w), Math.Min(1.0, _gap.ToDouble() / w), Math.Min(1.0, _squared.ToDouble() / w), poor, w, PovertyLine, Rule);
    }

    /// <summary>
    /// The Watts index (1/W) Σ_{poor} w·ln(z/y), or null when a poor observation with positive weight has zero
    /// consumption (ln(z/0) is infinite); see <see cref="ZeroConsumptionPoorCount"/>.
    /// </summary>
    /// <returns>The Watts index (≥ 0), or null when undefined.</returns>
    /// <exception cref="InvalidOperationException">Nothing with a positive weight was added.</exception>
    public double? Watts()
    {
        double w = RequirePopulation();
        return _zeroConsumptionPoorWeight > 0 ? null : _watts.ToDouble() / w;
    }

    private double RequirePopulation()
    {
        if (_weight.IsZero)
            throw new InvalidOperationException("No observation with a positive weight was added; the indices are undefined.");
        double w = _weight.ToDouble();
        if (!double.IsFinite(w))
            throw new InvalidOperationException("The weights sum to more than a double can hold; rescale them.");
        return w;
    }

    private void AddUnchecked(double y, double w)
    {
        Count++;
        _weight.Add(w);
        double z = PovertyLine;
        bool poor = Rule == PovertyLineRule.AtOrBelow ? y <= z : y < z;
        if (!poor)
            return;
        double g = Fgt.Gap(y, z);
        double wg = w * g;
        _poor.Add(w);
        _gap.Add(wg);
        _squared.Add(wg * g);
        if (y > 0)
            _watts.Add(w * Math.Log(z / y));
        else
        {
            _zeroConsumptionPoorCount++;
            _zeroConsumptionPoorWeight += w;
        }
    }
}
