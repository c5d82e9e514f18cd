namespace LppdMetrics.Composite;

/// <summary>One component of a composite index.</summary>
/// <param name="Symbol">The symbol the formula uses ("IKA", "ND_Kebijakan", "H").</param>
/// <param name="Meaning">What the component is, with its unit or scale.</param>
/// <param name="Weight">Its weight in a <see cref="CompositeKind.WeightedSum"/> (any finite decimal; ignored by a product).</param>
/// <param name="Divides">In a <see cref="CompositeKind.Product"/>, true when the component divides (a denominator); ignored by a weighted sum.</param>
public sealed record CompositeComponent(string Symbol, string Meaning, decimal Weight = 1m, bool Divides = false);
