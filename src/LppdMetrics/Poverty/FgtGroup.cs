namespace LppdMetrics.Poverty;

/// <summary>One subgroup (kecamatan, urban/rural, …) of an additive FGT decomposition.</summary>
/// <remarks>
/// For a subgroup g with population W_g of a total W: Pα = Σ_g (W_g/W)·Pα,g, and the contribution share of g is
/// (W_g/W)·Pα,g / Pα — the shares of all groups sum to 1 (to within the rounding of the final divisions; the
/// underlying sums are exact). When the total index is 0 (nobody poor) every contribution is 0.
/// </remarks>
/// <param name="Group">The group's label.</param>
/// <param name="Result">The group's own P0, P1, P2, poor and population.</param>
/// <param name="PopulationShare">W_g / W, a fraction.</param>
/// <param name="ContributionP0">The group's share of the total P0 (of the total number of poor), a fraction.</param>
/// <param name="ContributionP1">The group's share of the total P1, a fraction.</param>
/// <param name="ContributionP2">The group's share of the total P2, a fraction.</param>
/// <param name="Watts">The group's Watts index, or null when a poor member has zero consumption.</param>
public sealed record FgtGroup(
    string Group, FgtResult Result, double PopulationShare,
    double ContributionP0, double ContributionP1, double ContributionP2, double? Watts);
