using LppdMetrics.Bands;

namespace LppdMetrics.Spm;

/// <summary>
/// The SPM achievement categories (TUNTAS PARIPURNA, UTAMA, MADYA, PRATAMA, MUDA, BELUM TUNTAS) as band tables
/// (<see cref="BandTable{TGrade}"/> of the printed words). The index is classified unrounded
/// (<see cref="BandGapPolicy.LowerBand"/>): 99,996 is not Paripurna even though it prints as 100,00. An index below 0
/// is an error.
/// </summary>
/// <remarks>
/// What is known (LPPD Kabupaten Blitar 2024, docs/methods.md#spm-categories): 100,00 is TUNTAS PARIPURNA and 99,19 is TUNTAS UTAMA.
/// Nothing below that is printed, and the text of Permendagri 59/2021's annex was not available, so every lower
/// bound except Paripurna's is marked unverified (<see cref="Band{TGrade}.Verified"/>). The two candidate
/// tables agree with the printed words but disagree on Pendidikan 81,09 and Damkar 80,41 (Utama vs Madya).
/// </remarks>
public static class SpmCategoryTable
{
    /// <summary>
    /// Candidate A, 20-point bands, the default: Paripurna 100; Utama 80–&lt;100; Madya 60–&lt;80; Pratama 40–&lt;60;
    /// Muda 20–&lt;40; Belum Tuntas &lt;20. Source: recollection of Permendagri 59/2021 / Kemendagri e-SPM
    /// (docs/methods.md#spm-categories, scheme A). Only the Paripurna bound is verified.
    /// </summary>
    public static BandTable<string> TwentyPointBands { get; } = Table(
        "Permendagri 59/2021 as recollected (unverified below 100; docs/methods.md#spm-categories)", 20m, 40m, 60m, 80m);

    /// <summary>
    /// Candidate B, 10-point bands: Paripurna 100; Utama 90–&lt;100; Madya 80–&lt;90; Pratama 70–&lt;80; Muda 60–&lt;70;
    /// Belum Tuntas &lt;60. Source: a third-party education-SPM dashboard (Kalimantan Barat), not an authority
    /// (docs/methods.md#spm-categories). Only the Paripurna bound is verified.
    /// </summary>
    public static BandTable<string> TenPointBands { get; } = Table(
        "Kalimantan Barat education-SPM dashboard (third party, unverified below 100; docs/methods.md#spm-categories)", 60m, 70m, 80m, 90m);

    private static BandTable<string> Table(string source, decimal muda, decimal pratama, decimal madya, decimal utama) => new(
        source, source,
        [
            Word("BELUM TUNTAS", 0m),
            Word("TUNTAS MUDA", muda),
            Word("TUNTAS PRATAMA", pratama),
            Word("TUNTAS MADYA", madya),
            Word("TUNTAS UTAMA", utama),
            new Band<string>("TUNTAS PARIPURNA", "TUNTAS PARIPURNA", 100m, null),
        ],
        2, BandGapPolicy.LowerBand, minimum: 0m);

    private static Band<string> Word(string word, decimal lower) => new(word, word, lower, null) { Verified = false };
}
