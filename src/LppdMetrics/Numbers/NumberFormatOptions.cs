namespace LppdMetrics.Numbers;

/// <summary>
/// How <see cref="IndonesianNumber.Format(decimal, int, NumberFormatOptions?)"/> prints a value: dot thousands
/// separators and a decimal comma always; the percent sign, its spacing, the negative style and the grouping are
/// options because LPPD tables print all variants ("8,16%", "100,00 %", "(6,10%)", "-9,43%").
/// </summary>
public sealed record NumberFormatOptions
{
    /// <summary>The defaults: no percent sign, minus sign for negatives, thousands dots ("1.263.650", "72,84", "-0,28").</summary>
    public static NumberFormatOptions Default { get; } = new();

    /// <summary>A percent sign directly after the number, minus sign for negatives ("8,16%", "-9,43%").</summary>
    public static NumberFormatOptions Percent { get; } = new() { PercentSign = true };

    /// <summary>Whether "%" follows the number. Default false.</summary>
    public bool PercentSign { get; init; }

    /// <summary>Whether a space separates the number from "%" ("100,00 %"). Ignored without <see cref="PercentSign"/>. Default false.</summary>
    public bool SpaceBeforePercent { get; init; }

    /// <summary>How a negative value is printed. Default <see cref="NegativeNumberStyle.MinusSign"/>.</summary>
    public NegativeNumberStyle NegativeStyle { get; init; } = NegativeNumberStyle.MinusSign;

    /// <summary>Whether the integer part is grouped by three with dots ("1.263.650"); false prints "1263650". Default true.</summary>
    public bool GroupThousands { get; init; } = true;
}
