namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The status category of a human development index (BPS <i>status pembangunan manusia</i>; UNDP HDI groups).
/// </summary>
/// <remarks>
/// The boundaries are data of the <see cref="HumanDevelopmentMethod"/> (<see cref="HumanDevelopmentMethod.MediumFrom"/>,
/// <see cref="HumanDevelopmentMethod.HighFrom"/>, <see cref="HumanDevelopmentMethod.VeryHighFrom"/>). Each lower
/// boundary belongs to the upper category (BPS: rendah &lt; 60 ≤ sedang &lt; 70 ≤ tinggi &lt; 80 ≤ sangat tinggi, so
/// exactly 70,00 is tinggi), and the value classified is the index as printed (rounded to the method's printed
/// precision), because that is the figure a report states and classifies.
/// </remarks>
public enum HumanDevelopmentCategory
{
    /// <summary><i>Rendah</i> (low): below <see cref="HumanDevelopmentMethod.MediumFrom"/> (BPS 60).</summary>
    Low = 0,

    /// <summary><i>Sedang</i> (medium): from <see cref="HumanDevelopmentMethod.MediumFrom"/> (60) up to, not including, <see cref="HumanDevelopmentMethod.HighFrom"/> (70).</summary>
    Medium = 1,

    /// <summary><i>Tinggi</i> (high): from <see cref="HumanDevelopmentMethod.HighFrom"/> (70) up to, not including, <see cref="HumanDevelopmentMethod.VeryHighFrom"/> (80).</summary>
    High = 2,

    /// <summary><i>Sangat tinggi</i> (very high): from <see cref="HumanDevelopmentMethod.VeryHighFrom"/> (BPS 80) up.</summary>
    VeryHigh = 3,
}
