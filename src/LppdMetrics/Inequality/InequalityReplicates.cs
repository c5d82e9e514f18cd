using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>
/// The measures of an <see cref="InequalityProfile"/> on bootstrap replicates of data sorted once: the replicate weight
/// of a row is w·m, m the Rao–Wu multiplier of its PSU.
/// </summary>
/// <remarks>
/// <para><b>Order-based measures</b> (Gini, S80/S20, Palma) re-weight the sorted rows (w·m, the product the other
/// bootstraps form) and take the kernels of the full sample: <see cref="Gini.OfSorted"/> and the one-pass Lorenz
/// ordinates — no re-sorting, O(n) per replicate; the Gini is the bits of <see cref="GiniPrecision.Bootstrap"/>'s.</para>
/// <para><b>Moment measures</b> (Theil, MLD, Atkinson) are sums Σ w·m·f(y/μ_b) over the rows, μ_b the replicate's mean.
/// With c the full-sample mean, r = y/c and ρ = c/μ_b = W_b/R_b (W_b = Σ w·m, R_b = Σ w·m·r), every one is a
/// combination of per-PSU totals computed once (each an exact sum rounded once):
/// Theil_b = ρ·Σ m·T_p / W_b + ln ρ with T_p = Σ w·r·ln r; MLD_b = −Σ m·L_p / W_b − ln ρ with L_p = Σ w·ln r;
/// A(1)_b = 1 − exp(−MLD_b); A(ε)_b = 1 − ρ·(Σ m·P_p / W_b)^(1/(1−ε)) with P_p = Σ w·r^(1−ε). A replicate then costs
/// O(number of PSUs) for them instead of a logarithm or a power per row; the sums over PSUs are exact, so a replicate
/// value differs from the row-by-row one only by the rounding of the terms (about 1e-15 of max(1, value): ln ρ, like
/// the definition's ln(y/μ_b) and 1 − ede/μ_b, carries a rounding of a few ulp of 1, so a measure near 0 — one income
/// on a weight 2^260 of the others, MLD 1e-79 — is 0 to within that; the tests bound it). When a term would leave the range where that holds (incomes more than 2^±400 from the mean, a
/// term or total beyond a double or below 2^-900), every replicate is computed row by row by
/// <see cref="InequalityProfile.Compute"/> instead, and so is a replicate whose drawn PSUs' largest weights are more
/// than 2^100 apart (its PSU totals would lose bits at its scale).</para>
/// <para><b>Scale.</b> Every path reads the replicate weights w·m at the replicate's own power of two
/// (<see cref="ReplicateWeights"/>), and the moment totals each PSU's weights at its own: the results depend on the
/// weights only through their ratios, so any finite weights are bootstrapped and the weights (or the incomes) times
/// any exact power of two give the same bits. A replicate whose weights span more than a double holds at one scale
/// (2^2022) has no S80/S20 or Palma (nor, where it is computed row by row, any measure but the Gini), with that reason.</para>
/// </remarks>
internal sealed class InequalityReplicates
{
    private static readonly double Far = Math.ScaleB(1.0, 400);

    private readonly double[] _values;
    private readonly double[] _weights;
    private readonly int[] _psuOf;
    private readonly IReadOnlyList<double> _epsilons;
    private readonly string[] _names;
    private readonly bool _rowByRow;
    private readonly GiniReplicates _giniReplicates;
    private readonly double[] _estimates;
    private readonly int _gini;
    // For each bootstrapped measure, the index of its Atkinson aversion in _epsilons (−1: not an Atkinson index).
    private readonly int[] _epsilonOf;
    private readonly string?[] _failures;
    // Whether S80/S20 or Palma is bootstrapped (they need the Lorenz ordinates of each replicate).
    private readonly bool _ratios;
    // Per thread: the replicate weights of the rows, and one lane's multipliers by PSU.
    private readonly ThreadLocal<(double[] RowWeights, double[] Lane)> _scratch;
    // Per PSU: W_p, R_p, T_p, L_p, then P_p(ε) per Atkinson ε (columns of one row per PSU), each of the PSU's weights
    // multiplied by 2^_exponents[p] (its largest brought into [1, 2)).
    private readonly double[][] _totals = [];
    private readonly int[] _exponents = [];

