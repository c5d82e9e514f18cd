namespace LppdMetrics.Accountability;

/// <summary>
/// The letter grade of a SAKIP evaluation (<i>Sistem Akuntabilitas Kinerja Instansi Pemerintah</i>, nilai AKIP),
/// from worst to best. The numeric order is the order of the score.
/// </summary>
public enum SakipGrade
{
    /// <summary>D, Sangat Kurang: 0–30.</summary>
    D = 0,

    /// <summary>C, Kurang: above 30 to 50.</summary>
    C = 1,

    /// <summary>CC, Cukup: above 50 to 60.</summary>
    CC = 2,

    /// <summary>B, Baik: above 60 to 70.</summary>
    B = 3,

    /// <summary>BB, Sangat Baik: above 70 to 80.</summary>
    BB = 4,

    /// <summary>A, Memuaskan: above 80 to 90.</summary>
    A = 5,

    /// <summary>AA, Sangat Memuaskan: above 90 to 100.</summary>
    AA = 6,
}
