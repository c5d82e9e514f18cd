namespace LppdMetrics.Numbers;

/// <summary>How <see cref="IndonesianNumber.Format(decimal, int, NumberFormatOptions?)"/> prints a negative value.</summary>
public enum NegativeNumberStyle
{
    /// <summary>A leading hyphen-minus: "-9,43%", "-0,28" (Tabel 2.1, line 543; the default).</summary>
    MinusSign = 0,

    /// <summary>Accounting parentheses around the number and its percent sign: "(6,10%)" (line 1347).</summary>
    Parentheses = 1,
}
