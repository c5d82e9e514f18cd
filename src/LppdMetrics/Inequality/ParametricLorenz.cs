using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Inequality;

/// <summary>
/// Parametric Lorenz curves for grouped data, the method of Datt (1998) "Computational tools for poverty
/// measurement and analysis" (IFPRI FCND DP 50) as implemented by the World Bank's PovcalNet/PIP (R package wbpip):
/// fit the General Quadratic and the Beta Lorenz curve by least squares, check each fit's validity, choose by
/// PIP's rule, and read the Gini and, given the mean and a poverty line, P0, P1 and P2 off the chosen curve.
/// </summary>
public static class ParametricLorenz
{
    /// <summary>The fewest groups a parametric model accepts: 4 (three coefficients, fitted on the points below (1, 1)).</summary>
    public const int MinimumGroups = 4;

    /// <summary>The stable rule id of the estimate's trace.</summary>
    public const string Rule = "inequality.lorenz.parametric";

    /// <summary>Fits the General Quadratic Lorenz curve L(1 − L) = a(p² − L) + bL(p − 1) + c(p − L) (Datt 1998) by OLS without intercept.</summary>
    /// <param name="shares">The grouped data.</param>
    /// <returns>The fit with its checks (returned even when it fails them).</returns>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumGroups"/> groups.</exception>
    public static LorenzFit FitGeneralQuadratic(GroupedShares shares) => GeneralQuadraticLorenz.Fit(Enough(shares, "gq"));

    /// <summary>Fits the Beta Lorenz curve L(p) = p − θp^γ(1 − p)^δ (Kakwani 1980; Datt 1998) by OLS of ln(p − L) on 1, ln p, ln(1 − p).</summary>
    /// <param name="shares">The grouped data.</param>
    /// <returns>The fit with its checks (returned even when it fails them).</returns>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumGroups"/> groups.</exception>
    public static LorenzFit FitBeta(GroupedShares shares) => BetaLorenz.Fit(Enough(shares, "beta"));

    /// <summary>
    /// Estimates the Gini and, when <paramref name="mean"/> and <paramref name="povertyLine"/> are given, the FGT
    /// measures of grouped data from a parametric Lorenz curve.
    /// </summary>
    /// <param name="shares">The grouped data.</param>
    /// <param name="selection">Which model: <see cref="LorenzModelSelection.Auto"/> (default) applies PIP's rule.</param>
    /// <param name="mean">The mean income/expenditure μ (&gt; 0), or null for distributional statistics only.</param>
    /// <param name="povertyLine">The poverty line z (&gt; 0, same unit as μ), or null.</param>
    /// <returns>The estimate, with both fits and every check.</returns>
    /// <remarks>
    /// PIP's rule (wbpip <c>gd_select_lorenz</c>). Gini: from the valid fit; if both are valid, the one with the
    /// smaller sum of squared errors (ties: General Quadratic); if neither, no Gini (null). Poverty: by the
    /// 16-row table of (GQ valid, Beta valid, GQ normal, Beta normal): Beta when it is the only usable one
    /// (flags 13, 9, 7, 5, 4, 1), the smaller squared error over the points up to the headcount when both are
    /// valid and normal or neither valid but both normal (15, 3), otherwise General Quadratic; no poverty when
    /// neither is normal. With a forced model, the Gini needs that model valid and poverty needs it normal.
    /// Anything not computed is null and explained in <see cref="GroupedEstimate.Notes"/>; a failed model is
    /// never used silently.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumGroups"/> groups; only one of mean and line
    /// given; mean or line not finite and &gt; 0.</exception>
    public static GroupedEstimate Estimate(GroupedShares shares, LorenzModelSelection selection = LorenzModelSelection.Auto,
        double? mean = null, double? povertyLine = null)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (mean.HasValue != povertyLine.HasValue)
            throw new ArgumentException("mean and povertyLine must be given together (the poverty measures need both) or not at all.",
                mean.HasValue ? nameof(povertyLine) : nameof(mean));
        if (mean is double mu) Guard.FinitePositive(mu, nameof(mean));
        if (povertyLine is double z) Guard.FinitePositive(z, nameof(povertyLine));

        LorenzFit? gq = selection != LorenzModelSelection.Beta ? FitGeneralQuadratic(shares) : null;
        LorenzFit? beta = selection != LorenzModelSelection.GeneralQuadratic ? FitBeta(shares) : null;
        var notes = new List<string>();

        LorenzFit? giniFit = ChooseForGini(gq, beta);
        if (giniFit is null)
            notes.Add(Describe("no Gini", gq, beta, f => !f.IsValid));

        LorenzFit? povertyFit = null;
        LorenzPoverty? poverty = null;
        if (mean is double m && povertyLine is double line)
        {
            povertyFit = ChooseForPoverty(gq, beta, m, line);
            if (povertyFit is null)
                notes.Add(DescribePoverty(gq, beta, m, line));
            else if (povertyFit.PovertyFailure(m, line) is string failure)
            {
                notes.Add($"no poverty measures: {failure}.");
                povertyFit = null;
            }
            else
                poverty = povertyFit.Poverty(m, line);
        }

