namespace LppdMetrics.Accountability;

/// <summary>What an aggregate does when a member capaian is undefined (missing realisation, zero target).</summary>
public enum MissingMemberPolicy
{
    /// <summary>The aggregate is undefined too (no value, with the reason). The default: a missing value is never 0.</summary>
    Propagate = 0,

    /// <summary>The undefined members are left out of the mean (and noted in the trace); undefined when none is left.</summary>
    Skip = 1,
}
