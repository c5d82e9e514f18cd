namespace LppdMetrics.Inequality;

/// <summary>The parametric Lorenz curves of Datt (1998), as used by the World Bank's PovcalNet/PIP for grouped data.</summary>
public enum LorenzModel
{
    /// <summary>General Quadratic (Villaseñor and Arnold 1989): L(1 − L) = a(p² − L) + bL(p − 1) + c(p − L).</summary>
    GeneralQuadratic,

    /// <summary>Beta Lorenz (Kakwani 1980): L(p) = p − θ p^γ (1 − p)^δ.</summary>
    Beta,
}

/// <summary>Which parametric Lorenz model <see cref="ParametricLorenz.Estimate"/> uses.</summary>
public enum LorenzModelSelection
{
    /// <summary>Fit both and choose by PIP's rule (validity, then the smaller sum of squared errors). The default.</summary>
    Auto,

    /// <summary>Use the General Quadratic fit only.</summary>
    GeneralQuadratic,

    /// <summary>Use the Beta fit only.</summary>
    Beta,
}
