namespace LppdMetrics.Satisfaction;

/// <summary>
/// How a converted IKM that falls in a gap of the printed interval table is classified. The printed converted
/// intervals leave gaps of 0,01 (64,99 | 65,00; 76,60 | 76,61; 88,30 | 88,31) and the IKM-scale intervals gaps of
/// 0,0004 (2,5996 | 2,60; 3,064 | 3,0644; 3,532 | 3,5324); an unrounded value such as 88,305 lies in no printed
/// interval. Both rules give the same band for every value outside a gap.
/// </summary>
public enum IkmBandClosing
{
    /// <summary>
    /// Round the converted IKM half away from zero to the table's printed precision (2 decimals), then look it up:
    /// at that precision the printed intervals are contiguous, so every value 25–100 has exactly one band
    /// (88,305 → 88,31 → A; 88,304 → 88,30 → B). The default: the report prints IKM to 2 decimals and classifies
    /// the printed value.
    /// </summary>
    RoundToPrintedPrecision = 0,

    /// <summary>
    /// Use only the lower bounds: a band runs from its printed lower bound up to (excluding) the next band's lower
    /// bound, so a gap belongs to the band below it (88,305 → B; 88,31 → A). Equivalent to truncating to 2 decimals.
    /// </summary>
    LowerBounds = 1,
}
