using System.Globalization;
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
/// and conventions are those of <see cref="Fgt"/> and <see cref="Poverty.Watts"/>.</para>
/// <para><b>Exact Gini over partitions.</b> The Gini is not a sum, so it cannot be merged from partial Ginis. To get
/// the exact Gini of data split across partitions, bring the (value, weight) pairs together — or, for a
/// distributed engine, sort globally by value and pass the running totals (cumulative weight C and cumulative
/// value S at each partition's start, in sorted order) between partitions: G = 1 − Σ wᵢ(Sᵢ₋₁ + Sᵢ)/(W·T) is then
/// a sum of per-partition terms that merges like these sums.</para>
/// <para>Not thread-safe: give each thread its own accumulator and merge them afterwards.</para>
/// </remarks>
public sealed class FgtAccumulator
{
    // Observations with w ≥ 2^-600 go to _normal as they are; smaller weights go to _tiny multiplied by 2^600
    // (exact), so that w·g and w·g² do not underflow when every weight is tiny (5e-324). See Totals().
    private const int TinyExponent = 600;
    private static readonly double TinyLimit = Math.ScaleB(1.0, -TinyExponent);
    private static readonly double SmallNormalBank = Math.ScaleB(1.0, 400);

    // The Watts terms w·ln(z/y) are summed as w·(ln(z/y)·2^-11): ln(z/y) ≤ ln(1.8e308/4.9e-324) < 1 455 < 2^11, so a
    // term never exceeds its weight and a weight near the largest double cannot overflow it. The scaling is exact
    // (a power of two on normal numbers), so ordinary data keep the same bits; Watts() multiplies the 2^11 back.
    private const double WattsScale = 1.0 / 2048;
    private Bank _normal;
    private Bank _tiny;
    private double _zeroConsumptionPoorWeight;
    private long _zeroConsumptionPoorCount;

    private struct Bank
    {
        public ExactSum Weight, Poor, Gap, Squared, Watts;

        public void Add(in Bank other)
        {
            Weight.Add(other.Weight);
            Poor.Add(other.Poor);
            Gap.Add(other.Gap);
            Squared.Add(other.Squared);
            Watts.Add(other.Watts);
        }
    }

