namespace LppdMetrics.Tracing;

/// <summary>A named number in a calculation trace: an input, or the value of an intermediate step.</summary>
/// <param name="Name">The symbol or label as the formula uses it ("T", "R", "I_UHH", "Σ realisasi").</param>
/// <param name="Value">The exact value (report arithmetic) or the double converted with its round-trip digits.</param>
/// <param name="Note">What the value is, its unit or its source ("target, %", "Tabel 2.2 line 1383"); null when the name says it all.</param>
public sealed record TraceValue(string Name, decimal Value, string? Note = null);
