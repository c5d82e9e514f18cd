using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Poverty;

/// <summary>
/// The Foster–Greer–Thorbecke poverty indices of a population at a poverty line: P0 (headcount ratio, persentase
/// penduduk miskin), P1 (poverty gap, indeks kedalaman kemiskinan) and P2 (severity, indeks keparahan kemiskinan).
/// </summary>
/// <remarks>
/// Pα = (1/W) Σ_{i poor} wᵢ ((z − yᵢ)/z)^α, W = Σ wᵢ (BPS; Foster, Greer and Thorbecke 1984). All three are
/// fractions in [0, 1] with 0 ≤ P2 ≤ P1 ≤ P0 ≤ 1 (BPS prints P0 ×100 as a percentage and P1, P2 ×100 as index
/// values: that is presentation).
/// </remarks>
/// <param name="P0">Headcount ratio: the weighted share of the population that is poor; fraction.</param>
/// <param name="P1">Poverty gap index: the mean normalised gap (z − y)/z, counting 0 for the non-poor; fraction.</param>
/// <param name="P2">Poverty severity index: the mean squared normalised gap; fraction.</param>
/// <param name="PoorPopulation">The weighted number of poor people (jumlah penduduk miskin), in the unit of the weights.</param>
/// <param name="Population">The weighted population W = Σ w, in the unit of the weights; &gt; 0.</param>
/// <param name="PovertyLine">The poverty line z used, in the unit of consumption (e.g. rupiah/capita/month).</param>
/// <param name="Rule">The comparison used to count the poor.</param>
public readonly record struct FgtResult(
    double P0, double P1, double P2, double PoorPopulation, double Population, double PovertyLine, PovertyLineRule Rule)
    : ITraceable
{
    /// <summary>The calculation: rule id <c>poverty.fgt</c>, the inputs W, Wpoor, z, and the three indices.</summary>
    public CalculationTrace Trace
    {
        get
        {
            string rule = Rule == PovertyLineRule.StrictlyBelow ? "y < z" : "y ≤ z";
            return new TraceBuilder("poverty.fgt", "Pα = (1/W) Σ_{poor} wᵢ ((z − yᵢ)/z)^α, α = 0, 1, 2", "BPS; Foster, Greer & Thorbecke (1984)")
                .Input("z", PovertyLine, "poverty line (garis kemiskinan)")
                .Input("W", Population, "weighted population")
                .Input("Wpoor", PoorPopulation, "weighted number of poor")
                .Step("P0", Show(PoorPopulation) + " / " + Show(Population), P0)
                .Step("P1", "(1/W) Σ_{poor} wᵢ (z − yᵢ)/z", P1)
                .Step("P2", "(1/W) Σ_{poor} wᵢ ((z − yᵢ)/z)²", P2)
                .Note("Poor when " + rule + "; indices are fractions (×100 is presentation).")
                .Result(ToDecimal(P0));
        }
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static decimal ToDecimal(double value) => Numbers.ReportRounding.ToDecimal(value, nameof(value));
}
