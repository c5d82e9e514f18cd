using LppdMetrics.Composite;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>desa-mandiri</c>: persentase desa mandiri = desa mandiri / desa × 100 (<see cref="CompositeIndices.PersentaseDesaMandiri"/>).</summary>
internal sealed class DesaMandiriRule() : CompositeRule(RuleCatalog.DesaMandiri, "persentase desa mandiri", CompositeIndices.PersentaseDesaMandiri);
