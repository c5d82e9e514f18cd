using System.Buffers;
using LppdMetrics.Numbers;

namespace LppdMetrics.Statistics;

/// <summary>
/// A weighted sample sorted ascending by value, with its weights permuted along: the shared core of every
/// order-based microdata statistic (Gini, Lorenz curve, income shares, S80/S20, Palma, bootstrap by re-weighting).
/// </summary>
/// <remarks>
/// <para><b>How to use.</b> <c>using var sample = SortedWeightedSample.Create(income, weights, nameof(income),
/// nameof(weights));</c> validates the inputs (finite, ≥ 0, weights summing to more than 0; the error names the
/// caller's parameter and the first offending index), copies them (inputs are never mutated) and sorts the copy by
/// a stable radix sort of the IEEE-754 bits with the weight as payload (<see cref="RadixSort"/>), O(n). Then read
/// <see cref="Values"/>, <see cref="Weights"/>, <see cref="TotalWeight"/>, <see cref="TotalValue"/>, the cumulative
/// sums <see cref="CumulativeWeights"/> and <see cref="CumulativeValues"/> (computed on first use) or
/// <see cref="LorenzAt(double)"/>. A statistic that re-weights the same data (a bootstrap replicate, a subgroup mask) sorts
/// once and passes other weights in the same sorted order to a kernel such as
/// <c>Inequality.Gini.OfSorted(sample.Values, replicateWeights)</c>; to permute per-observation data into the sorted
/// order, create the sample with <see cref="CreateWithOrder"/> and use <see cref="Order"/>.</para>
/// <para><b>Memory.</b> The arrays are rented from <see cref="ArrayPool{T}.Shared"/>; <see cref="Dispose"/> returns
/// them, after which the spans must not be used. Create holds 16 bytes per observation plus 16 bytes of scratch
/// during the sort (returned at once; 1 MB more per sorting thread, and up to 16 bytes per observation more when one
/// value range holds more than 2¹⁶ observations), each array rounded up by the pool to a power of two; the cumulative sums add
/// 16 bytes per observation when asked for. <see cref="CreateInPlace"/> sorts the caller's arrays with no scratch as
/// long as the input (two 1 MB buffers per sorting thread).</para>
/// <para><b>Determinism.</b> Within a tie (equal values) the rows are put in a canonical order, ascending by weight
/// (<see cref="TieOrder"/>; with <see cref="CreateWithOrder"/>, then by input index), so <see cref="Weights"/> is the
/// same sequence under any order of the input rows (<see cref="CreateInPlace"/> may leave whole-number weights, whose
/// sums are exact in any order, in the order its in-place sort leaves them: see there). Totals and cumulative sums are accumulated left to right in that
/// order, so the same data give the same bits on every machine and under any row order.</para>
/// <para>−0 is stored as +0.</para>
/// </remarks>
internal sealed class SortedWeightedSample : IDisposable
{
    private const int ParallelCopyThreshold = 1 << 16;

    private double[]? _values;
    private double[]? _weights;
    private int[]? _order;
    private double[]? _cumulativeWeights;
    private double[]? _cumulativeValues;
    private double _weightScale = 1, _valueScale = 1;
    // Products too spread for one pair of scales (a weight 1e-300 of 1e300 on an income 1e-300 of 5e-300): the terms of
    // the value sums are then wᵢxᵢ·2^_productExponent, from the binary exponents (see SetScales).
    private bool _wideProducts;
    private int _productExponent;
    private double _scaledWeight, _scaledValue;
    private bool _totalsKnown;
    private bool _borrowed;

    private SortedWeightedSample(double[] values, double[] weights, int[]? order, int count, double totalWeight, double totalValue)
    {
        _values = values;
        _weights = weights;
        _order = order;
        Count = count;
        TotalWeight = totalWeight;
        TotalValue = totalValue;
    }

    /// <summary>The number of observations n.</summary>
    public int Count { get; }

    /// <summary>The values, ascending.</summary>
    public ReadOnlySpan<double> Values => Live(_values).AsSpan(0, Count);

    /// <summary>The weights, in the order of <see cref="Values"/> (unit weights for an unweighted sample).</summary>
    public ReadOnlySpan<double> Weights => Live(_weights).AsSpan(0, Count);

