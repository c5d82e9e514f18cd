using System.Globalization;

namespace LppdMetrics.Tests.Macro;

/// <summary>Reads a number as the report prints it: "1.009.799", "4,77", "(6,10%)" (parentheses = negative).</summary>
internal static class Printed
{
    public static decimal Parse(string text)
    {
        string t = text.Trim().TrimEnd('%');
        bool negative = t.StartsWith('(') && t.EndsWith(')') || t.StartsWith('(') && t.EndsWith("%)");
        t = t.Trim('(', ')').TrimEnd('%').Replace(".", "").Replace(',', '.');
        decimal v = decimal.Parse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return negative ? -v : v;
    }
}
