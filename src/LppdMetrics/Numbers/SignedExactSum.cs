namespace LppdMetrics.Numbers;

/// <summary>
/// An order-independent sum of finite doubles of either sign: the positive and the negative terms are each summed
/// exactly (<see cref="ExactSum"/>), and the result is their difference, rounded twice at most.
/// </summary>
internal struct SignedExactSum
{
    private ExactSum _positive;
    private ExactSum _negative;

    /// <summary>Adds a finite value.</summary>
    public void Add(double value)
    {
        if (value >= 0)
            _positive.Add(value);
        else
            _negative.Add(-value);
    }

    /// <summary>The sum: (Σ positive) − (Σ |negative|), each part exact and rounded once.</summary>
    public readonly double ToDouble() => _positive.ToDouble() - _negative.ToDouble();
}
