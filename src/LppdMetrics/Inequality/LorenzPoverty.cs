namespace LppdMetrics.Inequality;

/// <summary>
/// The FGT poverty measures read off a fitted Lorenz curve with the mean μ and the poverty line z (Datt 1998,
/// Table 2): the headcount H solves L′(H) = z/μ; P1 = H − (μ/z)L(H); P2 = ∫₀^H (1 − μL′(p)/z)² dp.
/// All three are proportions on the 0–1 scale (BPS prints P0 in percent and P1, P2 × 100).
/// </summary>
/// <param name="Headcount">P0, the share of the population below the line (0 when the line is below the curve's lowest income).</param>
/// <param name="PovertyGap">P1, the poverty gap index.</param>
/// <param name="SquaredPovertyGap">P2, the squared poverty gap (poverty severity) index.</param>
public sealed record LorenzPoverty(double Headcount, double PovertyGap, double SquaredPovertyGap);