    /// <summary>For each sorted position, the input index it came from (only with <see cref="CreateWithOrder"/>).</summary>
    public ReadOnlySpan<int> Order => _order is null
        ? throw new InvalidOperationException("Create the sample with CreateWithOrder to keep the order.")
        : Live(_order).AsSpan(0, Count);

    /// <summary>W = Σ wᵢ, summed in sorted order; &gt; 0 (∞ when beyond a double: the statistics that divide by it use the scaled sums of <see cref="CumulativeWeights"/>).</summary>
    public double TotalWeight { get; }

    /// <summary>T = Σ wᵢ xᵢ, summed in sorted order; ≥ 0.</summary>
    public double TotalValue { get; }

    /// <summary>
    /// Cᵢ = Σ_{j≤i} wⱼ·<see cref="WeightScale"/> in sorted order. The scale is 1 (and the last element equals
    /// <see cref="TotalWeight"/> bit for bit) unless the unscaled sums would overflow or a term could fall below 2^-960
    /// (the smallest positive weight times the smallest positive value), where digits are lost to subnormals (weights
    /// of 1e308 or 5e-324): then weights and values are multiplied by the
    /// powers of two that bring the largest of each near 1 (exact), which changes no ratio Cᵢ/C_n or Sᵢ/S_n.
    /// </summary>
    public ReadOnlySpan<double> CumulativeWeights
    {
        get
        {
            EnsureCumulative();
            return _cumulativeWeights.AsSpan(0, Count);
        }
    }

    /// <summary>Sᵢ = Σ_{j≤i} (wⱼ·<see cref="WeightScale"/>)(xⱼ·<see cref="ValueScale"/>) in sorted order; with both scales 1
    /// (ordinary data, see <see cref="CumulativeWeights"/>) the last element equals <see cref="TotalValue"/> bit for bit.
    /// Where a product of the smallest weight and value would still fall below 2^-900 after that scaling, each term is
    /// wⱼxⱼ times one power of two that brings the largest product near 1 (only ratios Sᵢ/Sₙ are read).</summary>
    public ReadOnlySpan<double> CumulativeValues
    {
        get
        {
            EnsureCumulative();
            return _cumulativeValues.AsSpan(0, Count);
        }
    }

    /// <summary>Validates, copies and sorts a weighted sample.</summary>
    /// <param name="values">The values (income, consumption): finite, ≥ 0.</param>
    /// <param name="weights">The weights: same length, finite, ≥ 0, summing to more than 0.</param>
    /// <param name="valuesName">The caller's parameter name for <paramref name="values"/>, for error messages.</param>
    /// <param name="weightsName">The caller's parameter name for <paramref name="weights"/>.</param>
    /// <returns>The sorted sample; dispose it.</returns>
    /// <exception cref="ArgumentException">Empty input, a length mismatch, a bad element, or weights summing to 0.</exception>
    public static SortedWeightedSample Create(ReadOnlySpan<double> values, ReadOnlySpan<double> weights,
        string valuesName = "values", string weightsName = "weights") =>
        Build(values, weights, unitWeights: false, keepOrder: false, valuesName, weightsName);

    /// <summary>Like <see cref="Create"/>, and also records <see cref="Order"/> (4 more bytes per observation, slower sort).</summary>
    /// <param name="values">The values: finite, ≥ 0.</param>
    /// <param name="weights">The weights: same length, finite, ≥ 0, summing to more than 0.</param>
    /// <param name="valuesName">The caller's parameter name for <paramref name="values"/>.</param>
    /// <param name="weightsName">The caller's parameter name for <paramref name="weights"/>.</param>
    /// <returns>The sorted sample; dispose it.</returns>
    public static SortedWeightedSample CreateWithOrder(ReadOnlySpan<double> values, ReadOnlySpan<double> weights,
        string valuesName = "values", string weightsName = "weights") =>
        Build(values, weights, unitWeights: false, keepOrder: true, valuesName, weightsName);

