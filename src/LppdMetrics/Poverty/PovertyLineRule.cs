namespace LppdMetrics.Poverty;

/// <summary>Who counts as poor: the comparison of consumption y with the poverty line z (garis kemiskinan, GK).</summary>
/// <remarks>
/// The rules give the same P1, P2 and Watts (a person exactly at the line has a zero gap); only the headcount
/// P0 and the number of poor differ, by the weight of the observations exactly at the line.
/// </remarks>
public enum PovertyLineRule
{
    /// <summary>Poor when y &lt; z, "di bawah garis kemiskinan": BPS, the World Bank PIP (wbpip), laeken, ineq. The default.</summary>
    StrictlyBelow = 0,

    /// <summary>Poor when y ≤ z: convey's <c>svyfgt</c>. Offered for cross-checks only.</summary>
    AtOrBelow = 1,
}
