namespace LppdMetrics.Audit;

/// <summary>
/// A link between two printed figures of one report: an input of the <see cref="DependantId"/> figure is the printed
/// value of the <see cref="UpstreamId"/> figure (same source line, same printed value). The same link is carried by
/// both findings (<see cref="AuditFinding.Propagation"/>), so a chain can be read from cause to effect.
/// </summary>
/// <remarks>
/// A link appears when the upstream is a <see cref="FindingStatus.Mismatch"/> (or itself takes a corrected value
/// from its own upstream), with <see cref="CorrectedValue"/> and <see cref="WouldBe"/>; and, for rule <c>identity</c>
/// (the same quantity printed in two places), whatever the statuses, with <see cref="SameQuantity"/> true.
/// Links are informational (audit propagation, issue 17): they never change a status nor the exit code.
/// </remarks>
/// <param name="UpstreamId">The id of the figure printed where the input is read (the cause).</param>
/// <param name="DependantId">The id of the figure that takes it as an input (the effect).</param>
/// <param name="InputName">The input's name in the dependant figure ("Nilai SAKIP").</param>
/// <param name="InputLine">The 1-based line where the input is printed; null when unknown.</param>
/// <param name="CorrectedValue">The value the upstream should have printed: its recomputed value at its printed
/// precision (or, down a chain, the value it would have with corrected inputs); null for a
/// <see cref="SameQuantity"/> link whose upstream is consistent.</param>
/// <param name="WouldBe">The dependant's value recomputed with <see cref="CorrectedValue"/> in place of the printed
/// input, rounded half away from zero at the dependant's printed precision, in the dependant's unit; null for a text
/// figure, when not recomputed, or when the rule rejects the corrected inputs.</param>
/// <param name="WouldBeText">For a text dependant (a predicate), the text it would have; null otherwise.</param>
/// <param name="SameQuantity">True when the dependant's rule is <c>identity</c>: the two figures are one quantity
/// printed in two places, so one error there is one finding linked twice, not two unrelated ones.</param>
public sealed record PropagationLink(
    string UpstreamId,
    string DependantId,
    string InputName,
    int? InputLine,
    decimal? CorrectedValue,
    decimal? WouldBe,
    string? WouldBeText,
    bool SameQuantity);
