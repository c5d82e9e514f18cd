namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// A method of computing the human development index: its goalposts, units, category boundaries and printed
/// precision, as data. A revision of the goalposts is a new instance, not new code
/// (<c>HumanDevelopmentMethod.Bps2010 with { ExpenditureMax = … }</c>).
/// </summary>
/// <remarks>
/// <para>Both built-in methods share the structure of the UNDP HDI since 2010: health index
/// (UHH − min)/(max − min); education index = mean of HLS/max and RLS/max; expenditure (income) index
/// (ln x − ln min)/(ln max − ln min); index = 100 · ∛(health · education · expenditure).</para>
/// <para>The minima of schooling are 0 in both methods, so they are not parameters. A custom instance is checked
/// when it is used: every goalpost finite, each minimum below its maximum, the expenditure minimum &gt; 0 (it is
/// log-transformed), the category boundaries ascending, the printed precision 0–28.</para>
/// </remarks>
public sealed record HumanDevelopmentMethod
{
    /// <summary>The stable rule id of the trace ("ipm.bps2010", "hdi.undp2020").</summary>
    public required string Rule { get; init; }

    /// <summary>A readable name ("BPS metode baru (2010)").</summary>
    public required string Name { get; init; }

    /// <summary>Where the goalposts come from.</summary>
    public required string Source { get; init; }

    /// <summary>Life expectancy at birth (UHH), minimum goalpost, years. BPS and UNDP: 20.</summary>
    public double LifeExpectancyMin { get; init; } = 20;

    /// <summary>Life expectancy at birth (UHH), maximum goalpost, years. BPS and UNDP: 85.</summary>
    public double LifeExpectancyMax { get; init; } = 85;

    /// <summary>Expected years of schooling (HLS), maximum and cap, years. BPS and UNDP: 18.</summary>
    public double ExpectedSchoolingMax { get; init; } = 18;

    /// <summary>Mean years of schooling (RLS), maximum and cap, years. BPS and UNDP: 15.</summary>
    public double MeanSchoolingMax { get; init; } = 15;

    /// <summary>Expenditure (income) minimum goalpost, in <see cref="ExpenditureUnit"/>; must be &gt; 0.</summary>
    public required double ExpenditureMin { get; init; }

    /// <summary>Expenditure (income) maximum goalpost, in <see cref="ExpenditureUnit"/>.</summary>
    public required double ExpenditureMax { get; init; }

    /// <summary>The unit the expenditure input and goalposts are in ("thousand rupiah per person per year, constant 2012 prices, PPP-adjusted").</summary>
    public required string ExpenditureUnit { get; init; }

    /// <summary>What happens to a life expectancy or expenditure above its maximum; <see cref="AboveMaximumPolicy.Cap"/> by default.</summary>
    public AboveMaximumPolicy AboveMaximum { get; init; } = AboveMaximumPolicy.Cap;

    /// <summary>The decimals the index is printed with on its 0–100 scale (BPS 2; UNDP prints 3 decimals of 0–1, i.e. 1 here).</summary>
    public int PrintedDecimals { get; init; } = 2;

    /// <summary>Lowest printed index that is <see cref="HumanDevelopmentCategory.Medium"/> (BPS 60, UNDP 55).</summary>
    public decimal MediumFrom { get; init; } = 60m;

    /// <summary>Lowest printed index that is <see cref="HumanDevelopmentCategory.High"/> (BPS and UNDP 70).</summary>
    public decimal HighFrom { get; init; } = 70m;

    /// <summary>Lowest printed index that is <see cref="HumanDevelopmentCategory.VeryHigh"/> (BPS and UNDP 80).</summary>
    public decimal VeryHighFrom { get; init; } = 80m;

    /// <summary>
    /// BPS "metode baru" (since 2014, back-cast to 2010): UHH 20–85, HLS 0–18, RLS 0–15, adjusted per-capita
    /// expenditure Rp 1.007.436–26.572.352 a year (given here in thousand rupiah: 1007,436–26572,352), categories
    /// 60/70/80, printed to 2 decimals. Reproduces BPS's national IPM 2018, 2023 and 2024 exactly.
    /// </summary>
    public static HumanDevelopmentMethod Bps2010 { get; } = new()
    {
        Rule = "ipm.bps2010",
        Name = "BPS metode baru (2010)",
        Source = "BPS, Indeks Pembangunan Manusia metode baru (goalposts: ipm.bps.go.id)",
        ExpenditureMin = 1007.436,
        ExpenditureMax = 26572.352,
        ExpenditureUnit = "thousand rupiah per person per year, constant 2012 prices, PPP-adjusted (Rp 000)",
    };

    /// <summary>
    /// UNDP Human Development Index (technical notes since HDR 2020): life expectancy 20–85, expected schooling
    /// 0–18, mean schooling 0–15, GNI per capita $100–$75.000 (2017 PPP), groups 55/70/80 on the 0–100 scale
    /// (0,550/0,700/0,800), printed to 3 decimals of 0–1 (1 decimal here).
    /// </summary>
    public static HumanDevelopmentMethod Undp2020 { get; } = new()
    {
        Rule = "hdi.undp2020",
        Name = "UNDP HDI (2017 PPP $)",
        Source = "UNDP Human Development Report, Technical notes (HDI goalposts)",
        ExpenditureMin = 100,
        ExpenditureMax = 75000,
        ExpenditureUnit = "GNI per capita, 2017 PPP dollars",
        PrintedDecimals = 1,
        MediumFrom = 55m,
    };

    /// <summary>Checks that the goalposts make a well-defined index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A goalpost is not finite or out of order, the expenditure minimum ≤ 0, the boundaries are not ascending, or the precision is outside 0–28.</exception>
    internal void Validate()
    {
        Guard.Finite(LifeExpectancyMin);
        Guard.Finite(LifeExpectancyMax);
        if (LifeExpectancyMax <= LifeExpectancyMin)
            Guard.ThrowOutOfRange(nameof(LifeExpectancyMax), LifeExpectancyMax, $"a value > LifeExpectancyMin ({Guard.Show(LifeExpectancyMin)})");
        Guard.FinitePositive(ExpectedSchoolingMax);
        Guard.FinitePositive(MeanSchoolingMax);
        Guard.FinitePositive(ExpenditureMin);
        Guard.Finite(ExpenditureMax);
        if (ExpenditureMax <= ExpenditureMin)
            Guard.ThrowOutOfRange(nameof(ExpenditureMax), ExpenditureMax, $"a value > ExpenditureMin ({Guard.Show(ExpenditureMin)})");
        Guard.Defined(AboveMaximum);
        if ((uint)PrintedDecimals > Numbers.ReportRounding.MaxDecimals)
            Guard.ThrowOutOfRange(nameof(PrintedDecimals), PrintedDecimals, "0 to 28");
        Guard.Ordered(MediumFrom, HighFrom, nameof(MediumFrom), nameof(HighFrom));
        Guard.Ordered(HighFrom, VeryHighFrom, nameof(HighFrom), nameof(VeryHighFrom));
    }
}
