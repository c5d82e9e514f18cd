namespace LppdMetrics.Accountability;

/// <summary>
/// The polarity an indicator has by its meaning (<i>polaritas indikator</i>), for the indicators of an LPPD whose
/// direction is a property of the indicator itself (docs/methods.md#polarity): an audit compares it with the
/// polarity a report scored the indicator with ("polarity suspicious"). Unknown indicators give null: the catalogue
/// never guesses.
/// </summary>
/// <remarks>
/// Lower is better (<see cref="Polarity.Negative"/>): poverty headcount, depth and severity (P0, P1, P2; BPS; also
/// worded "Angka/Tingkat Kemiskinan"), mortality rates ("Angka Kematian Bayi/Ibu/Balita"), stunting prevalence, the Gini
/// ratio (BPS), open unemployment (TPT; BPS Sakernas), the disaster risk index (BNPB), and ICOR (Incremental
/// Capital-Output Ratio = investasi / ΔPDRB: less investment per unit of extra output is more efficient; Bappenas).
/// Higher is better (<see cref="Polarity.Positive"/>): IPM, economic growth, PDRB per capita, TPAK, IKLH.
/// Persentase PPKS is deliberately absent: the report defines it as a coverage (higher is better) but scores it as a
/// prevalence (lower is better) (docs/methods.md#polarity). Matching is by a keyword in the name, case-insensitive, ordinal;
/// a keyword of several words with white space of any kind left out of both (a PDF's wrapped "PendudukMiskin", a no-break
/// space, two spaces), a keyword of one word as printed (so "Energi Nilai" does not hold "Gini").
/// </remarks>
public static class IndicatorPolarities
{
    private static readonly (string Keyword, Polarity Polarity, string Why)[] Catalogue =
    [
        ("ICOR", Polarity.Negative, "ICOR (investasi / ΔPDRB): lower means more output per rupiah invested"),
        ("Incremental Capital", Polarity.Negative, "ICOR (investasi / ΔPDRB): lower means more output per rupiah invested"),
        ("Penduduk Miskin", Polarity.Negative, "poverty headcount (BPS P0): lower is better"),
        ("Kedalaman Kemiskinan", Polarity.Negative, "poverty gap index (BPS P1): lower is better"),
        ("Keparahan Kemiskinan", Polarity.Negative, "poverty severity index (BPS P2): lower is better"),
        ("Angka Kemiskinan", Polarity.Negative, "poverty rate (BPS P0): lower is better"),
        ("Tingkat Kemiskinan", Polarity.Negative, "poverty rate (BPS P0): lower is better"),
        ("Angka Kematian", Polarity.Negative, "mortality rate (AKB, AKI, AKABA; Kemenkes, BPS): lower is better"),
        ("Prevalensi Stunting", Polarity.Negative, "stunting prevalence (Kemenkes SSGI): lower is better"),
        ("Gini", Polarity.Negative, "Gini ratio (BPS): lower is more equal"),
        ("Pengangguran", Polarity.Negative, "open unemployment rate (TPT, BPS Sakernas): lower is better"),
        ("Risiko Bencana", Polarity.Negative, "disaster risk index (BNPB): lower is better"),
        ("Resiko Bencana", Polarity.Negative, "disaster risk index (BNPB): lower is better"),
        ("Indeks Pembangunan Manusia", Polarity.Positive, "IPM (BPS): higher is better"),
        ("Pertumbuhan Ekonomi", Polarity.Positive, "economic growth (BPS): higher is better"),
        ("PDRB per kapita", Polarity.Positive, "PDRB per capita (BPS): higher is better"),
        ("Partisipasi Angkatan Kerja", Polarity.Positive, "TPAK (BPS Sakernas): higher is better"),
        ("Kualitas Lingkungan Hidup", Polarity.Positive, "IKLH (KLHK): higher is better"),
    ];

    /// <summary>
    /// The polarity of the indicator named <paramref name="indicator"/> (the first catalogue keyword it contains,
    /// case-insensitive: "ICOR" → negative), or null when the catalogue does not know it.
    /// </summary>
    /// <param name="indicator">The indicator's name or a label that begins with it ("ICOR: capaian 2024").</param>
    /// <returns>The polarity, or null for an unknown indicator (also for an empty name).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static Polarity? Of(string indicator) => Find(indicator)?.Polarity;

    /// <summary>Why <see cref="Of"/> gives the polarity it gives: the indicator and its direction, one phrase; null when unknown.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <returns>The reason, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static string? Reason(string indicator) => Find(indicator)?.Why;

    private static (string Keyword, Polarity Polarity, string Why)? Find(string indicator)
    {
        Guard.NotNull(indicator);
        string name = WithoutSpaces(indicator);
        foreach (var entry in Catalogue)
            if (entry.Keyword.Contains(' ', StringComparison.Ordinal)
                    ? name.Contains(WithoutSpaces(entry.Keyword), StringComparison.OrdinalIgnoreCase)
                    : indicator.Contains(entry.Keyword, StringComparison.OrdinalIgnoreCase))
                return entry;
        return null;
    }

    // A keyword of several words is matched with white space of any kind left out of both sides: a name as a PDF
    // wrapped it ("Penduduk" / "Miskin" read as "PendudukMiskin"), with a no-break space, or with two spaces still names
    // the indicator. A keyword of one word is matched as printed, so that it cannot be formed across two words
    // ("Energi Nilai" does not hold "Gini").
    private static string WithoutSpaces(string text) =>
        text.Any(char.IsWhiteSpace) ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;
}
