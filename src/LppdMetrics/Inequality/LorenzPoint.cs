namespace LppdMetrics.Inequality;

/// <summary>A point of the Lorenz curve (kurva Lorenz).</summary>
/// <param name="PopulationShare">p: the cumulative population share of the poorest, a fraction in [0, 1].</param>
/// <param name="IncomeShare">L(p): the share of total income they hold, a fraction in [0, 1].</param>
public readonly record struct LorenzPoint(double PopulationShare, double IncomeShare);
