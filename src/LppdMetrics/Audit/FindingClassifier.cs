using System.Globalization;
using LppdMetrics.Numbers;

namespace LppdMetrics.Audit;

/// <summary>Compares a printed value with its recomputation at the printed precision.</summary>
internal static class FindingClassifier
{
    /// <summary>The start of the explanation of a figure printed truncated instead of rounded.</summary>
    public const string TruncatedPrefix = "truncated instead of rounded";

    /// <summary>
    /// Match when Round(value, d) equals the printed value; Rounding when a wide alternative (the range the rounded
    /// printed inputs allow) holds it, or when it is off by exactly one unit in the last printed digit and truncation,
    /// or an alternative (rounded intermediates), gives the printed value; Mismatch otherwise.
    /// </summary>
    public static (FindingStatus Status, string? Why) Classify(decimal reported, int decimals, decimal value, IReadOnlyList<Alternative> alternatives)
    {
        decimal rounded = ReportRounding.Round(value, decimals);
        decimal difference = reported - rounded;
        if (difference == 0)
            return (FindingStatus.Match, null);
        foreach (var wide in alternatives.Where(a => a.Wide))
        {
            if (ReportRounding.Round(wide.Low, decimals) <= reported && reported <= ReportRounding.Round(wide.High, decimals))
                return (FindingStatus.Rounding, "rounding of the printed inputs: " + wide.Why);
        }
        decimal ulp = ReportRounding.UnitInLastPlace(decimals);
        if (Math.Abs(difference) != ulp)
            return (FindingStatus.Mismatch, null);
        if (ReportRounding.Truncate(value, decimals) == reported)
            return (FindingStatus.Rounding, string.Create(CultureInfo.InvariantCulture,
                $"{TruncatedPrefix}: {value} cut to {decimals} decimals gives {reported}, rounding gives {rounded}"));
        foreach (var alternative in alternatives)
        {
            decimal low = ReportRounding.Round(alternative.Low, decimals);
            decimal high = ReportRounding.Round(alternative.High, decimals);
            if (low <= reported && reported <= high)
                return (FindingStatus.Rounding, "rounding of intermediates: " + alternative.Why);
        }
        return (FindingStatus.Mismatch, null);
    }
}
