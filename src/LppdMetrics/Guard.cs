using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LppdMetrics;

/// <summary>
/// The library's one argument-checking helper. Every public method validates through it so that error
/// messages have one shape: the parameter, the offending value and, for spans, its index.
/// </summary>
/// <remarks>
/// Messages are culture-invariant. NaN and infinities are always rejected explicitly: no NaN is ever
/// propagated into a result.
/// </remarks>
internal static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> is finite (not NaN, not ±∞).</summary>
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
            ThrowOutOfRange(paramName, value, "a finite number");
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public static void FiniteNonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value < 0)
            ThrowOutOfRange(paramName, value, "a finite number ≥ 0");
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public static void FinitePositive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value <= 0)
            ThrowOutOfRange(paramName, value, "a finite number > 0");
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly between <paramref name="low"/> and <paramref name="high"/>.</summary>
    public static void OpenInterval(double value, double low, double high, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value <= low || value >= high)
            ThrowOutOfRange(paramName, value, Invariant($"a number strictly between {Show(low)} and {Show(high)}"));
    }

    /// <summary>Throws unless the integer <paramref name="value"/> is ≥ <paramref name="minimum"/>.</summary>
    public static void AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {value}; expected at least {minimum}."));
    }

    /// <summary>Throws unless <paramref name="value"/> is ≥ 0.</summary>
    public static void NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {value}; expected a value ≥ 0."));
    }

    /// <summary>Throws unless <paramref name="value"/> is &gt; 0.</summary>
    public static void Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0)
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {value}; expected a value > 0."));
    }

    /// <summary>Throws an <see cref="ArgumentNullException"/> naming the parameter when <paramref name="value"/> is null.</summary>
    public static void NotNull([NotNull] object? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
            throw new ArgumentNullException(paramName, Invariant($"{paramName} is null; a value is required."));
    }

    /// <summary>Throws unless <paramref name="value"/> is a named member of <typeparamref name="TEnum"/>.</summary>
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {value}; expected a defined {typeof(TEnum).Name}."));
    }

    /// <summary>Throws at the first element of <paramref name="values"/> that is negative.</summary>
    public static void AllNonNegative(ReadOnlySpan<decimal> values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        for (int i = 0; i < values.Length; i++)
            if (values[i] < 0)
                throw new ArgumentException(Invariant($"{paramName}[{i}] is {values[i]}; expected a value ≥ 0."), paramName);
    }

    /// <summary>Throws unless <paramref name="lower"/> ≤ <paramref name="upper"/> when both are given.</summary>
    public static void Ordered(decimal? lower, decimal? upper, string lowerName, string upperName)
    {
        if (lower is { } lo && upper is { } hi && lo > hi)
            throw new ArgumentException(Invariant($"{lowerName} is {lo} but {upperName} is {hi}; expected {lowerName} ≤ {upperName}."), lowerName);
    }

    /// <summary>Throws unless <paramref name="values"/> is not empty.</summary>
    public static void NotEmpty<T>(ReadOnlySpan<T> values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        if (values.IsEmpty)
            throw new ArgumentException(Invariant($"{paramName} is empty; at least one element is required."), paramName);
    }

    /// <summary>Throws unless the two spans have the same length.</summary>
    public static void SameLength(int length, int otherLength, string paramName, string otherName)
    {
        if (length != otherLength)
            throw new ArgumentException(
                Invariant($"{otherName} has {otherLength} elements but {paramName} has {length}; they must have the same length."),
                otherName);
    }

    /// <summary>Throws unless <paramref name="value"/> is not zero (it is about to be a divisor).</summary>
    public static void NonZero(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value == 0)
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is 0; expected a non-zero value (it is the divisor)."));
    }

    /// <summary>Throws unless <paramref name="value"/> ≤ <paramref name="limit"/> (a part cannot exceed its whole).</summary>
    public static void AtMost(decimal value, decimal limit, string paramName, string limitName)
    {
        if (value > limit)
            throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {value}; expected a value ≤ {limitName} ({limit})."));
    }

    /// <summary>Throws unless <paramref name="values"/> has at least <paramref name="minimum"/> elements.</summary>
    public static void MinLength<T>(ReadOnlySpan<T> values, int minimum, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        if (values.Length < minimum)
            throw new ArgumentException(Invariant($"{paramName} has {values.Length} elements; at least {minimum} are required."), paramName);
    }

    /// <summary>Throws at the first element of <paramref name="values"/> that is zero (the elements are about to be divisors).</summary>
    public static void AllNonZero(ReadOnlySpan<decimal> values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        for (int i = 0; i < values.Length; i++)
            if (values[i] == 0)
                throw new ArgumentException(Invariant($"{paramName}[{i}] is 0; expected a non-zero value (it is a divisor)."), paramName);
    }

    /// <summary>Throws at the first element of <paramref name="values"/> that is not finite or is negative.</summary>
    public static void AllFiniteNonNegative(ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        // Four at a time (two 128-bit vectors: SSE2 and Neon have them, so the Native AOT build, compiled for any x64,
        // is vectorised too) while every element is in [0, ∞) (NaN fails both comparisons); the first four that are not
        // are searched element by element, so the error names the first bad index as before.
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref double start = ref MemoryMarshal.GetReference(values);
            Vector128<double> zero = Vector128<double>.Zero, infinity = Vector128.Create(double.PositiveInfinity);
            for (; i <= values.Length - 4; i += 4)
            {
                Vector128<double> a = Vector128.LoadUnsafe(ref start, (nuint)i), b = Vector128.LoadUnsafe(ref start, (nuint)(i + 2));
                // All lanes in range: every sign bit of the comparison masks set (a mask lane read as a double is NaN, so
                // the masks are tested by their bits, not compared as doubles).
                Vector128<double> inside = Vector128.GreaterThanOrEqual(a, zero) & Vector128.LessThan(a, infinity)
                    & Vector128.GreaterThanOrEqual(b, zero) & Vector128.LessThan(b, infinity);
                if (inside.ExtractMostSignificantBits() != 0b11)
                    break;
            }
        }
        for (; i < values.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v) || v < 0)
                ThrowElement(paramName, i, v, "a finite number ≥ 0");
        }
    }

    /// <summary>Throws unless the list or collection <paramref name="values"/> is not null and has at least one element.</summary>
    public static void HasItems<T>([NotNull] IReadOnlyCollection<T>? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        NotNull(values, paramName);
        if (values.Count == 0)
            throw new ArgumentException(Invariant($"{paramName} is empty; at least one element is required."), paramName);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> for <paramref name="paramName"/> with <paramref name="message"/>
    /// (which names the offending value or path) unless <paramref name="condition"/> holds.</summary>
    public static void That([DoesNotReturnIf(false)] bool condition, string? paramName, string message)
    {
        if (!condition)
            throw new ArgumentException(message, paramName);
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> for a decimal, naming the parameter, the value and what was expected;
    /// <paramref name="shownAs"/> names the element in the message (<c>series[0]</c>) when it is not the whole parameter.</summary>
    [DoesNotReturn]
    public static void ThrowDecimalOutOfRange(string? paramName, decimal value, string expected, string? shownAs = null) =>
        throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{shownAs ?? paramName} is {value}; expected {expected}."));

    /// <summary>Throws an <see cref="ArgumentException"/>: the weights named <paramref name="paramName"/> sum to 0.</summary>
    [DoesNotReturn]
    public static void ThrowZeroTotal(string? paramName) =>
        throw new ArgumentException(Invariant($"{paramName} sum to 0; at least one weight must be > 0."), paramName);

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the parameter, the value and what was expected.</summary>
    [DoesNotReturn]
    public static void ThrowOutOfRange(string? paramName, double value, string expected) =>
        throw new ArgumentOutOfRangeException(paramName, value, Invariant($"{paramName} is {Show(value)}; expected {expected}."));

    /// <summary>Throws an <see cref="ArgumentException"/> naming the parameter, the index and the value of a bad element.</summary>
    [DoesNotReturn]
    public static void ThrowElement(string? paramName, int index, double value, string expected) =>
        throw new ArgumentException(Invariant($"{paramName}[{index}] is {Show(value)}; expected {expected}."), paramName);

    /// <summary>
    /// The <see cref="ArgumentOutOfRangeException"/> to throw (<c>catch (OverflowException) { throw Guard.Overflow(…); }</c>)
    /// for inputs whose exact result exceeds the range of <see cref="decimal"/> (±7,9·10^28), instead of letting an
    /// <see cref="OverflowException"/> escape.
    /// </summary>
    /// <param name="paramName">The parameter.</param>
    /// <param name="value">Its value (or the element's).</param>
    /// <param name="expression">The computation that overflowed, as text.</param>
    /// <param name="shownAs">The element's name in the message (<c>series[3]</c>), when it is not the whole parameter.</param>
    public static ArgumentOutOfRangeException Overflow(string? paramName, object value, string expression, string? shownAs = null) =>
        new(paramName, value, Invariant($"{shownAs ?? paramName} is {value}; {expression} exceeds the range of decimal (±7.9e28)."));

    /// <summary>Formats a double for an error message (round-trip, invariant; NaN and ±∞ spelled out).</summary>
    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
