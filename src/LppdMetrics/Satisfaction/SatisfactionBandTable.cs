using LppdMetrics.Bands;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The IKM interval table as data (<see cref="BandTable{TGrade}"/> of quality letters): quality letter (grade, <i>mutu
/// pelayanan</i>, "A" to "D") and performance word (label, <i>kinerja unit pelayanan</i>) by converted IKM (25–100).
/// </summary>
public static class SatisfactionBandTable
{
    /// <summary>
    /// The interval table of PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat), as printed:
    /// D Tidak Baik 25,00–64,99 (1,00–2,5996); C Kurang Baik 65,00–76,60 (2,60–3,064); B Baik 76,61–88,30
    /// (3,0644–3,532); A Sangat Baik 88,31–100,00 (3,5324–4,00). Transcribed from an implementation document
    /// (docs/methods.md#ikm); the IKM-scale bounds (in brackets) are exactly the converted bounds / 25, so the table
    /// holds the converted ones. Printed precision 2 decimals; gaps closed by
    /// <see cref="BandGapPolicy.RoundToPrintedPrecision"/> (the default: the report prints IKM to 2 decimals and
    /// classifies the printed value; <see cref="BandGapPolicy.LowerBand"/> truncates instead). A converted value below
    /// 25 (only with the printed weight 0,111: 0,999 × 25 = 24,975) falls in D; outside 0–100 it is an error.
    /// </summary>
    public static BandTable<string> PermenPanRb14Of2017 { get; } = new(
        "PermenPANRB 14/2017",
        "PermenPANRB 14/2017, nilai interval konversi IKM (docs/methods.md#ikm)",
        [
            new Band<string>("D", "Tidak Baik", 25.00m, 64.99m),
            new Band<string>("C", "Kurang Baik", 65.00m, 76.60m),
            new Band<string>("B", "Baik", 76.61m, 88.30m),
            new Band<string>("A", "Sangat Baik", 88.31m, 100.00m),
        ],
        2, BandGapPolicy.RoundToPrintedPrecision, minimum: 0m, maximum: 100.00m);
}
