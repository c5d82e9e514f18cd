using System.Globalization;

namespace LppdMetrics.Inequality;

/// <summary>
/// Grouped (tabulated) distribution data: for each group, in ascending order of income or expenditure, its
/// share of the population and its share of total income/expenditure (BPS <i>kelompok pengeluaran</i>,
/// deciles or expenditure classes). The points (cumulative population, cumulative welfare) are the
/// empirical Lorenz curve that <see cref="GroupedGini"/> and <see cref="ParametricLorenz"/> work on.
/// </summary>
/// <remarks>
/// Validation (every failure is an <see cref="ArgumentException"/> naming the parameter, the group index and
/// the value): at least two groups; every share finite and ≥ 0 (negative values rejected); each series summing
/// to 1 within <see cref="SumTolerance"/> (shares, not percent); every group's population and welfare share
/// &gt; 0, so that both cumulative series are strictly increasing; and groups in ascending order of their mean
/// (welfare share ÷ population share non-decreasing, relative tolerance 1e-9), so that the Lorenz curve is
/// convex. Accepted series are rescaled to sum to exactly 1.
/// </remarks>
public sealed class GroupedShares
{
    /// <summary>How far from 1 the shares may sum before they are rejected: 1e-6.</summary>
    public const double SumTolerance = 1e-6;

    private readonly double[] _population;
    private readonly double[] _welfare;
    private readonly double[] _cumulativePopulation;
    private readonly double[] _cumulativeWelfare;

    private GroupedShares(double[] population, double[] welfare)
    {
        _population = population;
        _welfare = welfare;
        _cumulativePopulation = Cumulate(population);
        _cumulativeWelfare = Cumulate(welfare);
    }

    /// <summary>The number of groups.</summary>
    public int Count => _population.Length;

    /// <summary>Each group's population share (sums to 1), in ascending order of income.</summary>
    public IReadOnlyList<double> PopulationShares => _population;

    /// <summary>Each group's income/expenditure share (sums to 1), in ascending order of income.</summary>
    public IReadOnlyList<double> WelfareShares => _welfare;

    /// <summary>The Lorenz abscissae p_i = Σ_{j≤i} population share; the last is exactly 1.</summary>
    public IReadOnlyList<double> CumulativePopulation => _cumulativePopulation;

    /// <summary>The Lorenz ordinates L_i = Σ_{j≤i} welfare share; the last is exactly 1.</summary>
    public IReadOnlyList<double> CumulativeWelfare => _cumulativeWelfare;

    internal ReadOnlySpan<double> P => _cumulativePopulation;

    internal ReadOnlySpan<double> L => _cumulativeWelfare;

    internal ReadOnlySpan<double> PopulationSpan => _population;

    /// <summary>Creates grouped data from per-group shares.</summary>
    /// <param name="populationShares">Each group's share of the population (0–1), ascending income order.</param>
    /// <param name="welfareShares">Each group's share of total income/expenditure (0–1), same order.</param>
    /// <returns>The validated grouped data.</returns>
    /// <exception cref="ArgumentException">A rule in the remarks is broken; the message says which, where and the value.</exception>
    public static GroupedShares FromShares(ReadOnlySpan<double> populationShares, ReadOnlySpan<double> welfareShares)
    {
        Guard.SameLength(populationShares.Length, welfareShares.Length, nameof(populationShares), nameof(welfareShares));
        CheckCount(populationShares.Length, nameof(populationShares));
        Guard.AllFiniteNonNegative(populationShares);
        Guard.AllFiniteNonNegative(welfareShares);
        return Create(populationShares, welfareShares, nameof(populationShares), nameof(welfareShares), cumulative: false);
    }

    // The checks shared by both forms, each error named after the caller's parameter: per-group shares, or the
    // differences of cumulative ones (whose sum is the last cumulative point).
    private static GroupedShares Create(ReadOnlySpan<double> populationShares, ReadOnlySpan<double> welfareShares,
        string populationName, string welfareName, bool cumulative)
    {
        double[] population = Normalise(populationShares, populationName, cumulative);
        double[] welfare = Normalise(welfareShares, welfareName, cumulative);
        CheckIncreasing(population, populationName);
        CheckIncreasing(welfare, welfareName);
        CheckAscendingMeans(population, welfare, populationName, welfareName, cumulative);
        return new GroupedShares(population, welfare);
    }

