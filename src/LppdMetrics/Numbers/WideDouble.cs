namespace LppdMetrics.Numbers;

/// <summary>
/// A non-negative number m·2^e with a double mantissa m in [1, 2) (or 0) and a 64-bit binary exponent: the
/// arithmetic of a double (one rounding per operation) without overflow or underflow, for the rare kernel inputs
/// whose products span more than the double range (weights of 1e300 on values of 1e-300). Deterministic: every
/// operation is a fixed sequence of IEEE operations and exact power-of-two scalings.
/// </summary>
internal readonly struct WideDouble
{
    private readonly double _mantissa;
    private readonly long _exponent;

    private WideDouble(double mantissa, long exponent)
    {
        _mantissa = mantissa;
        _exponent = exponent;
    }

    /// <summary>Zero.</summary>
    public static WideDouble Zero => default;

    /// <summary>The mantissa, in [1, 2) (0 for zero).</summary>
    public double Mantissa => _mantissa;

    /// <summary>The binary exponent (0 for zero).</summary>
    public long Exponent => _exponent;

    /// <summary>Whether this is 0.</summary>
    public bool IsZero => _mantissa == 0;

    /// <summary>m·2^e brought to a mantissa in [1, 2) (exact; subnormal m included).</summary>
    public static WideDouble Of(double m, long e = 0)
    {
        if (m == 0)
            return default;
        int k = Math.ILogB(m);
        return new WideDouble(Math.ScaleB(m, -k), e + k);
    }

    /// <summary>The product, rounded once.</summary>
    public static WideDouble operator *(WideDouble a, WideDouble b) => Of(a._mantissa * b._mantissa, a._exponent + b._exponent);

    /// <summary>The quotient, rounded once; b must not be 0.</summary>
    public static WideDouble operator /(WideDouble a, WideDouble b) => Of(a._mantissa / b._mantissa, a._exponent - b._exponent);

    /// <summary>The sum of two non-negative numbers, rounded once (the smaller is dropped below 2^-64 of the larger,
    /// where it cannot change the rounded sum).</summary>
    public static WideDouble operator +(WideDouble a, WideDouble b)
    {
        if (b._mantissa == 0)
            return a;
        if (a._mantissa == 0)
            return b;
        if (a._exponent < b._exponent)
            (a, b) = (b, a);
        long shift = a._exponent - b._exponent;
        return shift > 64 ? a : Of(a._mantissa + Math.ScaleB(b._mantissa, -(int)shift), a._exponent);
    }

    /// <summary>The nearest double (0 below the subnormals, ∞ above the range); callers convert only results in [0, 1].</summary>
    public double ToDouble() =>
        _mantissa == 0 ? 0 : Math.ScaleB(_mantissa, (int)Math.Clamp(_exponent, -2000, 2000));
}
