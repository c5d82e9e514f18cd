using LppdMetrics.Composite;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>plausibility.share-of-total</c> (docs/methods.md#plausibility-share-of-total): a share printed in one table
/// (a persentase / proporsi / kontribusi column) against its part and total printed in another (a sector's count and
/// the Jumlah row): s = p / T × 100 (<see cref="CompositeIndices.Share"/>). With the half-unit boxes ± h of p and T the
/// share may lie in [(p − h) / (T + h), (p + h) / (T − h)] × 100; the check holds when that range meets the printed
/// share's box s ± ½ × 10⁻ᵈ, otherwise the finding is <see cref="FindingStatus.Implausible"/>.
/// </summary>
internal sealed class ShareOfTotalRule() : CrossTableRule(RuleCatalog.ShareOfTotal, "persentase terhadap jumlah di tabel lain",
    "s = p / T × 100 within the rounding of the printed p, T and s (a share against its part and total printed in another table)",
    "p / T × 100",
    ["T: the total (the Jumlah row of another table)", "p: the part (the same category's row of that table)",
     "s: the printed share (%)", "d: the decimals the part and total are printed with"])
{
    private protected override string Name => "the share";

    private protected override TracedResult Point(decimal x, decimal y, int decimals) =>
        CompositeIndices.Share.Evaluate(y, x);

    private protected override (decimal Low, decimal High) Range(decimal x, decimal y, decimal half) =>
        (Math.Max(0m, y - half) / (x + half) * 100m, (y + half) / (x - half) * 100m);
}