    /// <param name="values">Income sorted ascending.</param>
    /// <param name="weights">Weights in that order, each tie canonical (weight, then PSU).</param>
    /// <param name="psuOf">The PSU index of each sorted row.</param>
    /// <param name="psuCount">The number of PSUs.</param>
    /// <param name="profile">The full-sample profile: which measures are bootstrapped (the available ones, in its order) and the mean c.</param>
    /// <param name="epsilons">The Atkinson aversions of the profile.</param>
    public InequalityReplicates(double[] values, double[] weights, int[] psuOf, int psuCount, InequalityProfile profile, IReadOnlyList<double> epsilons)
    {
        _values = values;
        _weights = weights;
        _psuOf = psuOf;
        _epsilons = epsilons;
        _names = profile.Measures.Where(m => m.Value is not null).Select(m => m.Name).ToArray();
        _giniReplicates = new GiniReplicates(values, weights, psuOf, psuCount, "income");
        _estimates = profile.Measures.Where(m => m.Value is not null).Select(m => m.Value!.Value).ToArray();
        _gini = Array.IndexOf(_names, "gini");
        List<string> atkinson = epsilons.Select(InequalityProfile.AtkinsonName).ToList();
        _epsilonOf = _names.Select(n => atkinson.IndexOf(n)).ToArray();
        _failures = new string?[_names.Length];
        _ratios = _names.Contains("s80s20") || _names.Contains("palma");
        _scratch = new ThreadLocal<(double[], double[])>(() => (new double[values.Length], new double[psuCount]));
        // The moment totals take the incomes relative to the mean c. Where the mean is below the normal range or 0 (incomes
        // of 1e-320), it is taken on the incomes times the power of two that brings the largest to 2^1000 (exact; the
        // measures do not depend on the scale of the incomes), so that c keeps its bits: the same as on the incomes
        // at any scale where the mean is normal.
        double c = profile.Mean;
        double[] incomes = values;
        double highest = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (weights[i] > 0)
                highest = values[i]; // ascending: the last income on a positive weight
        }
        int lift = highest > 0 ? 1000 - Math.ILogB(highest) : 0;
        if (!double.IsNormal(c) && lift > 0)
        {
            // the rows above the last positive weight (weight 0: in no sum) are lifted as that row, not beyond a double
            incomes = [.. values.Select(y => Math.ScaleB(Math.Min(y, highest), lift))];
            using var lifted = SortedWeightedSample.OverSorted(incomes, weights, incomes.Length, "weights");
            c = lifted.Mean;
        }
        _rowByRow = !(double.IsNormal(c) && c > 0) || incomes.Any(y => y > 0 && (y / c > Far || y / c < 1 / Far));
        if (!_rowByRow)
        {
            _totals = PsuTotals(incomes, weights, psuOf, psuCount, c, epsilons, out _exponents, out bool extreme);
            _rowByRow = extreme;
        }
    }

    /// <summary>The full-sample estimates of the bootstrapped measures (the profile's available ones, in its order).</summary>
    public double[] Estimates => _estimates;

    /// <summary>
    /// The measures of <see cref="Bootstrap.Lanes"/> replicates (a <see cref="ReplicateBlock"/>): the Gini of all lanes
    /// in one pass of <see cref="GiniReplicates"/>, the others lane by lane; NaN for a measure undefined on a replicate.
    /// </summary>
    public void Evaluate(ReadOnlySpan<double> multipliers, Span<double> values)
    {
        const int Lanes = Statistics.Bootstrap.Lanes;
        int gini = _gini;
        bool giniByLane = false;
        try
        {
            _giniReplicates.Evaluate(multipliers, values.Slice(gini * Lanes, Lanes));
        }
        catch (ArgumentException)
        {
            giniByLane = true; // a replicate with no income: find which, lane by lane
        }
        (double[] rowWeights, double[] lane) = _scratch.Value!;
        Span<double> l = stackalloc double[4];
        Span<double> ordinates = stackalloc double[Lanes * 4];
        Span<bool> ordinary = stackalloc bool[Lanes];
        bool ratios = !_rowByRow && _ratios;
        if (ratios)
            RatioOrdinates(multipliers, ordinates, ordinary);
        var reasons = new string?[_names.Length];
        for (int r = 0; r < Lanes; r++)
        {
            for (int p = 0; p < lane.Length; p++)
                lane[p] = multipliers[p * Lanes + r];
            // the rows' replicate weights, where a path still reads them: row by row, the Gini alone, or a lane whose
            // ratio ordinates are not ordinary (RatioOrdinates) or not taken with the others (no ratio bootstrapped:
            // the lane's sample still refuses a replicate with no weight or income, as before)
            // Row by row: every replicate (extreme totals), or one whose drawn PSUs' largest weights are more than 2^100
            // apart, where a PSU's totals brought to the replicate's scale would lose bits among the subnormals.
            bool byRows = _rowByRow || Spread(lane);
            bool alone = !byRows && !(ratios && ordinary[r]);
            // The products w·m at the replicate's own power of two (exact, so the measures are those of the products,
            // whatever the scale of the weights); not exact when the replicate's weights span more than 2^2022.
            bool exact = true;
            if (byRows || alone)
                exact = ReplicateWeights.Scale(_weights, _psuOf, lane, rowWeights);
            if (ratios && ordinary[r])
                ordinates.Slice(r * 4, 4).CopyTo(l);
            Array.Clear(reasons);
            try
            {
                if (giniByLane)
                    values[gini * Lanes + r] = Gini.OfReplicate(_values, _weights, _psuOf, lane, "income");
                Lane(values, r, gini, rowWeights, exact, byRows, lane, alone, l, reasons);
            }
            catch (ArgumentException ex)
            {
                // The replicate drew no income (or no weight): every measure not yet computed is undefined on it.
                for (int k = 0; k < _names.Length; k++)
                {
                    if (k != gini || giniByLane)
                    {
                        values[k * Lanes + r] = double.NaN;
                        reasons[k] ??= InequalityProfile.Reason(ex);
                    }
                }
            }
            // A measure undefined on this replicate: its reason is kept, and a finite stand-in (the full-sample estimate)
            // lets the others' bootstrap run on; the measure gets no standard error.
            for (int k = 0; k < _names.Length; k++)
            {
                if (double.IsNaN(values[k * Lanes + r]))
                {
                    Fail(k, reasons[k] ?? "the measure is undefined");
                    values[k * Lanes + r] = _estimates[k];
                }
            }
        }
    }

    /// <summary>Why measure <paramref name="k"/> (in the order of the bootstrapped measures) is undefined on some replicate; null when it never is.</summary>
    public string? Failure(int k) => _failures[k];

    // The first reason in ordinal order, so that the message does not depend on which thread saw which replicate.
    private void Fail(int k, string reason)
    {
        lock (_failures)
        {
            if (_failures[k] is null || string.CompareOrdinal(reason, _failures[k]) < 0)
                _failures[k] = reason;
        }
    }

    // Every measure but the Gini for lane r, whose replicate weights are rowWeights (exact: the products at the lane's
    // scale, where they are read) and PSU multipliers lane; the reason of a measure undefined on it goes to reasons.
    // l holds the lane's ratio ordinates unless alone (then they are taken here from rowWeights).
    private void Lane(Span<double> values, int r, int gini, double[] rowWeights, bool exact, bool byRows, double[] lane, bool alone, Span<double> l, string?[] reasons)
    {
        const int Lanes = Statistics.Bootstrap.Lanes;
        if (!exact)
        {
            // The replicate's weights cannot be held in doubles at one scale (they span more than 2^2022): the measures
            // read from its rows (all of them where the PSU totals are too extreme to be combined) are not computed.
            for (int k = 0; k < _names.Length; k++)
            {
                if (k != gini && (byRows || _names[k] is "s80s20" or "palma"))
                {
                    values[k * Lanes + r] = double.NaN;
                    reasons[k] = Unrepresentable;
                }
            }
            if (byRows)
                return;
            l.Fill(double.NaN);
        }
        if (byRows)
        {
            InequalityProfile replicate = InequalityProfile.Compute(_values, rowWeights, _epsilons);
            for (int k = 0; k < _names.Length; k++)
            {
                if (k != gini)
                {
                    values[k * Lanes + r] = replicate[_names[k]].Value ?? double.NaN;
                    reasons[k] = replicate[_names[k]].Unavailable;
                }
            }
            return;
        }
        if (alone && exact)
        {
            using var sample = SortedWeightedSample.OverSorted(_values, rowWeights, rowWeights.Length, "weights");
            sample.LorenzAt(IncomeShares.RatioShares, l);
        }
        int scale = Scale(lane);
        double w = Combine(lane, scale, 0), rho = w / Combine(lane, scale, 1), logRho = Math.Log(rho);
        double mld = -Combine(lane, scale, 3) / w - logRho;
        for (int k = 0; k < _names.Length; k++)
        {
            if (k == gini)
                continue;
            values[k * Lanes + r] = _names[k] switch
            {
                "theil" => Math.Max(0.0, rho * Combine(lane, scale, 2) / w + logRho),
                "meanLogDeviation" => Math.Max(0.0, mld),
                "s80s20" or "palma" when !exact => double.NaN,
                "s80s20" => Ratio(InequalityProfile.TryRatio("s80s20", l[0], l[2], 0.2, "S80/S20"), out reasons[k]),
                "palma" => Ratio(InequalityProfile.TryRatio("palma", l[1], l[3], 0.4, "Palma"), out reasons[k]),
                _ => Atkinson(lane, scale, _epsilonOf[k], w, rho, mld),
            };
        }
    }

    /// <summary>
    /// The four Lorenz ordinates of S80/S20 and Palma (<see cref="IncomeShares.RatioShares"/>) of every lane of a block,
    /// in two passes over the sorted rows for all lanes: the totals, then the running sums. Each lane's additions are
    /// those of <see cref="SortedWeightedSample.OverSorted"/> and <see cref="SortedWeightedSample.LorenzAt(ReadOnlySpan{double}, Span{double})"/>
    /// on its re-weighted rows, in the same order, so the ordinates are the same bits. A lane is <paramref name="ordinary"/>
    /// when that sample takes its plain sums: its weight and income totals above 0 and finite, no product small enough
    /// to be scaled, nor every weight below 2^-960. The others are left to that sample (which scales, or refuses the lane).
    /// </summary>
    private void RatioOrdinates(ReadOnlySpan<double> multipliers, Span<double> ordinates, Span<bool> ordinary)
    {
        const int Lanes = Statistics.Bootstrap.Lanes; // 8: two vectors of four
        ReadOnlySpan<double> shares = IncomeShares.RatioShares;
        double[] x = _values, w = _weights;
        int[] psu = _psuOf;
        int n = x.Length;
        ref double m0 = ref MemoryMarshal.GetReference(multipliers);
        // Pass 1: each lane's totals Σ w·m and Σ (w·m)·y (the products rounded, then added: no fused multiply-add, as
        // the one-lane sums), its smallest positive w·m and its largest.
        Vector256<double> infinity = Vector256.Create(double.PositiveInfinity), zero = Vector256<double>.Zero;
        Vector256<double> twA = zero, twB = zero, tvA = zero, tvB = zero, leastA = infinity, leastB = infinity, mostA = zero, mostB = zero;
        for (int i = 0; i < n; i++)
        {
            var wi = Vector256.Create(w[i]);
            var xi = Vector256.Create(x[i]);
            nuint at = (nuint)psu[i] * Lanes;
            var rwA = wi * Vector256.LoadUnsafe(ref m0, at);
            var rwB = wi * Vector256.LoadUnsafe(ref m0, at + 4);
            twA += rwA;
            twB += rwB;
            tvA += rwA * xi;
            tvB += rwB * xi;
            leastA = Vector256.ConditionalSelect(Vector256.GreaterThan(rwA, zero) & Vector256.LessThan(rwA, leastA), rwA, leastA);
            leastB = Vector256.ConditionalSelect(Vector256.GreaterThan(rwB, zero) & Vector256.LessThan(rwB, leastB), rwB, leastB);
            mostA = Vector256.Max(mostA, rwA);
            mostB = Vector256.Max(mostB, rwB);
        }
        Span<double> tw = stackalloc double[Lanes], tv = stackalloc double[Lanes], least = stackalloc double[Lanes], most = stackalloc double[Lanes];
        twA.CopyTo(tw); twB.CopyTo(tw[4..]);
        tvA.CopyTo(tv); tvB.CopyTo(tv[4..]);
        leastA.CopyTo(least); leastB.CopyTo(least[4..]);
        mostA.CopyTo(most); mostB.CopyTo(most[4..]);
        int firstPositive = x.AsSpan().IndexOfAnyExceptInRange(0.0, 0.0);
        Span<int> next = stackalloc int[Lanes];
        Span<double> target = stackalloc double[Lanes];
        int open = 0;
        for (int r = 0; r < Lanes; r++)
        {
            ordinary[r] = tw[r] > 0 && double.IsFinite(tw[r]) && tv[r] > 0 && double.IsFinite(tv[r])
                && double.IsNormal(least[r]) && double.IsFinite(most[r])
                && !(firstPositive >= 0 && SortedWeightedSample.NeedsScaling(least[r], most[r], x[firstPositive]));
            next[r] = ordinary[r] ? 0 : shares.Length;
            target[r] = ordinary[r] ? shares[0] * tw[r] : double.PositiveInfinity;
            if (ordinary[r])
                open += shares.Length;
        }
        // Pass 2: the running sums; a lane whose sum reaches its next target takes the ordinate there (LorenzAt's rule:
        // the first row whose cumulative weight is ≥ p·W, the last row when none).
        Vector256<double> cwA = zero, cwB = zero, csA = zero, csB = zero;
        var targetA = Vector256.Create(target[..4]);
        var targetB = Vector256.Create(target[4..]);
        Span<double> before = stackalloc double[Lanes], sBefore = stackalloc double[Lanes], cw = stackalloc double[Lanes];
        for (int i = 0; i < n && open > 0; i++)
        {
            var wi = Vector256.Create(w[i]);
            var xi = Vector256.Create(x[i]);
            nuint at = (nuint)psu[i] * Lanes;
            var rwA = wi * Vector256.LoadUnsafe(ref m0, at);
            var rwB = wi * Vector256.LoadUnsafe(ref m0, at + 4);
            Vector256<double> beforeA = cwA, beforeB = cwB, sBeforeA = csA, sBeforeB = csB;
            cwA += rwA;
            cwB += rwB;
            csA += rwA * xi;
            csB += rwB * xi;
            bool last = i == n - 1;
            if (!last && (Vector256.GreaterThanOrEqual(cwA, targetA) | Vector256.GreaterThanOrEqual(cwB, targetB)) == Vector256<double>.Zero)
                continue;
            // a lane crossed a target (four times per lane in the whole pass), or the last row: lane by lane
            cwA.CopyTo(cw); cwB.CopyTo(cw[4..]);
            beforeA.CopyTo(before); beforeB.CopyTo(before[4..]);
            sBeforeA.CopyTo(sBefore); sBeforeB.CopyTo(sBefore[4..]);
            for (int r = 0; r < Lanes; r++)
            {
                while (next[r] < shares.Length && (cw[r] >= shares[next[r]] * tw[r] || last))
                {
                    int k = next[r]++;
                    ordinates[r * 4 + k] = shares[k] == 1 ? 1.0 : SortedWeightedSample.Ordinate(shares[k] * tw[r], before[r], sBefore[r], x[i], tv[r], n);
                    open--;
                }
                target[r] = next[r] < shares.Length ? shares[next[r]] * tw[r] : double.PositiveInfinity;
            }
            targetA = Vector256.Create(target[..4]);
            targetB = Vector256.Create(target[4..]);
        }
    }

    private double Atkinson(ReadOnlySpan<double> multipliers, int scale, int e, double w, double rho, double mld)
    {
        double epsilon = _epsilons[e];
        if (epsilon == 0)
            return 0.0;
        if (LppdMetrics.Inequality.Atkinson.IsNearOne(epsilon))
        {
            // The PSU totals hold Σ w·((y/c)^(1−ε) − 1): ln(ede/μ_b) = ln ρ + log1p(M_c − 1)/(1 − ε), as Atkinson.OfMoments.
            double log = Math.Log(rho) + Scaling.LogP1(Combine(multipliers, scale, 4 + e) / w) / (1.0 - epsilon);
            return Math.Clamp(-Scaling.ExpM1(log), 0.0, 1.0);
        }
        double ede = epsilon == 1 ? Math.Exp(-mld) : rho * Math.Pow(Combine(multipliers, scale, 4 + e) / w, 1.0 / (1.0 - epsilon));
        return Math.Clamp(1.0 - ede, 0.0, 1.0);
    }

    private const string Unrepresentable = "the replicate's weights (the full-sample weights times its PSU multipliers) span more "
        + "than a double holds at one scale (2^2022 between the largest and the smallest), so this measure is not computed on it";

    private static double Ratio(InequalityMeasure ratio, out string? reason)
    {
        reason = ratio.Unavailable;
        return ratio.Value ?? double.NaN;
    }

    private static bool Extreme(double x) => !double.IsFinite(x) || (x != 0 && Math.Abs(x) < Tiny);

    private static readonly double Tiny = Math.ScaleB(1.0, -900);

    // The PSU total's term of A(ε) for income y (r = y/c): (y/c)^(1−ε), or for ε near 1 (y/c)^(1−ε) − 1 through expm1,
    // whose digits the power would lose (Atkinson's remarks).
    private static double Power(double y, double r, double c, double epsilon) =>
        LppdMetrics.Inequality.Atkinson.IsNearOne(epsilon) ? LppdMetrics.Inequality.Atkinson.PowerMinusOne(y, c, epsilon) : Math.Pow(r, 1.0 - epsilon);

    // The replicate's power of two: the least of the drawn PSUs' exponents, that of the PSU with the largest weight
    // (0 when no PSU with a weight is drawn: every total is then 0).
    private int Scale(ReadOnlySpan<double> multipliers)
    {
        int scale = NoWeight;
        for (int p = 0; p < _exponents.Length; p++)
        {
            if (multipliers[p] > 0)
                scale = Math.Min(scale, _exponents[p]);
        }
        return scale == NoWeight ? 0 : scale;
    }

    // Whether the drawn PSUs' largest weights are more than 2^100 apart: a PSU's totals (each 0 or at least 2^-900 at its
    // own scale) brought to the replicate's scale could then fall below the normal range and lose bits (a replicate
    // whose only income is on a PSU 2^1074 below the largest had its R_b rounded to 0, and its Theil came out ∞).
    private bool Spread(ReadOnlySpan<double> multipliers)
    {
        if (_rowByRow)
            return true;
        int least = NoWeight, most = -NoWeight;
        for (int p = 0; p < _exponents.Length; p++)
        {
            if (multipliers[p] > 0 && _exponents[p] != NoWeight)
            {
                least = Math.Min(least, _exponents[p]);
                most = Math.Max(most, _exponents[p]);
            }
        }
        return least != NoWeight && most - least > 100;
    }

    // The exponent of a PSU without weight (its totals are 0): above any scale, so it never sets one.
    private const int NoWeight = 1 << 20;

    // Σ_p m_p·X_p·2^(scale − e_p), the replicate's total with every weight multiplied by 2^scale (its largest in
    // [1, 2)): the terms exact sums, rounded once. A PSU 2^1000 below the replicate's largest goes subnormal or 0, a
    // loss below 2^-1000 of the total. Where no term leaves the normal range, these are the bits of one scale for all
    // replicates times a power of two, so every ratio of them is the same bits on any scale.
    private double Combine(ReadOnlySpan<double> multipliers, int scale, int column)
    {
        double[] totals = _totals[column];
        var sum = new SignedExactSum();
        for (int p = 0; p < totals.Length; p++)
        {
            if (multipliers[p] == 0)
                continue; // not drawn (its shift may be upward: no 0·∞)
            int shift = scale - _exponents[p];
            sum.Add(multipliers[p] * (shift == 0 ? totals[p] : Math.ScaleB(totals[p], shift)));
        }
        return sum.ToDouble();
    }

    // extreme: a term or total beyond a double, or a nonzero one below 2^-900 (weights 2^-1000 of the largest, a power
    // (y/c)^(1−ε) of a large ε), where a replicate made of such rows alone would lose its digits: then every replicate
    // is computed row by row instead.
    private static double[][] PsuTotals(double[] values, double[] weights, int[] psuOf, int psuCount, double c, IReadOnlyList<double> epsilons, out int[] exponents, out bool extreme)
    {
        extreme = false;
        // The rows of each PSU together (a counting sort of the row indices by PSU), so that each total is one exact sum.
        int n = values.Length;
        int[] start = new int[psuCount + 1];
        foreach (int p in psuOf)
            start[p + 1]++;
        for (int p = 0; p < psuCount; p++)
            start[p + 1] += start[p];
        int[] rows = new int[n];
        int[] next = (int[])start.Clone();
        for (int i = 0; i < n; i++)
            rows[next[psuOf[i]]++] = i;
        var totals = new double[4 + epsilons.Count][];
        for (int k = 0; k < totals.Length; k++)
            totals[k] = new double[psuCount];
        // Each PSU's weights brought near 1 by a power of two of its own (exact; every moment measure depends only on
        // the ratios of the weights, and Combine brings a replicate's PSUs to one scale): a PSU of weights 1e-280 keeps
        // its digits beside one of 1e300, so a replicate drawing only such PSUs still has its totals.
        exponents = new int[psuCount];
        var sums = new SignedExactSum[totals.Length];
        var last = new RepeatedIncome[totals.Length];
        for (int p = 0; p < psuCount; p++)
        {
            Array.Clear(sums);
            double largest = 0;
            for (int j = start[p]; j < start[p + 1]; j++)
                largest = Math.Max(largest, weights[rows[j]]);
            double ws = largest > 0 ? Scaling.PowerOfTwo(largest) : 1.0;
            exponents[p] = largest > 0 ? Math.ILogB(ws) : NoWeight;
            for (int j = start[p]; j < start[p + 1]; j++)
            {
                int i = rows[j];
                double wi = weights[i] * ws, yi = values[i];
                if (wi == 0)
                    continue;
                double r = yi / c;
                extreme |= Extreme(wi) | Extreme(wi * r);
                sums[0].Add(wi);
                sums[1].Add(wi * r);
                if (yi > 0)
                {
                    double log = last[2].Holds(yi) ? last[2].Value : last[2].Keep(yi, Scaling.LogRatio(yi, c));
                    extreme |= Extreme(wi * r * log) | Extreme(wi * log);
                    sums[2].Add(wi * r * log);
                    sums[3].Add(wi * log);
                }
                for (int e = 0; e < epsilons.Count; e++)
                {
                    double epsilon = epsilons[e];
                    if (epsilon is 0 or 1 || (yi == 0 && epsilon > 1))
                        continue; // A(0) = 0 and A(1) from the MLD; A(ε > 1) with a zero income is unavailable on the full sample
                    double term = wi * (last[4 + e].Holds(yi) ? last[4 + e].Value : last[4 + e].Keep(yi, Power(yi, r, c, epsilon)));
                    extreme |= Extreme(term);
                    sums[4 + e].Add(term);
                }
            }
            for (int k = 0; k < totals.Length; k++)
            {
                totals[k][p] = sums[k].ToDouble();
                extreme |= Extreme(totals[k][p]);
            }
        }
        return totals;
    }
}