    /// <summary>Creates an empty accumulator for the poverty line <paramref name="povertyLine"/>.</summary>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double), in the unit of consumption.</param>
    /// <param name="rule">Who counts as poor; <see cref="PovertyLineRule.StrictlyBelow"/> (BPS) by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">The line is ≤ 0 or not finite, or the rule is unknown.</exception>
    public FgtAccumulator(double povertyLine, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        Fgt.CheckLine(povertyLine);
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
    public double Population => Totals() is var (t, back) ? t.Weight * back : 0;

    /// <summary>The number of poor observations with zero consumption (for which ln(z/y) is undefined).</summary>
    public long ZeroConsumptionPoorCount => _zeroConsumptionPoorCount;

    /// <summary>Σ_{poor} w, exact, rounded once.</summary>
    internal double PoorSum => Totals() is var (t, back) ? t.Poor * back : 0;

    /// <summary>Σ_{poor} w·g, exact, rounded once.</summary>
    internal double GapSum => Totals() is var (t, back) ? t.Gap * back : 0;

    /// <summary>Σ_{poor} w·g², exact, rounded once.</summary>
    internal double SquaredSum => Totals() is var (t, back) ? t.Squared * back : 0;

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
        for (int start = 0; start < consumption.Length; start += ExactSum.BlockLength)
        {
            int n = Math.Min(ExactSum.BlockLength, consumption.Length - start);
            AddBlock(consumption.Slice(start, n), weights.Slice(start, n));
        }
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
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"other has poverty line {Guard.Show(other.PovertyLine)} ({other.Rule}) but this accumulator has {Guard.Show(PovertyLine)} ({Rule}); only accumulators at the same line merge."),
                nameof(other));
        _normal.Add(other._normal);
        _tiny.Add(other._tiny);
        _zeroConsumptionPoorCount += other._zeroConsumptionPoorCount;
        _zeroConsumptionPoorWeight += other._zeroConsumptionPoorWeight;
        Count += other.Count;
    }

    /// <summary>P0, P1, P2, the weighted poor and the population of everything added.</summary>
    /// <returns>The indices (fractions), each an exact sum rounded once and divided by W.</returns>
    /// <exception cref="InvalidOperationException">Nothing with a positive weight was added.</exception>
    public FgtResult Result()
    {
        (Sums t, double back) = RequirePopulation();
        return new FgtResult(t.Poor / t.Weight, t.Gap / t.Weight, t.Squared / t.Weight, t.Poor * back, t.Weight * back, PovertyLine, Rule);
    }

    /// <summary>
    /// The Watts index (1/W) Σ_{poor} w·ln(z/y), or null when a poor observation with positive weight has zero
    /// consumption (ln(z/0) is infinite): the <see cref="WattsZeroConsumption.Refuse"/> convention (see
    /// <see cref="ZeroConsumptionPoorCount"/>).
    /// </summary>
    /// <returns>The Watts index (≥ 0), or null when undefined.</returns>
    /// <exception cref="InvalidOperationException">Nothing with a positive weight was added.</exception>
    /// <exception cref="ArgumentException">The weights sum to more than a double holds.</exception>
    public double? Watts() => Watts(WattsZeroConsumption.Refuse);

    /// <summary>The Watts index under an explicit convention for zero consumption among the poor.</summary>
    /// <param name="zeros"><see cref="WattsZeroConsumption.Refuse"/> (null when there are such observations) or
    /// <see cref="WattsZeroConsumption.Exclude"/> (World Bank PIP: skipped in the sum, kept in W).</param>
    /// <returns>The Watts index (≥ 0), or null when undefined under <paramref name="zeros"/>.</returns>
    /// <exception cref="InvalidOperationException">Nothing with a positive weight was added.</exception>
    /// <exception cref="ArgumentException">The weights sum to more than a double holds, or <paramref name="zeros"/> is undefined.</exception>
    public double? Watts(WattsZeroConsumption zeros)
    {
        Guard.Defined(zeros);
        (Sums t, _) = RequirePopulation();
        return _zeroConsumptionPoorWeight > 0 && zeros == WattsZeroConsumption.Refuse ? null : t.Watts / t.Weight / WattsScale;
    }

    private readonly record struct Sums(double Weight, double Poor, double Gap, double Squared, double Watts);

    // The five sums in a common scale, and the factor that turns that scale's populations back into the input's.
    // With any normal weight the tiny bank is added scaled back (below the last bit of W unless there are more than
    // 2^500 tiny observations); with only tiny weights the sums stay in the tiny bank's scale, where the ratios
    // are the same, and only the populations are scaled back.
    private (Sums Sums, double Back) Totals()
    {
        if (_normal.Weight.IsZero)
            return (Read(_tiny, 1.0), TinyLimit);
        Sums n = Read(_normal, 1.0);
        if (_tiny.Weight.IsZero)
            return (n, 1.0);
        // Normal weights totalling below 2^400: both banks in the tiny bank's scale (the normal one's sums times 2^600,
        // exact, and at most 2^1000), where the tiny bank's sums keep their bits; scaled back to the normal bank's,
        // they fell below the normal range (a poor row of weight 2^-1074 beside a non-poor one of 2^-474 had a Watts
        // of 0, not 743.8·2^-600). The same bits wherever neither scaling leaves the normal range.
        if (n.Weight < SmallNormalBank)
        {
            Sums up = Read(_normal, 1.0 / TinyLimit), t0 = Read(_tiny, 1.0);
            return (new Sums(up.Weight + t0.Weight, up.Poor + t0.Poor, up.Gap + t0.Gap, up.Squared + t0.Squared, up.Watts + t0.Watts), TinyLimit);
        }
        Sums t = Read(_tiny, TinyLimit);
        return (new Sums(n.Weight + t.Weight, n.Poor + t.Poor, n.Gap + t.Gap, n.Squared + t.Squared, n.Watts + t.Watts), 1.0);
    }

    private static Sums Read(in Bank b, double scale) =>
        new(b.Weight.ToDouble() * scale, b.Poor.ToDouble() * scale, b.Gap.ToDouble() * scale, b.Squared.ToDouble() * scale, b.Watts.ToDouble() * scale);

    private (Sums Sums, double Back) RequirePopulation()
    {
        if (_normal.Weight.IsZero && _tiny.Weight.IsZero)
            throw new InvalidOperationException("No observation with a positive weight was added; the indices are undefined.");
        (Sums t, double back) = Totals();
        if (!double.IsFinite(t.Weight))
            throw new ArgumentException("The weights sum to more than a double holds (about 1.8e308); divide them all by the same factor, which leaves every index unchanged.", "weights");
        return (t, back);
    }

    // A block of checked observations, the same sums as AddUnchecked on each: the poor are gathered first (without a
    // branch), their terms computed as AddUnchecked computes them, and each term column summed exactly at once.
    private void AddBlock(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights)
    {
        foreach (double w in weights)
        {
            if (w < TinyLimit && w != 0)
            {
                for (int i = 0; i < consumption.Length; i++)
                    AddUnchecked(consumption[i], weights[i]);
                return;
            }
        }
        Span<double> poorY = stackalloc double[consumption.Length];
        Span<double> poorW = stackalloc double[consumption.Length];
        double z = PovertyLine;
        PovertyLineRule rule = Rule;
        int poor = 0;
        for (int i = 0; i < consumption.Length; i++)
        {
            double y = consumption[i];
            poorY[poor] = y;
            poorW[poor] = weights[i];
            poor += Fgt.IsPoor(y, z, rule) ? 1 : 0;
        }
        Count += consumption.Length;
        _normal.Weight.Add(weights);
        if (poor == 0)
            return;
        poorY = poorY[..poor];
        poorW = poorW[..poor];
        Span<double> gap = stackalloc double[poor];
        Span<double> squared = stackalloc double[poor];
        Span<double> watts = stackalloc double[poor];
        for (int i = 0; i < poor; i++)
        {
            double y = poorY[i], w = poorW[i];
            double g = Fgt.Gap(y, z);
            double wg = w * g;
            gap[i] = wg;
            squared[i] = wg * g;
            if (y > 0)
                watts[i] = w * (Scaling.LogRatio(z, y) * WattsScale);
            else
            {
                watts[i] = 0;
                _zeroConsumptionPoorCount++;
                _zeroConsumptionPoorWeight += w;
            }
        }
        _normal.Poor.Add(poorW);
        _normal.Gap.Add(gap);
        _normal.Squared.Add(squared);
        _normal.Watts.Add(watts);
    }

    private void AddUnchecked(double y, double w)
    {
        Count++;
        bool tiny = w < TinyLimit;
        ref Bank bank = ref tiny ? ref _tiny : ref _normal;
        double scaled = tiny ? Math.ScaleB(w, TinyExponent) : w;
        bank.Weight.Add(scaled);
        double z = PovertyLine;
        if (!Fgt.IsPoor(y, z, Rule))
            return;
        double g = Fgt.Gap(y, z);
        double wg = scaled * g;
        bank.Poor.Add(scaled);
        bank.Gap.Add(wg);
        bank.Squared.Add(wg * g);
        if (y > 0)
            bank.Watts.Add(scaled * (Scaling.LogRatio(z, y) * WattsScale));
        else
        {
            _zeroConsumptionPoorCount++;
            _zeroConsumptionPoorWeight += w;
        }
    }
}
