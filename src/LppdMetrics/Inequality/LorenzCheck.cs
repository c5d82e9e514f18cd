namespace LppdMetrics.Inequality;

/// <summary>One validity check of a fitted Lorenz curve (Datt 1998, section 4; PIP's <c>check_curve_validity</c>).</summary>
/// <param name="Name">A stable id such as <c>gq.convex</c> or <c>beta.increasing</c>.</param>
/// <param name="Passed">Whether the fit passes it.</param>
/// <param name="Detail">What was checked, with the numbers.</param>
public sealed record LorenzCheck(string Name, bool Passed, string Detail);
