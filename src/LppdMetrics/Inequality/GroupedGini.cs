using LppdMetrics.Tracing;

namespace LppdMetrics.Inequality;

/// <summary>The Gini ratio (<i>rasio Gini</i>) of grouped data by the trapezoid rule, as BPS computes it from expenditure classes.</summary>
public static class GroupedGini
{
    /// <summary>The stable rule id of the trapezoid Gini trace.</summary>
    public const string TrapezoidRule = "inequality.gini.grouped.trapezoid";

    /// <summary>
    /// GR = 1 − Σ_i fp_i (Fc_i + Fc_{i−1}), where fp_i is group i's population share and Fc_i the cumulative
    /// income/expenditure share through group i (Fc_0 = 0): one minus twice the area under the piecewise-linear
    /// Lorenz curve through the group points. Source: BPS, Gini ratio from Susenas expenditure classes.
    /// </summary>
    /// <param name="shares">The grouped data (validated on construction).</param>
    /// <returns>The Gini ratio on the 0–1 scale with its trace; 0 when every group has the same mean.</returns>
    /// <remarks>
    /// Because the straight segments lie above the true (convex) Lorenz curve inside each group, this is a lower
    /// bound of the Gini of the underlying microdata: within-group inequality is ignored.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    public static GroupedGiniResult Trapezoid(GroupedShares shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ReadOnlySpan<double> fp = shares.PopulationSpan;
        ReadOnlySpan<double> fc = shares.L;
        double sum = 0, previous = 0;
        for (int i = 0; i < fp.Length; i++)
        {
            sum += fp[i] * (fc[i] + previous);
            previous = fc[i];
        }
        double gini = Math.Max(0, 1 - sum);
        CalculationTrace trace = new TraceBuilder(TrapezoidRule, "GR = 1 − Σ fp_i (Fc_i + Fc_{i−1})", "BPS, Gini ratio from Susenas expenditure classes")
            .Input("groups", (decimal)shares.Count)
            .Step("Σ fp_i (Fc_i + Fc_{i−1})", "sum over the groups", sum)
            .Note("Trapezoid rule: inequality within each group is ignored, so this is a lower bound of the microdata Gini.")
            .Result(Numbers.ReportRounding.ToDecimal(gini));
        return new GroupedGiniResult(gini, trace);
    }
}

/// <summary>A Gini ratio computed from grouped data.</summary>
public sealed record GroupedGiniResult : ITraceable
{
    internal GroupedGiniResult(double value, CalculationTrace trace)
    {
        Value = value;
        Trace = trace;
    }

    /// <summary>The Gini ratio, 0–1, full double precision (the trace's result holds its round-trip digits).</summary>
    public double Value { get; }

    /// <summary>How it was computed.</summary>
    public CalculationTrace Trace { get; }
}
