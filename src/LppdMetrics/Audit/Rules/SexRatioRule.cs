using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>sex-ratio</c>, rasio jenis kelamin: laki-laki / perempuan × 100 (SexRatio.Compute).</summary>
internal sealed class SexRatioRule() : MacroRule(RuleCatalog.SexRatio, "rasio jenis kelamin", "laki-laki / perempuan × 100 (SexRatio.Compute)",
    ["laki-laki", "perempuan"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        SexRatio.Compute(v[0], v[1], figure.Decimals);
}
