namespace LppdMetrics.Reports;

/// <summary>One input of a <see cref="ReportFigure"/>: a value printed in the report, with where it is printed.</summary>
public sealed record FigureInput
{
    /// <summary>The input's label ("T", "anggaran", "row 12", an indicator's name).</summary>
    public required string Name { get; init; }

    /// <summary>The value as printed (converted only in unit where <see cref="Note"/> says so); null when the report does not print it.</summary>
    public decimal? Value { get; init; }

    /// <summary>The cell's text exactly as printed; null when not printed.</summary>
    public string? Printed { get; init; }

    /// <summary>The 1-based line where the value is printed; null when unknown or not printed.</summary>
    public int? Source { get; init; }

    /// <summary>Where the input is printed, in full (page, table, row, column); null when only <see cref="Source"/> is known.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>A note on the input (unit conversion, which table a higher-precision value comes from, "'-' read as 0").</summary>
    public string? Note { get; init; }
}
