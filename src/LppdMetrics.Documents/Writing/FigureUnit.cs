namespace LppdMetrics.Documents.Writing;

/// <summary>The unit a figure is printed with, read from its printed text, so that the report shows it as printed.</summary>
public enum FigureUnit
{
    /// <summary>A bare number (a count, an index, a ratio).</summary>
    None = 0,

    /// <summary>A percentage: the printed text has a <c>%</c> sign (<c>94,60 %</c>); the value is in percent, not a fraction.</summary>
    Percent = 1,

    /// <summary>An amount in rupiah: the printed text starts with <c>Rp</c>.</summary>
    Rupiah = 2,
}
