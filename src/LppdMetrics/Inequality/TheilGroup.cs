namespace LppdMetrics.Inequality;

/// <summary>One subgroup of a <see cref="TheilDecomposition"/>.</summary>
/// <param name="Group">The group's label.</param>
/// <param name="PopulationShare">W_g / W, a fraction.</param>
/// <param name="IncomeShare">s_g = T_g / T, the group's share of total income, a fraction.</param>
/// <param name="Mean">μ_g, the group's weighted mean income.</param>
/// <param name="Theil">T_g, the Theil index within the group (0 for a group whose income is all zero).</param>
public sealed record TheilGroup(string Group, double PopulationShare, double IncomeShare, double Mean, double Theil);