        var trace = new TraceBuilder(Rule, "Gini = 1 − 2∫₀¹L(p)dp; H: L′(H) = z/μ; P1 = H − (μ/z)L(H); P2 = ∫₀^H (1 − μL′(p)/z)² dp",
            "Datt (1998), IFPRI FCND DP 50; World Bank PIP (wbpip)")
            .Input("groups", (decimal)shares.Count);
        if (mean is double mt) trace.Input("μ", mt, "mean income/expenditure");
        if (povertyLine is double zt) trace.Input("z", zt, "poverty line");
        foreach (LorenzFit fit in new[] { gq, beta }.OfType<LorenzFit>())
        {
            if (fit.SumOfSquaredErrors is double sse)
                trace.Step($"SSE({fit.Name})", string.Join(", ", fit.Coefficients.Select(c => c.ToString("R", CultureInfo.InvariantCulture))), sse);
            foreach (LorenzCheck check in fit.Checks)
                trace.Note($"{check.Name}: {(check.Passed ? "passed" : "FAILED")} ({check.Detail})");
        }
        if (giniFit is not null) trace.Note($"Gini from the {giniFit.Name} fit.");
        if (poverty is not null) trace.Note($"Poverty measures from the {povertyFit!.Name} fit.");
        foreach (string note in notes) trace.Note(note);
        double? gini = giniFit?.Gini;
        return new GroupedEstimate
        {
            GiniModel = giniFit?.Model,
            Gini = gini,
            PovertyModel = poverty is null ? null : povertyFit!.Model,
            Poverty = poverty,
            GeneralQuadratic = gq,
            Beta = beta,
            Notes = notes,
            Trace = gini is double g ? trace.Result(Numbers.ReportRounding.ToDecimal(g)) : trace.Undefined("no valid Lorenz model for the Gini"),
        };
    }

    private static GroupedShares Enough(GroupedShares shares, string model)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (shares.Count < MinimumGroups)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"shares has {shares.Count} groups; the {model} Lorenz model needs at least {MinimumGroups} (three coefficients fitted on the points below (1, 1)). Use the trapezoid Gini instead."),
                nameof(shares));
        return shares;
    }

    private static LorenzFit? ChooseForGini(LorenzFit? gq, LorenzFit? beta)
    {
        bool q = gq?.IsValid == true, b = beta?.IsValid == true;
        if (q && b)
            return gq!.SumOfSquaredErrors <= beta!.SumOfSquaredErrors ? gq : beta;
        return q ? gq : b ? beta : null;
    }

    private static LorenzFit? ChooseForPoverty(LorenzFit? gq, LorenzFit? beta, double mean, double line)
    {
        bool qn = gq?.IsNormal == true, bn = beta?.IsNormal == true && beta.PovertyFailure(mean, line) is null;
        if (!qn && !bn)
            return null;
        if (gq is null) return beta;
        if (beta is null) return gq;
        int flag = (gq.IsValid ? 8 : 0) + (beta.IsValid ? 4 : 0) + (qn ? 2 : 0) + (bn ? 1 : 0);
        switch (flag)
        {
            case 13 or 9 or 7 or 5 or 4 or 1:
                return beta;
            case 15 or 3:
                double hq = gq.PovertyFailure(mean, line) is null ? gq.Poverty(mean, line)!.Headcount : double.NaN;
                double hb = beta.Poverty(mean, line)!.Headcount;
                if (double.IsNaN(hq)) return beta;
                return gq.SumOfSquaredErrorsUpTo(hq) <= beta.SumOfSquaredErrorsUpTo(hb) ? gq : beta;
            default:
                return gq;
        }
    }

    // Why no fit gives the poverty measures: a fit that is not normal names its failed checks, a normal one its poverty
    // formulas' failure at this z/μ (a normal Beta whose L′ has no root there was left out, and the note said nothing).
    private static string DescribePoverty(LorenzFit? gq, LorenzFit? beta, double mean, double line)
    {
        var failed = new[] { gq, beta }.OfType<LorenzFit>()
            .Select(f => f.IsNormal
                ? f.PovertyFailure(mean, line) is string why ? f.Name + ": " + why : null
                : f.Name + " fails " + string.Join(", ", f.Checks.Where(c => !c.Passed).Select(c => c.Name)))
            .OfType<string>();
        return $"no poverty measures: {string.Join("; ", failed)}.";
    }

    private static string Describe(string what, LorenzFit? gq, LorenzFit? beta, Func<LorenzFit, bool> fails)
    {
        var failed = new[] { gq, beta }.OfType<LorenzFit>().Where(fails)
            .Select(f => f.Name + " fails " + string.Join(", ", f.Checks.Where(c => !c.Passed).Select(c => c.Name)));
        return $"{what}: {string.Join("; ", failed)}.";
    }
}
