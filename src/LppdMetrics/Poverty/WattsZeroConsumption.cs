namespace LppdMetrics.Poverty;

/// <summary>
/// What the Watts index does with a poor observation whose consumption is 0, where ln(z/y) is infinite.
/// </summary>
/// <remarks>
/// The Watts index (1/W) Σ_{poor} w·ln(z/y) has no finite value when a poor person has y = 0. Agencies differ:
/// the library refuses by default; the World Bank's Poverty and Inequality Platform (wbpip
/// <c>md_compute_watts</c>) skips those observations in the sum and keeps them in the population W.
/// </remarks>
public enum WattsZeroConsumption
{
    /// <summary>The index is undefined (the default): an error, or no value, naming the first such observation.</summary>
    Refuse = 0,

    /// <summary>
    /// The World Bank PIP convention: observations with y = 0 add nothing to the sum Σ w·ln(z/y) but still count
    /// in the population W. The result understates the poverty of the zero-consumption poor; say so when reporting it.
    /// </summary>
    Exclude = 1,
}
