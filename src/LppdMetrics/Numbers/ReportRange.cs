namespace LppdMetrics.Numbers;

/// <summary>
/// A range printed as "2%-15%", "7% - 8%", "0-20%" or "5 s.d. 10" (slope classes and targets,
/// docs/methods.md#numbers, lines 208 and 629), read by <see cref="IndonesianNumber.ParseRange(string)"/>.
/// </summary>
/// <param name="Text">The text as given to the parser.</param>
/// <param name="Low">The first bound as printed. When only the second bound carries "%", a scale word, a unit or
/// "Rp", the first bound takes them too ("0-20%": 0 %).</param>
/// <param name="High">The second bound as printed.</param>
public readonly record struct ReportRange(string Text, ReportNumber Low, ReportNumber High);
