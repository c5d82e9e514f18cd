using System.Globalization;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>ipm</c>: the IPM (BPS 2010 method) of the printed components (<see cref="HumanDevelopmentIndex"/>). The
/// components are themselves rounded (2 decimals, and expenditure to Rp 1.000), so the IPM over their rounding box is
/// offered as the explanation of a one-unit difference.
/// </summary>
internal sealed class HumanDevelopmentRule() : AuditRule(RuleCatalog.HumanDevelopment, "indeks pembangunan manusia (IPM)",
    "100 · ∛(I_kesehatan · I_pendidikan · I_pengeluaran), BPS 2010 method (HumanDevelopmentIndex.Compute)",
    ["UHH (umur harapan hidup, years)", "HLS (harapan lama sekolah, years)", "RLS (rata-rata lama sekolah, years)", "pengeluaran per kapita (Rp 000)"],
    4, [HumanDevelopmentMethod.Bps2010.Rule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        static double D(decimal x) => (double)x;
        var result = HumanDevelopmentIndex.Compute(D(v[0]), D(v[1]), D(v[2]), D(v[3]));
        // The IPM increases in every component: its extremes over the box are at the two corners.
        decimal[] half = v.Select(x => ReportRounding.UnitInLastPlace(x.Scale) / 2).ToArray();
        var low = HumanDevelopmentIndex.Compute(D(v[0] - half[0]), D(v[1] - half[1]), D(v[2] - half[2]), D(v[3] - half[3]));
        var high = HumanDevelopmentIndex.Compute(D(v[0] + half[0]), D(v[1] + half[1]), D(v[2] + half[2]), D(v[3] + half[3]));
        decimal lo = low.Unrounded!.Value, hi = high.Unrounded!.Value; // an IPM always has a value
        return Outcome(result.Outcome) with
        {
            Alternatives = [new Alternative(lo, hi, string.Create(CultureInfo.InvariantCulture,
                $"the components are printed rounded (UHH, HLS, RLS ± {half[0]}, {half[1]}, {half[2]}; pengeluaran ± {half[3]}), so the IPM lies within {lo:F4} … {hi:F4}"))],
        };
    }
}
