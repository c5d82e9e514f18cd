using LppdMetrics.Composite;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>share</c>: a share in percent, bagian / keseluruhan × 100 (<see cref="CompositeIndices.Share"/>).</summary>
internal sealed class ShareRule() : CompositeRule(RuleCatalog.Share, "persentase (bagian / keseluruhan)", CompositeIndices.Share);
