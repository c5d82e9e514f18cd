using LppdMetrics.Composite;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>desa-mandiri</c>: persentase desa mandiri = desa mandiri / desa × 100 (<see cref="CompositeIndices.IndependentVillagePercent"/>).</summary>
internal sealed class IndependentVillageRule() : CompositeRule(RuleCatalog.IndependentVillage, "persentase desa mandiri", CompositeIndices.IndependentVillagePercent);