    /// <summary>Creates grouped data from the points of an empirical Lorenz curve.</summary>
    /// <param name="cumulativePopulation">Cumulative population shares p_i, strictly increasing, the last 1 (within 1e-6).</param>
    /// <param name="cumulativeWelfare">Cumulative welfare shares L_i, strictly increasing, the last 1 (within 1e-6).</param>
    /// <returns>The validated grouped data.</returns>
    /// <exception cref="ArgumentException">The points break a rule in the remarks of <see cref="GroupedShares"/>.</exception>
    public static GroupedShares FromCumulative(ReadOnlySpan<double> cumulativePopulation, ReadOnlySpan<double> cumulativeWelfare)
    {
        Guard.SameLength(cumulativePopulation.Length, cumulativeWelfare.Length, nameof(cumulativePopulation), nameof(cumulativeWelfare));
        CheckCount(cumulativePopulation.Length, nameof(cumulativePopulation));
        Guard.AllFiniteNonNegative(cumulativePopulation);
        Guard.AllFiniteNonNegative(cumulativeWelfare);
        return Create(Differences(cumulativePopulation, nameof(cumulativePopulation)), Differences(cumulativeWelfare, nameof(cumulativeWelfare)),
            nameof(cumulativePopulation), nameof(cumulativeWelfare), cumulative: true);
    }

    private static double[] Differences(ReadOnlySpan<double> cumulative, string paramName)
    {
        var shares = new double[cumulative.Length];
        double previous = 0;
        for (int i = 0; i < cumulative.Length; i++)
        {
            if (cumulative[i] <= previous)
                throw new ArgumentException(Invariant(
                    $"{paramName}[{i}] is {Guard.Show(cumulative[i])}, not above the previous point {Guard.Show(previous)}; cumulative shares must be strictly increasing."),
                    paramName);
            shares[i] = cumulative[i] - previous;
            previous = cumulative[i];
        }
        return shares;
    }

    private static void CheckCount(int count, string paramName)
    {
        if (count < 2)
            throw new ArgumentException(Invariant($"{paramName} has {count} groups; at least 2 are required."), paramName);
    }

    private static double[] Normalise(ReadOnlySpan<double> shares, string paramName, bool cumulative)
    {
        double sum = 0;
        foreach (double s in shares)
            sum += s;
        if (Math.Abs(sum - 1) > SumTolerance)
            throw new ArgumentException(Invariant(
                $"{paramName} {(cumulative ? "ends at" : "sum to")} {Guard.Show(sum)}; expected 1 within {Guard.Show(SumTolerance)} (shares, not percent)."), paramName);
        var result = new double[shares.Length];
        for (int i = 0; i < shares.Length; i++)
            result[i] = shares[i] / sum;
        return result;
    }

    private static void CheckIncreasing(double[] shares, string paramName)
    {
        for (int i = 0; i < shares.Length; i++)
            if (shares[i] <= 0)
                throw new ArgumentException(Invariant(
                    $"{paramName}[{i}] is {Guard.Show(shares[i])}; every group needs a share > 0 so that the cumulative shares are strictly increasing."),
                    paramName);
    }

    private static void CheckAscendingMeans(double[] population, double[] welfare, string populationName, string welfareName, bool cumulative)
    {
        string of = cumulative ? "the increase of " : "";
        for (int i = 1; i < population.Length; i++)
        {
            double before = welfare[i - 1] / population[i - 1];
            double now = welfare[i] / population[i];
            if (now < before * (1 - 1e-9))
                throw new ArgumentException(Invariant(
                    $"{of}{welfareName}[{i}] / {of}{populationName}[{i}] is {Guard.Show(now)}, below group {i - 1}'s {Guard.Show(before)}; groups must be in ascending order of income."),
                    welfareName);
        }
    }

    private static double[] Cumulate(double[] shares)
    {
        var cumulative = new double[shares.Length];
        double sum = 0;
        for (int i = 0; i < shares.Length; i++)
        {
            sum += shares[i];
            cumulative[i] = sum;
        }
        cumulative[^1] = 1;
        return cumulative;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
