namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>One line of a report variant: its text and the seed line it comes from (null for an inserted line).</summary>
public sealed record VariantLine(int? Origin, string Text);
