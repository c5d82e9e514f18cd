namespace LppdMetrics.Composite;

/// <summary>
/// The composite indices LPPD Kabupaten Blitar 2024 uses, as <see cref="CompositeIndex"/> definitions
/// (docs/methods.md#composite). Each evaluates with <see cref="CompositeIndex.Evaluate(ReadOnlySpan{decimal})"/>.
/// </summary>
public static class CompositeIndices
{
    /// <summary>
    /// IKLH (Indeks Kualitas Lingkungan Hidup) = 0,30·IKA + 0,30·IKU + 0,40·ITH (water, air and land-cover quality,
    /// each 0–100), as the report states it (line 3418). KLHK's post-2020 kabupaten/kota method weights differently;
    /// build that set with <see cref="CompositeIndex.WeightedSum"/> if needed. 2 decimals.
    /// </summary>
    public static CompositeIndex EnvironmentalQualityIndex { get; } = CompositeIndex.WeightedSum(
        "composite.iklh", "IKLH (Indeks Kualitas Lingkungan Hidup)",
        "LPPD Kabupaten Blitar 2024 line 3418 (KLHK): IKLH = 0,30 IKA + 0,30 IKU + 0,40 ITH",
        [
            new("IKA", "Indeks Kualitas Air, 0–100", 0.30m),
            new("IKU", "Indeks Kualitas Udara, 0–100", 0.30m),
            new("ITH", "Indeks Tutupan Hutan / lahan, 0–100", 0.40m),
        ]);

    /// <summary>
    /// Indeks SPBE (Sistem Pemerintahan Berbasis Elektronik) = Σ ND_j × BD_j over the four domains (domain index ND on
    /// the 0–5 scale, domain weight BD): Kebijakan 13 %, Tata Kelola 25 %, Manajemen 16,5 %, Layanan 45,5 % (PermenPANRB
    /// 59/2020; the report names the formula at lines 2893–2895 but not the weights; confirm them for other years).
    /// 2 decimals (3,77).
    /// </summary>
    public static CompositeIndex ElectronicGovernmentIndex { get; } = CompositeIndex.WeightedSum(
        "composite.spbe", "Indeks SPBE",
        "PermenPANRB 59/2020 (Evaluasi SPBE): Indeks = Σ ND × BD; LPPD Kabupaten Blitar 2024 lines 2893–2895",
        [
            new("ND_Kebijakan", "domain index Kebijakan SPBE, 0–5", 0.13m),
            new("ND_TataKelola", "domain index Tata Kelola SPBE, 0–5", 0.25m),
            new("ND_Manajemen", "domain index Manajemen SPBE, 0–5", 0.165m),
            new("ND_Layanan", "domain index Layanan SPBE, 0–5", 0.455m),
        ]);

    /// <summary>
    /// Indeks Inovasi Daerah (IID) = skor total / skor total maksimum × 100 (Kemendagri/BSKDN; LPPD line 2905). 2 decimals.
    /// </summary>
    public static CompositeIndex RegionalInnovationIndex { get; } = CompositeIndex.Ratio(
        "composite.iid", "Indeks Inovasi Daerah (IID)",
        "Kemendagri (BSKDN) Indeks Inovasi Daerah; LPPD Kabupaten Blitar 2024 line 2905: skor / skor maksimum × 100",
        new("skor", "total innovation score"),
        new("skor_maks", "maximum total score"));

    /// <summary>
    /// Persentase Desa Mandiri = desa mandiri / jumlah desa × 100, over the 220 desa (kelurahan excluded): 111 / 220 →
    /// 50,45 (LPPD line 2899; docs/methods.md#composite). 2 decimals. A denominator of 0 gives an undefined value.
    /// </summary>
    public static CompositeIndex IndependentVillagePercent { get; } = CompositeIndex.Ratio(
        "desa-mandiri", "Persentase Desa Mandiri",
        "IDM (Kemendesa PDTT); LPPD Kabupaten Blitar 2024 line 2899: Σ desa mandiri / Σ desa × 100 (220 desa)",
        new("mandiri", "number of desa with IDM status Mandiri"),
        new("desa", "number of desa (excluding kelurahan)"));

    /// <summary>
    /// A share (<i>persentase</i>, <i>kontribusi</i>, <i>proporsi</i>) = bagian / keseluruhan × 100: a part of a whole
    /// in percent (BPS usage; LPPD Blitar 2024: PNS laki-laki 2.232 / 5.860 = 38,09 % printed 38,08 %, line 416;
    /// kontribusi PAD 450.176.248.736,07 / 2.661.802.922.631,07 = 16,91 %, Tabel 1.7 line 531; docs/methods.md#share).
    /// 2 decimals. The part is not required to be ≤ the whole (a report may compare against a different base); a whole
    /// of 0 gives an undefined value.
    /// </summary>
    public static CompositeIndex Share { get; } = CompositeIndex.Ratio(
        "share", "Persentase (bagian / keseluruhan × 100)",
        "BPS: persentase = bagian / keseluruhan × 100 (docs/methods.md#share: Share = part / whole × 100)",
        new("bagian", "the part (count or amount)"),
        new("keseluruhan", "the whole, in the part's unit"));

    /// <summary>
    /// Indeks Risiko Bencana (disaster risk index) = Ancaman × Kerentanan / Kapasitas (hazard × vulnerability /
    /// capacity; BNPB; LPPD line 3416). Lower is better (negative polarity). 2 decimals. A capacity of 0 gives an
    /// undefined value.
    /// </summary>
    public static CompositeIndex DisasterRiskIndex { get; } = CompositeIndex.Product(
        "composite.risk", "Indeks Risiko Bencana",
        "BNPB (Indeks Risiko Bencana Indonesia); LPPD Kabupaten Blitar 2024 line 3416: Risiko = Ancaman × Kerentanan / Kapasitas",
        [
            new("H", "ancaman (hazard)"),
            new("V", "kerentanan (vulnerability)"),
            new("C", "kapasitas (capacity)", Divides: true),
        ]);
}
