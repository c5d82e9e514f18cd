using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Composite;

/// <summary>
/// A composite index as data: its components, its shape (<see cref="CompositeKind"/>), a scale and the printed
/// precision, with its source. One mechanism evaluates every index of this kind; the report's are predefined in
/// <see cref="CompositeIndices"/>, and you build others with <see cref="WeightedSum"/>, <see cref="Ratio"/> and
/// <see cref="Product"/>.
/// </summary>
/// <remarks>
/// A weighted sum is scale × Σ wᵢ·xᵢ; the weights are not required to sum to 1 (Indeks SPBE's do, IKLH's do; a
/// weighted mean is a weighted sum with weights wᵢ / Σ w). A product is scale × Π (multiplying xᵢ) / Π (dividing xᵢ).
/// Arithmetic is exact (rational: products, sums and quotients of the decimal inputs without any intermediate
/// rounding), and the value is rounded once, half away from zero, at <see cref="Decimals"/>: a quotient a hair below a
/// half is never pushed onto it by the 28-place rounding of <see cref="decimal"/> division, nor a product below 10⁻²⁸
/// lost. Only a value beyond the range of a decimal is refused (a sum or quotient beyond it that the scale brings back
/// is computed, shown as one step with the scale). Edges: a
/// dividing component of 0 gives an undefined value (never ∞); a missing component gives an undefined value (never a
/// silent 0); the number of values must equal the number of components.
/// </remarks>
public sealed record CompositeIndex
{
    /// <summary>Creates an index definition.</summary>
    /// <param name="rule">A stable dotted rule id ("composite.iklh").</param>
    /// <param name="name">The index's name ("IKLH (Indeks Kualitas Lingkungan Hidup)").</param>
    /// <param name="source">Where the formula comes from.</param>
    /// <param name="kind">Weighted sum or product.</param>
    /// <param name="components">The components, at least one.</param>
    /// <param name="scale">The factor applied at the end (100 for a percentage); 1 for none.</param>
    /// <param name="decimals">The printed precision, 0–28.</param>
    /// <exception cref="ArgumentException">No components, an undefined kind, a bad precision, or a product without a multiplying component.</exception>
    public CompositeIndex(string rule, string name, string source, CompositeKind kind, IReadOnlyList<CompositeComponent> components,
        decimal scale = 1m, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(components);
        Guard.Defined(kind);
        if (components.Count == 0)
            throw new ArgumentException("components is empty; at least one component is required.", nameof(components));
        if (kind == CompositeKind.Product && components.All(c => c.Divides))
            throw new ArgumentException("components has only dividing components; a product needs at least one multiplying component.", nameof(components));
        ReportRounding.UnitInLastPlace(decimals);
        Rule = rule;
        Name = name;
        Source = source;
        Kind = kind;
        Components = components.ToArray();
        Scale = scale;
        Decimals = decimals;
    }

    /// <summary>The stable rule id.</summary>
    public string Rule { get; }

    /// <summary>The index's name.</summary>
    public string Name { get; }

    /// <summary>Where the formula comes from.</summary>
    public string Source { get; }

    /// <summary>Weighted sum or product.</summary>
    public CompositeKind Kind { get; }

    /// <summary>The components in the order <see cref="Evaluate(ReadOnlySpan{decimal})"/> takes their values.</summary>
    public IReadOnlyList<CompositeComponent> Components { get; }

    /// <summary>The factor applied at the end (100 for a percentage).</summary>
    public decimal Scale { get; }

    /// <summary>The printed precision.</summary>
    public int Decimals { get; }

