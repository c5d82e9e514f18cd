namespace LppdMetrics.Composite;

/// <summary>The two shapes of a composite index: a weighted sum of components, or a product and quotient of them.</summary>
public enum CompositeKind
{
    /// <summary>value = scale × Σ wᵢ·xᵢ (IKLH = 0,3·IKA + 0,3·IKU + 0,4·ITH; Indeks SPBE = Σ ND × BD).</summary>
    WeightedSum = 0,

    /// <summary>
    /// value = scale × Π (multiplying components) / Π (dividing components): a ratio × 100 (Persentase Desa Mandiri,
    /// Indeks Inovasi Daerah as score / max × 100) or risk = hazard × vulnerability / capacity.
    /// </summary>
    Product = 1,
}
