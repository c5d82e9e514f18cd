namespace LppdMetrics.Inequality;

/// <summary>
/// A function of the last income seen, kept for the next row: incomes in sorted order repeat (the whole-rupiah
/// incomes of a Susenas-like file of 10⁷ rows have about 1.5 million distinct values), so a measure that takes a
/// logarithm or a power of each income takes it once per run of equal incomes. The same bits as taking it every time:
/// the function is the same for equal incomes (+0 and −0 included, where the measures reach it).
/// </summary>
internal struct RepeatedIncome
{
    private double _income, _value;
    private bool _held;

    /// <summary>Whether <paramref name="income"/> is the income last kept; then <see cref="Value"/> is its function.</summary>
    public readonly bool Holds(double income) => _held && _income == income;

    /// <summary>The function of the income last kept.</summary>
    public readonly double Value => _value;

    /// <summary>Keeps <paramref name="value"/> as the function of <paramref name="income"/> and returns it.</summary>
    public double Keep(double income, double value)
    {
        (_income, _value, _held) = (income, value, true);
        return value;
    }
}