    /// <summary>
    /// Validates and sorts a weighted sample in the caller's own arrays, without a copy: for data too large to hold
    /// twice. On success <paramref name="values"/> is sorted ascending (−0 as +0) and <paramref name="weights"/>
    /// permuted along; a bad element is refused before anything is changed. <see cref="Dispose"/> leaves the arrays to the caller.
    /// </summary>
    /// <remarks>
    /// Ties are put in the canonical order (<see cref="TieOrder"/>), except when <paramref name="weightSumsOnly"/> and
    /// every weight is a whole number and they total less than 2⁵³: then every sum of weights over any rows is an exact
    /// integer, the same in any order, and the tie order is left as the in-place sort leaves it (an order fixed by the
    /// input, the same on any number of cores, but not the input order). A caller
    /// that reads the weights only through such sums — the Gini kernel merges each tie into one point whose weight is
    /// the tie's sum — gets the same bits either way; <see cref="TotalValue"/> and sums of other functions of the
    /// weights are then not in canonical order.
    /// </remarks>
    /// <param name="values">The values: finite, ≥ 0; sorted in place.</param>
    /// <param name="weights">The weights: same length, finite, ≥ 0, summing to more than 0; permuted in place.</param>
    /// <param name="valuesName">The caller's parameter name for <paramref name="values"/>.</param>
    /// <param name="weightsName">The caller's parameter name for <paramref name="weights"/>.</param>
    /// <param name="weightSumsOnly">The caller reads the weights only through their sums (see the remarks).</param>
    /// <returns>The sorted sample over the caller's arrays; dispose it.</returns>
    public static SortedWeightedSample CreateInPlace(double[] values, double[] weights, string valuesName = "values", string weightsName = "weights",
        bool weightSumsOnly = false)
    {
        Guard.NotEmpty<double>(values, valuesName);
        Guard.SameLength(values.Length, weights.Length, valuesName, weightsName);
        int n = values.Length;
        (bool bad, bool negativeZero, bool wholeWeights) = Scan(values, weights);
        if (bad)
        {
            Guard.AllFiniteNonNegative(values, valuesName);
            Guard.AllFiniteNonNegative(weights, weightsName);
        }
        if (negativeZero)
        {
            for (int i = 0; i < n; i++)
                values[i] += 0.0; // −0 as +0
        }
        // Data already ascending (a second statistic of arrays an in-place call has sorted) are not sorted again.
        if (!IsAscending(values))
            RadixSort.SortInPlace(values, weights, n);
        if (!(weightSumsOnly && wholeWeights))
            TieOrder.Canonicalize(values, weights, default);
        (double totalWeight, double totalValue) = Totals(values, weights, n, weightsName);
        return new SortedWeightedSample(values, weights, null, n, totalWeight, totalValue) { _borrowed = true };
    }

    /// <summary>
    /// A sample over values already sorted ascending (zeros as +0) with their weights in the same order, each tie in a
    /// canonical order, both already checked: a bootstrap replicate's re-weighting of a sorted sample. Nothing is copied
    /// or sorted; <see cref="Dispose"/> leaves the arrays to the caller.
    /// </summary>
    /// <param name="values">The sorted values.</param>
    /// <param name="weights">The weights in the order of <paramref name="values"/>.</param>
    /// <param name="count">n, the number of observations used from the front of the arrays.</param>
    /// <param name="weightsName">The caller's parameter name for <paramref name="weights"/>.</param>
    /// <returns>The sample over the caller's arrays.</returns>
    /// <exception cref="ArgumentException">The weights sum to 0.</exception>
    internal static SortedWeightedSample OverSorted(double[] values, double[] weights, int count, string weightsName)
    {
        (double totalWeight, double totalValue) = Totals(values, weights, count, weightsName);
        return new SortedWeightedSample(values, weights, null, count, totalWeight, totalValue) { _borrowed = true };
    }

