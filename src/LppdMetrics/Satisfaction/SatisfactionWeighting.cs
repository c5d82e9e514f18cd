namespace LppdMetrics.Satisfaction;

/// <summary>The weight (<i>nilai penimbang</i>) each of the nine element NRRs receives in the IKM.</summary>
public enum SatisfactionWeighting
{
    /// <summary>Exactly 1/9 (PermenPANRB 14/2017: "jumlah bobot / jumlah unsur = 1/9"): the IKM is the mean of the nine NRRs. The default.</summary>
    ExactNinth = 0,

    /// <summary>
    /// The weight as the regulation's text prints it, 0,111. The weights then sum to 0,999, so every IKM is 0,1 %
    /// low, which moves results across bands: with all NRR = 3,535 the converted IKM is 88,375 (A) with 1/9 but
    /// 88,2866 (B) with 0,111 (docs/methods.md#ikm). Offered to reproduce spreadsheets that used it.
    /// </summary>
    PrintedThreeDecimals = 1,
}