    /// <summary>The formula in symbols ("0.3·IKA + 0.3·IKU + 0.4·ITH", "H × V / C", "mandiri / desa × 100").</summary>
    public string Formula
    {
        get
        {
            string body = Kind == CompositeKind.WeightedSum
                ? string.Join(" + ", Components.Select(c => c.Weight.ToString(CultureInfo.InvariantCulture) + "·" + c.Symbol))
                : string.Join(" × ", Components.Where(c => !c.Divides).Select(c => c.Symbol))
                  + string.Concat(Components.Where(c => c.Divides).Select(c => " / " + c.Symbol));
            if (Scale == 1m) return body;
            return (Kind == CompositeKind.WeightedSum ? "(" + body + ")" : body) + " × " + Scale.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A weighted sum: scale × Σ wᵢ·xᵢ.</summary>
    /// <param name="rule">A stable dotted rule id.</param>
    /// <param name="name">The index's name.</param>
    /// <param name="source">Where the formula comes from.</param>
    /// <param name="components">The components with their weights.</param>
    /// <param name="scale">The final factor; 1 by default.</param>
    /// <param name="decimals">The printed precision; 2 by default.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">No components or a bad precision.</exception>
    public static CompositeIndex WeightedSum(string rule, string name, string source, IReadOnlyList<CompositeComponent> components,
        decimal scale = 1m, int decimals = 2) =>
        new(rule, name, source, CompositeKind.WeightedSum, components, scale, decimals);

    /// <summary>A ratio: numerator / denominator × scale (score / max × 100; count / total × 100).</summary>
    /// <param name="rule">A stable dotted rule id.</param>
    /// <param name="name">The index's name.</param>
    /// <param name="source">Where the formula comes from.</param>
    /// <param name="numerator">The numerator component.</param>
    /// <param name="denominator">The denominator component (its <see cref="CompositeComponent.Divides"/> is set).</param>
    /// <param name="scale">The final factor; 100 by default.</param>
    /// <param name="decimals">The printed precision; 2 by default.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException">A component is null.</exception>
    /// <exception cref="ArgumentException">A bad precision.</exception>
    public static CompositeIndex Ratio(string rule, string name, string source, CompositeComponent numerator, CompositeComponent denominator,
        decimal scale = 100m, int decimals = 2)
    {
        Guard.NotNull(numerator);
        Guard.NotNull(denominator);
        return new(rule, name, source, CompositeKind.Product, [numerator with { Divides = false }, denominator with { Divides = true }], scale, decimals);
    }

    /// <summary>A product and quotient: scale × Π (multiplying components) / Π (dividing components).</summary>
    /// <param name="rule">A stable dotted rule id.</param>
    /// <param name="name">The index's name.</param>
    /// <param name="source">Where the formula comes from.</param>
    /// <param name="components">The components; those with <see cref="CompositeComponent.Divides"/> divide.</param>
    /// <param name="scale">The final factor; 1 by default.</param>
    /// <param name="decimals">The printed precision; 2 by default.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">No multiplying component or a bad precision.</exception>
    public static CompositeIndex Product(string rule, string name, string source, IReadOnlyList<CompositeComponent> components,
        decimal scale = 1m, int decimals = 2) =>
        new(rule, name, source, CompositeKind.Product, components, scale, decimals);

    /// <summary>Evaluates the index on component values given in component order.</summary>
    /// <param name="values">One value per component.</param>
    /// <returns>The value with its trace; undefined when a dividing component is 0.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value exceeds the range of <see cref="decimal"/> (naming <c>values</c>).</exception>
    public CompositeResult Evaluate(params ReadOnlySpan<decimal> values)
    {
        var list = new decimal?[values.Length];
        for (int i = 0; i < values.Length; i++) list[i] = values[i];
        return Evaluate(list);
    }

    /// <summary>
    /// Evaluates the index when components may be missing (null: "komponen tidak dinilai"): a missing component makes
    /// the value undefined, never a silent 0.
    /// </summary>
    /// <param name="values">One value per component, null for a missing one.</param>
    /// <returns>The value with its trace; undefined when a component is missing or a dividing component is 0.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value exceeds the range of <see cref="decimal"/> (naming <c>values</c>).</exception>
    public CompositeResult Evaluate(IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.SameLength(Components.Count, values.Count, "components", nameof(values));
        var trace = new TraceBuilder(Rule, Formula, Source);
        var missing = new List<string>();
        for (int i = 0; i < values.Count; i++)
        {
            CompositeComponent c = Components[i];
            if (values[i] is { } v)
            {
                string note = Kind == CompositeKind.WeightedSum
                    ? c.Meaning + string.Create(CultureInfo.InvariantCulture, $"; weight {c.Weight}")
                    : c.Meaning + (c.Divides ? "; divides" : "");
                trace.Input(c.Symbol, v, note);
            }
            else
            {
                missing.Add(c.Symbol);
            }
        }
        string? reason = missing.Count > 0 ? "component(s) " + string.Join(", ", missing) + " missing (not assessed), not 0" : null;
        if (reason is null && Kind == CompositeKind.Product)
        {
            var zero = Components.Where((c, i) => c.Divides && values[i] == 0m).Select(c => c.Symbol).ToArray();
            if (zero.Length > 0)
                reason = "dividing component(s) " + string.Join(", ", zero) + " are 0: the value is undefined, not infinite";
        }
        if (reason is not null)
            return new CompositeResult(this, values.ToArray(), trace.Undefined(reason, Decimals));
        try
        {
            ExactRational exact = Compute(values, trace, out decimal unrounded);
            return new CompositeResult(this, values.ToArray(),
                trace.Rounded(unrounded, Decimals, RoundingRule.HalfAwayFromZero, exact.Round(Decimals, RoundingRule.HalfAwayFromZero)));
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(nameof(values), string.Join("; ", values), "the index " + Formula);
        }
    }

    // The value exactly (ExactRational: products, sums and the quotient without any 28-place rounding), rounded once at
    // the printed precision by the caller. Each step shows the decimal arithmetic's value where that is exact (the
    // ordinary case, keeping its scale: 24.0000), otherwise the exact value at the most places a decimal carries,
    // never ending in 0 unless exact (ExactRational.ToDecimal). A step beyond the range of a decimal throws
    // OverflowException only when the final value is beyond it too: a sum or quotient beyond it that the scale brings
    // back (Σ of 2 × 7.9e28 times 0.5) is shown as one step with the scale.
    private ExactRational Compute(IReadOnlyList<decimal?> values, TraceBuilder trace, out decimal unrounded)
    {
        ExactRational value;
        string name, expression;
        Func<decimal> plain;
        if (Kind == CompositeKind.WeightedSum)
        {
            value = ExactRational.Of(0m);
            for (int i = 0; i < values.Count; i++)
                value += ExactRational.Of(Components[i].Weight) * ExactRational.Of(values[i]!.Value);
            plain = () =>
            {
                decimal sum = 0m;
                for (int i = 0; i < values.Count; i++)
                    sum += Components[i].Weight * values[i]!.Value;
                return sum;
            };
            name = "Σ wᵢ·xᵢ";
            expression = string.Join(" + ", Components.Select((c, i) =>
                string.Create(CultureInfo.InvariantCulture, $"{c.Weight} × {values[i]}")));
        }
        else
        {
            ExactRational numerator = ExactRational.Of(1m), denominator = ExactRational.Of(1m);
            for (int i = 0; i < values.Count; i++)
            {
                if (Components[i].Divides) denominator *= ExactRational.Of(values[i]!.Value);
                else numerator *= ExactRational.Of(values[i]!.Value);
            }
            value = numerator / denominator;
            decimal Product(bool divides) => values.Where((v, i) => Components[i].Divides == divides).Aggregate(1m, (p, v) => p * v!.Value);
            try
            {
                expression = string.Create(CultureInfo.InvariantCulture, $"{Shown(numerator, () => Product(false))} / {Shown(denominator, () => Product(true))}");
            }
            catch (OverflowException)
            {
                // A product beyond a decimal whose quotient is not: the factors instead.
                expression = string.Join(" × ", values.Where((v, i) => !Components[i].Divides).Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)))
                    + string.Concat(values.Where((v, i) => Components[i].Divides).Select(v => " / " + v!.Value.ToString(CultureInfo.InvariantCulture)));
            }
            plain = () => Product(false) / Product(true);
            name = "Π / Π";
        }
        if (Scale == 1m)
        {
            unrounded = Shown(value, plain);
            trace.Step(name, expression, unrounded);
            return value;
        }
        ExactRational scaled = value * ExactRational.Of(Scale);
        decimal before;
        try
        {
            before = Shown(value, plain);
        }
        catch (OverflowException)
        {
            // Beyond a decimal before the scale: one step to the scaled value, which throws only if it is beyond too.
            unrounded = scaled.ToDecimal();
            trace.Step(name + " × scale", string.Create(CultureInfo.InvariantCulture, $"({expression}) × {Scale}"), unrounded);
            return scaled;
        }
        trace.Step(name, expression, before);
        unrounded = Shown(scaled, () => before * Scale);
        trace.Step("× scale", string.Create(CultureInfo.InvariantCulture, $"{before} × {Scale}"), unrounded);
        return scaled;
    }

    // The decimal arithmetic's value when it is exactly the exact value, else the exact value at the most places.
    private static decimal Shown(ExactRational exact, Func<decimal> plain)
    {
        try
        {
            decimal d = plain();
            if (ExactRational.Of(d) == exact)
                return d;
        }
        catch (OverflowException)
        {
        }
        return exact.ToDecimal();
    }
}