    private static bool IsAscending(ReadOnlySpan<double> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
                return false;
        }
        return true;
    }

    /// <summary>Validates, copies and sorts an unweighted sample (every weight 1).</summary>
    /// <param name="values">The values: finite, ≥ 0, at least one.</param>
    /// <param name="valuesName">The caller's parameter name for <paramref name="values"/>.</param>
    /// <returns>The sorted sample; dispose it.</returns>
    public static SortedWeightedSample CreateUnweighted(ReadOnlySpan<double> values, string valuesName = "values") =>
        Build(values, default, unitWeights: true, keepOrder: false, valuesName, "weights");

    /// <summary>
    /// The Lorenz ordinate L(p): the share of the total value held by the poorest share p of the weight, on the
    /// piecewise-linear (trapezoid) Lorenz curve through the points (Cᵢ/W, Sᵢ/T). L(0) = 0, L(1) = 1.
    /// </summary>
    /// <param name="p">The population share, 0 ≤ p ≤ 1.</param>
    /// <returns>L(p) in [0, 1].</returns>
    /// <exception cref="ArgumentException"><see cref="TotalValue"/> is 0, so the curve is undefined.</exception>
    public double LorenzAt(double p)
    {
        if (!(p >= 0 && p <= 1))
            Guard.ThrowOutOfRange(nameof(p), p, "a population share in [0, 1]");
        ReadOnlySpan<double> c = CumulativeWeights;
        ReadOnlySpan<double> s = CumulativeValues;
        ReadOnlySpan<double> x = Values;
        // Scaled sums (see CumulativeWeights): on ordinary data the scales are 1 and these are TotalWeight and TotalValue.
        double totalWeight = c[Count - 1], totalValue = s[Count - 1];
        if (!(totalValue > 0))
            throw new ArgumentException("The total value is 0, so the Lorenz curve is undefined.", nameof(p));
        if (p == 1)
            return 1.0;
        double target = p * totalWeight;
        // First i with Cᵢ ≥ target (binary search on the non-decreasing cumulative weights).
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (c[mid] >= target) hi = mid; else lo = mid + 1;
        }
        return OrdinateAt(target, lo == 0 ? 0.0 : c[lo - 1], lo == 0 ? 0.0 : s[lo - 1], x[lo], totalValue);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_borrowed)
            _values = _weights = null;
        Return(ref _values);
        Return(ref _weights);
        Return(ref _cumulativeWeights);
        Return(ref _cumulativeValues);
        if (_order is not null)
        {
            ArrayPool<int>.Shared.Return(_order);
            _order = null;
        }
    }

    private static SortedWeightedSample Build(ReadOnlySpan<double> values, ReadOnlySpan<double> weights,
        bool unitWeights, bool keepOrder, string valuesName, string weightsName)
    {
        Guard.NotEmpty(values, valuesName);
        if (!unitWeights)
            Guard.SameLength(values.Length, weights.Length, valuesName, weightsName);
        int n = values.Length;
        double[] sortedValues = ArrayPool<double>.Shared.Rent(n);
        double[] sortedWeights = ArrayPool<double>.Shared.Rent(n);
        int[]? order = null;
        try
        {
            Span<double> keys = sortedValues.AsSpan(0, n);
            Span<double> payload = sortedWeights.AsSpan(0, n);
            if (CopyChecked(values, keys, positiveZero: true))
                Guard.AllFiniteNonNegative(values, valuesName);
            if (unitWeights)
                payload.Fill(1.0);
            else if (CopyChecked(weights, payload, positiveZero: false))
                Guard.AllFiniteNonNegative(weights, weightsName);
            if (keepOrder)
            {
                order = ArrayPool<int>.Shared.Rent(n);
                SortWithOrder(sortedValues, sortedWeights, order.AsSpan(0, n), n);
            }
            else
                RadixSort.Sort(sortedValues, sortedWeights, n);
            TieOrder.Canonicalize(sortedValues.AsSpan(0, n), payload, order is null ? default : order.AsSpan(0, n));

            (double totalWeight, double totalValue) = Totals(sortedValues, sortedWeights, n, weightsName);
            return new SortedWeightedSample(sortedValues, sortedWeights, order, n, totalWeight, totalValue);
        }
        catch
        {
            ArrayPool<double>.Shared.Return(sortedValues);
            ArrayPool<double>.Shared.Return(sortedWeights);
            if (order is not null)
                ArrayPool<int>.Shared.Return(order);
            throw;
        }
    }

    /// <summary>W and T summed left to right in sorted order; throws when W is not &gt; 0.</summary>
    private static (double TotalWeight, double TotalValue) Totals(double[] values, double[] weights, int n, string weightsName)
    {
        ReadOnlySpan<double> x = values.AsSpan(0, n), w = weights.AsSpan(0, n);
        double totalWeight = 0, totalValue = 0;
        for (int i = 0; i < n; i++)
        {
            totalWeight += w[i];
            totalValue += w[i] * x[i];
        }
        if (!(totalWeight > 0))
            Guard.ThrowZeroTotal(weightsName);
        // A total beyond a double is kept as ∞; the statistics that divide by it use the scaled cumulative sums:
        // the Gini kernel scales the data itself and needs neither total.
        return (totalWeight, totalValue);
    }

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/> (−0 as +0 when <paramref name="positiveZero"/>)
    /// and tells whether any element is negative, NaN or infinite; above 2¹⁶ elements the two halves are copied by two
    /// threads (a copy is memory-bound, and one core does not saturate the memory).
    /// </summary>
    private static unsafe bool CopyChecked(ReadOnlySpan<double> source, Span<double> destination, bool positiveZero)
    {
        int n = source.Length;
        if (n < ParallelCopyThreshold || Environment.ProcessorCount < 2)
            return CopyPart(source, destination, positiveZero);
        int half = n / 2;
        fixed (double* from = source, to = destination)
        {
            double* s = from, d = to;
            bool first = false, second = false;
            Parallel.Invoke(
                () => first = CopyPart(new ReadOnlySpan<double>(s, half), new Span<double>(d, half), positiveZero),
                () => second = CopyPart(new ReadOnlySpan<double>(s + half, n - half), new Span<double>(d + half, n - half), positiveZero));
            return first | second;
        }
    }

    private static bool CopyPart(ReadOnlySpan<double> source, Span<double> destination, bool positiveZero)
    {
        bool bad = false;
        double zero = positiveZero ? 0.0 : -0.0; // x + (+0) turns −0 into +0; x + (−0) is x, bit for bit
        for (int i = 0; i < source.Length; i++)
        {
            double v = source[i];
            bad |= !(v >= 0 && v <= double.MaxValue);
            destination[i] = v + zero;
        }
        return bad;
    }

    /// <summary>
    /// One read of both columns (the two halves on two threads above 2¹⁶ rows): whether any element is negative, NaN or
    /// infinite, whether any value is −0, and whether the weights are whole numbers totalling less than 2⁵³ (so that
    /// every partial sum of them, in any order, is an exact integer).
    /// </summary>
    private static (bool Bad, bool NegativeZero, bool WholeWeights) Scan(double[] values, double[] weights)
    {
        int n = values.Length;
        (bool Bad, bool NegativeZero, bool Fraction, double Total) first, second = default;
        if (n < ParallelCopyThreshold || Environment.ProcessorCount < 2)
            first = ScanPart(values, weights);
        else
        {
            int half = n / 2;
            first = default;
            Parallel.Invoke(
                () => first = ScanPart(values.AsSpan(0, half), weights.AsSpan(0, half)),
                () => second = ScanPart(values.AsSpan(half), weights.AsSpan(half)));
        }
        bool whole = !(first.Fraction | second.Fraction) && first.Total + second.Total < ExactTotal.WholeLimit;
        return (first.Bad | second.Bad, first.NegativeZero | second.NegativeZero, whole);
    }

    private static (bool Bad, bool NegativeZero, bool Fraction, double Total) ScanPart(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        (bool bad, bool fraction, double total) = ExactTotal.Scan(weights);
        bool negativeZero = false;
        foreach (double v in values)
        {
            bad |= !(v >= 0 && v <= double.MaxValue);
            negativeZero |= BitConverter.DoubleToUInt64Bits(v) == 0x8000_0000_0000_0000;
        }
        return (bad, negativeZero, fraction, total);
    }

    private static void SortWithOrder(double[] keys, double[] payload, Span<int> order, int n)
    {
        // Carry the input index as the payload, then gather the weights in sorted order.
        double[] indexArray = ArrayPool<double>.Shared.Rent(n);
        double[] weightCopy = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> index = indexArray.AsSpan(0, n);
            for (int i = 0; i < n; i++)
                index[i] = i;
            Array.Copy(payload, weightCopy, n);
            RadixSort.Sort(keys, indexArray, n);
            for (int i = 0; i < n; i++)
            {
                int from = (int)index[i];
                order[i] = from;
                payload[i] = weightCopy[from];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(indexArray);
            ArrayPool<double>.Shared.Return(weightCopy);
        }
    }

    /// <summary>The factor of the weights in <see cref="CumulativeWeights"/> and <see cref="CumulativeValues"/>: a power of two, 1 on ordinary data.</summary>
    public double WeightScale
    {
        get
        {
            EnsureTotals();
            return _weightScale;
        }
    }

    /// <summary>The factor of the values in <see cref="CumulativeValues"/>: a power of two, 1 on ordinary data.</summary>
    public double ValueScale
    {
        get
        {
            EnsureTotals();
            return _valueScale;
        }
    }

    /// <summary>
    /// μ = T/W from the scaled totals, in the unit of the values: the same bits as Sₙ/Cₙ/<see cref="ValueScale"/>, and
    /// where the products are summed from their exponents (a span of weights and values no pair of scales holds),
    /// Sₙ/Cₙ times the power of two between the two units (a mean below 2^-1074 is 0, the double nearest it).
    /// </summary>
    internal double Mean
    {
        get
        {
            EnsureTotals();
            return _wideProducts
                ? Math.ScaleB(_scaledValue / _scaledWeight, (int)Math.Clamp((long)Math.ILogB(_weightScale) - _productExponent, -2200, 2200))
                : _scaledValue / _scaledWeight / _valueScale;
        }
    }

    /// <summary>
    /// The last elements of <see cref="CumulativeWeights"/> and <see cref="CumulativeValues"/> (Cₙ and Sₙ, the same bits),
    /// with their scales: from the running sums when they are built, else from one pass that stores nothing (16 bytes
    /// per observation less, for the statistics that need only the totals and a few Lorenz ordinates).
    /// </summary>
    internal (double Weight, double Value) ScaledTotals
    {
        get
        {
            EnsureTotals();
            return (_scaledWeight, _scaledValue);
        }
    }

    /// <summary>
    /// L(p) for each p of <paramref name="shares"/> (ascending) into <paramref name="ordinates"/>: the same bits as
    /// <see cref="LorenzAt(double)"/>, from one pass over the rows up to the largest share when the running sums are not built
    /// (and without building them).
    /// </summary>
    internal void LorenzAt(ReadOnlySpan<double> shares, Span<double> ordinates)
    {
        if (_cumulativeWeights is not null)
        {
            for (int k = 0; k < shares.Length; k++)
                ordinates[k] = LorenzAt(shares[k]);
            return;
        }
        foreach (double p in shares)
        {
            if (!(p >= 0 && p <= 1))
                Guard.ThrowOutOfRange(nameof(p), p, "a population share in [0, 1]");
        }
        EnsureTotals();
        double totalWeight = _scaledWeight, totalValue = _scaledValue, weightScale = _weightScale, valueScale = _valueScale;
        if (!(totalValue > 0))
            throw new ArgumentException("The total value is 0, so the Lorenz curve is undefined.", "p");
        // Each target's first i with Cᵢ ≥ target, as LorenzAt's binary search finds it (the last row when none), taken
        // in one pass of the same running sums (the shares ascend, so the targets do).
        for (int k = 1; k < shares.Length; k++)
        {
            if (!(shares[k] >= shares[k - 1]))
                throw new ArgumentException("The shares must ascend.", nameof(shares));
        }
        ReadOnlySpan<double> x = Values, w = Weights;
        double cw = 0, cs = 0;
        int next = 0, i = 0;
        bool wide = _wideProducts;
        for (; next < shares.Length && i < Count; i++)
        {
            double before = cw, sBefore = cs;
            double wi = w[i] * weightScale;
            cw += wi;
            cs += wide ? WideProduct(w[i], x[i]) : wi * (x[i] * valueScale);
            while (next < shares.Length && (cw >= shares[next] * totalWeight || i == Count - 1))
            {
                int k = next++;
                ordinates[k] = shares[k] == 1 ? 1.0 : OrdinateAt(shares[k] * totalWeight, before, sBefore, x[i], totalValue);
            }
        }
    }

    // The ordinate at target between the point before row i and row i, of income xi (unscaled): in the unit of the value
    // sums, the weight target − before times xi.
    private double OrdinateAt(double target, double before, double sBefore, double xi, double totalValue)
    {
        if (!_wideProducts)
            return Ordinate(target, before, sBefore, xi * _valueScale, totalValue, Count);
        if (ZeroShare(target, before, sBefore, Count))
            return 0.0;
        // (target − before) is in the unit of the scaled weights (×2^ilogb(WeightScale)); the sums in that of 2^_productExponent.
        return Share(sBefore, WideProduct(Math.Max(0.0, target - before), xi, _productExponent - Math.ILogB(_weightScale)), totalValue);
    }

    /// <summary>
    /// The trapezoid ordinate at the cumulative weight <paramref name="target"/> between the point before row i
    /// (<paramref name="before"/>, <paramref name="sBefore"/>) and row i, of value <paramref name="xi"/> (scaled), in a
    /// sample of <paramref name="count"/> rows. Where the rows before hold nothing (<paramref name="sBefore"/> = 0) and
    /// target − before is within the rounding of the cumulative weights, (count + 1)·2⁻⁵²·target, the ordinate is 0:
    /// the poorer rows' weights reach the target to within that rounding, and the partial term alone (1e-17 where the
    /// exact ordinate is 0, depending on the order of the additions) would turn an undefined Palma or S80/S20 into 1e16.
    /// </summary>
    internal static double Ordinate(double target, double before, double sBefore, double xi, double totalValue, int count) =>
        ZeroShare(target, before, sBefore, count) ? 0.0 : Share(sBefore, Math.Max(0.0, target - before) * xi, totalValue);

    // The rows before hold nothing and target − before is within (count + 1)·2⁻⁵²·target, a bound on the rounding of a
    // running sum of count positive weights near target (see Ordinate).
    private static bool ZeroShare(double target, double before, double sBefore, int count) =>
        sBefore == 0 && target - before <= (count + 1.0) * Math.ScaleB(target, -52);

    // (Sᵢ₋₁ + the partial term) / Sₙ, within [0, 1]; a positive share below half the least subnormal is rounded up
    // to it, not to 0, so that an ordinate is 0 only where the poorer rows hold nothing: the poorest 20 % holding
    // 2^-1076 of the income made S80/S20 "the poorest hold no income" at one scale of the incomes and "overflows" at
    // another (the ratio exceeds a double either way).
    private static double Share(double sBefore, double partial, double totalValue)
    {
        double held = sBefore + partial, share = held / totalValue;
        return share == 0 && held > 0 ? double.Epsilon : Math.Clamp(share, 0.0, 1.0);
    }

    private void EnsureTotals()
    {
        if (_totalsKnown)
            return;
        if (_cumulativeWeights is null)
        {
            // The decision of EnsureCumulative, from running sums that are not stored; unscaled, they are the totals
            // summed at creation (the same additions in the same order).
            bool scale = NeedsScaling();
            if (!scale && double.IsFinite(TotalWeight) && double.IsFinite(TotalValue))
                (_scaledWeight, _scaledValue) = (TotalWeight, TotalValue);
            else if (scale || !Cumulate(default, default, 1, 1, out _scaledWeight, out _scaledValue))
            {
                SetScales();
                Cumulate(default, default, _weightScale, _valueScale, out _scaledWeight, out _scaledValue);
            }
        }
        else
        {
            _scaledWeight = _cumulativeWeights[Count - 1];
            _scaledValue = _cumulativeValues![Count - 1];
        }
        _totalsKnown = true;
    }

    private void EnsureCumulative()
    {
        if (_cumulativeWeights is not null)
            return;
        double[] c = ArrayPool<double>.Shared.Rent(Count);
        double[] s = ArrayPool<double>.Shared.Rent(Count);
        // Products summed from their exponents (set by EnsureTotals' SetScales) take the weights' scale too: unscaled
        // weights beside them gave ordinates in two units (weights 1 and 1.8e308 on one income: Share 0, not p − q).
        if (_wideProducts || NeedsScaling() || !Cumulate(c, s, 1, 1, out _, out _))
        {
            SetScales();
            Cumulate(c, s, _weightScale, _valueScale, out _, out _);
        }
        _cumulativeWeights = c;
        _cumulativeValues = s;
    }

    // Every positive term wᵢxᵢ is at least (smallest positive weight) × (smallest positive value), the first
    // positive value in sorted order: when that bound is below 2^-960, or a sum overflows, the sums are taken scaled.
    // So are they when the largest weight is below 2^-960: the cumulative weights and a share of them (p·W) are then
    // near or below 2^-1022, where a double keeps few bits (weights of 5e-324 on incomes of 1e308 gave a Palma of 0).
    private bool NeedsScaling()
    {
        ReadOnlySpan<double> values = Values;
        int firstPositive = values.IndexOfAnyExceptInRange(0.0, 0.0);
        return firstPositive >= 0 && NeedsScaling(Scaling.MinPositive(Weights), Scaling.Max(Weights), values[firstPositive]);
    }

    /// <summary>
    /// Whether rows whose smallest positive weight is <paramref name="minPositiveWeight"/>, largest weight
    /// <paramref name="maxWeight"/> and first positive value <paramref name="firstPositiveValue"/> take the scaled sums
    /// (a product below 2^-960, or every weight below it): the test of
    /// <see cref="LorenzAt(ReadOnlySpan{double}, Span{double})"/> on a sample over sorted rows.
    /// </summary>
    internal static bool NeedsScaling(double minPositiveWeight, double maxWeight, double firstPositiveValue) =>
        minPositiveWeight * firstPositiveValue < Tiny || maxWeight < Tiny;

    // Overflow, or a term below 2^-960: the largest weight and value brought near 1 (exact powers of two). Where even
    // then a product of the smallest positive weight and value could fall below 2^-900 (the exponents of both spans
    // adding to more than 900: a weight 1e-300 of 1e300 on an income 1e-300), the value sums are taken from the
    // binary exponents, each term wᵢxᵢ in [1, 4)·2^(eᵢ − e_max) with e_max the largest exponent of a product, so that the
    // products keep their bits whatever the weights' span (the weights' own sums still scaled by WeightScale).
    private void SetScales()
    {
        double maxWeight = Scaling.Max(Weights);
        _weightScale = Scaling.PowerOfTwo(maxWeight);
        _valueScale = Scaling.PowerOfTwo(Values[Count - 1]);
        ReadOnlySpan<double> x = Values, w = Weights;
        int firstPositive = x.IndexOfAnyExceptInRange(0.0, 0.0);
        if (firstPositive < 0 || (long)Math.ILogB(Scaling.MinPositive(w)) - Math.ILogB(maxWeight)
            + Math.ILogB(x[firstPositive]) - Math.ILogB(x[^1]) >= -900)
            return;
        int top = int.MinValue;
        for (int i = firstPositive; i < x.Length; i++)
        {
            if (w[i] > 0)
                top = Math.Max(top, Math.ILogB(w[i]) + Math.ILogB(x[i]));
        }
        if (top == int.MinValue)
            return; // no positive weight on a positive value: the value sums are 0 either way
        _wideProducts = true;
        _productExponent = -top;
    }

    // wᵢxᵢ·2^_productExponent rounded once, from the mantissas and exponents (0 for a zero factor).
    private double WideProduct(double w, double x) => WideProduct(w, x, _productExponent);

    private static double WideProduct(double a, double b, int exponent)
    {
        if (!(a > 0 && b > 0))
            return 0.0;
        int ea = Math.ILogB(a), eb = Math.ILogB(b);
        return Math.ScaleB(Math.ScaleB(a, -ea) * Math.ScaleB(b, -eb), (int)Math.Clamp((long)ea + eb + exponent, -2200, 2200));
    }

    // The running sums of the scaled weights and products, stored in c and s unless they are empty; false when a sum overflows.
    private bool Cumulate(Span<double> c, Span<double> s, double weightScale, double valueScale, out double weight, out double value)
    {
        ReadOnlySpan<double> x = Values;
        ReadOnlySpan<double> w = Weights;
        double cw = 0, cs = 0;
        if (_wideProducts)
        {
            for (int i = 0; i < x.Length; i++)
            {
                cw += w[i] * weightScale;
                cs += WideProduct(w[i], x[i]);
                if (!c.IsEmpty)
                {
                    c[i] = cw;
                    s[i] = cs;
                }
            }
        }
        else if (c.IsEmpty)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double wi = w[i] * weightScale;
                cw += wi;
                cs += wi * (x[i] * valueScale);
            }
        }
        else
        {
            for (int i = 0; i < x.Length; i++)
            {
                double wi = w[i] * weightScale;
                cw += wi;
                cs += wi * (x[i] * valueScale);
                c[i] = cw;
                s[i] = cs;
            }
        }
        (weight, value) = (cw, cs);
        return double.IsFinite(cs) && double.IsFinite(cw);
    }

    private static readonly double Tiny = Math.ScaleB(1.0, -960);

    private static T[] Live<T>(T[]? array) =>
        array ?? throw new ObjectDisposedException(nameof(SortedWeightedSample));

    private static void Return(ref double[]? array)
    {
        if (array is not null)
            ArrayPool<double>.Shared.Return(array);
        array = null;
    }
}
