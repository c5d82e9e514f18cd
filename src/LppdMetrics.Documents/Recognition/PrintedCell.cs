using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// One cell read as a printed number through <see cref="IndonesianNumber"/>: its value (null when empty, a
/// missing-value marker, or text), its printed precision and its raw text. Never guesses: a cell that does not parse
/// keeps its text and has no value.
/// </summary>
internal readonly partial record struct PrintedCell(DocumentCell Cell, decimal? Value, int Decimals, bool IsPercent, bool IsDash, string? Note = null)
{
    /// <summary>The cell's text as printed.</summary>
    public string Text => Cell.Text;

    /// <summary>True when the cell holds a number (not empty, not a marker, not text).</summary>
    public bool IsNumber => Value is not null;

    /// <summary>The sign printed before the number ("&gt; 100%", "≥ 80", "± 105"): <see cref="NumberQualifier.None"/> for a plain value.</summary>
    public NumberQualifier Qualifier { get; init; }

    /// <summary>
    /// This cell as a printed figure to compare with: a number printed as a bound or an approximation ("&gt; 100%",
    /// "≥ 100 %", "± 105%") says no value, so it has none here (a note says why); any other cell unchanged. A target
    /// printed "≥ 80" stays an input of 80 (<see cref="Input"/>): only what is checked must be a value.
    /// </summary>
    public PrintedCell AsReported() => Qualifier == NumberQualifier.None || Value is null ? this
        : this with { Value = null, Decimals = 0, IsPercent = false, Note = $"printed as a bound or an approximation ('{Plain(Text)}'), not a value" };

    /// <summary>
    /// This cell as a printed capaian: a capaian marked as capped ("100,00% (maks)", "100 (maksimal)", "100*") prints
    /// the report's cap, not the formula's value, so it has none here (the note says so) and is not checked against
    /// R / T; otherwise as <see cref="AsReported"/>.
    /// </summary>
    public PrintedCell AsAchievement() => IsCapped
        ? this with { Value = null, Decimals = 0, IsPercent = false, Note = $"printed as capped ('{Plain(Text)}'): the report's cap, not the formula's value" }
        : AsReported();

    /// <summary>
    /// This cell as a member of a printed mean: a capped capaian is the value the report averaged (100 of "100 (maks)");
    /// otherwise as <see cref="AsReported"/> (a bound has no value).
    /// </summary>
    public PrintedCell AsMember() => IsCapped && Qualifier == NumberQualifier.None ? this : AsReported();

    /// <summary>
    /// True when the number is marked as capped: followed by "(maks)", "(maks.)", "(maksimal)", "(maksimum)" or "(max)";
    /// or a cap of the evaluation manuals (100 or 120) followed by a star. A star after any other value is a footnote mark.
    /// </summary>
    public bool IsCapped => Value is { } value
        && (CapWord().IsMatch(Plain(Text)) || (value is 100m or 120m && CapStar().IsMatch(Plain(Text))));

    /// <summary>True when the cell is empty (or markup only).</summary>
    public bool IsEmpty => Plain(Cell.Text).Length == 0;

    /// <summary>
    /// The cells read during the current recognition on this thread (by reference: recognisers look at a cell several
    /// times); null outside <see cref="Remembering"/>, when every call parses.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<DocumentCell, PrintedCell>? _read;

    /// <summary>Reads <paramref name="cell"/> (once per cell object inside <see cref="Remembering"/>).</summary>
    public static PrintedCell Of(DocumentCell cell)
    {
        if (_read is null) return Parse(cell);
        if (_read.TryGetValue(cell, out var known)) return known;
        var value = Parse(cell);
        _read[cell] = value;
        return value;
    }

    /// <summary>
    /// Makes <paramref name="cell"/> text (no value, <paramref name="note"/> saying why) for the rest of the current
    /// <see cref="Remembering"/>: a cell whose reading its table contradicts (<see cref="SeparatorConvention"/>).
    /// Outside <see cref="Remembering"/> it does nothing.
    /// </summary>
    public static void Refuse(DocumentCell cell, string note)
    {
        if (_read is not null) _read[cell] = new PrintedCell(cell, null, 0, false, false, note);
    }

    /// <summary>
    /// Reads <paramref name="cell"/> with <paramref name="options"/> (<paramref name="note"/> saying why) for the rest of
    /// the current <see cref="Remembering"/>: a lone separator its table settles otherwise than the Indonesian default
    /// (<see cref="SeparatorConvention"/>). Outside <see cref="Remembering"/> it does nothing.
    /// </summary>
    public static void ReadAs(DocumentCell cell, NumberParseOptions options, string note)
    {
        if (_read is null) return;
        _read[cell] = Parse(cell, options) with { Note = note };
        _readAsOtherwise = true;
    }

    /// <summary>True when the current <see cref="Remembering"/> read a cell otherwise than the Indonesian default (<see cref="ReadAs"/>).</summary>
    public static bool ReadOtherwise => _read is not null && _readAsOtherwise;

    [ThreadStatic]
    private static bool _readAsOtherwise;

    /// <summary>Runs <paramref name="work"/> with the cells it reads remembered on this thread, then forgets them.</summary>
    public static T Remembering<T>(Func<T> work)
    {
        var (outer, outerOtherwise) = (_read, _readAsOtherwise);
        _read = new Dictionary<DocumentCell, PrintedCell>(ReferenceEqualityComparer.Instance);
        _readAsOtherwise = false;
        try
        {
            return work();
        }
        finally
        {
            (_read, _readAsOtherwise) = (outer, outerOtherwise);
        }
    }

    private static PrintedCell Parse(DocumentCell cell) => Parse(cell, NumberParseOptions.Default);

    private static PrintedCell Parse(DocumentCell cell, NumberParseOptions options)
    {
        string plain = Plain(cell.Text);
        if (plain.Length == 0) return new PrintedCell(cell, null, 0, false, false);
        // "(1)", "(12)": a column number as header rows print them, not an accounting-style negative.
        if (ColumnNumber().IsMatch(plain)) return new PrintedCell(cell, null, 0, false, false);
        bool dash = plain is "-" or "—" or "–";
        // "105,00<sup>1</sup>", "10<sup>6</sup>": digits raised after a number are a footnote mark or a power, never more
        // digits of it (the markup would be dropped and "105,001" or "106" read). Such a cell is text.
        if (RaisedDigits().IsMatch(cell.Text)) return new PrintedCell(cell, null, 0, false, false);
        if (IndonesianNumber.TryParse(cell.Text, options, out ReportNumber n))
        {
            // "1e5", "1O", "94e0", "5 s.d 7": the number parser reads the leading digits and keeps the rest as a unit,
            // which would be a wrong number (1, not 100 000 or 10; 5, not a range). Such a cell is text.
            if (n.Value is not null && IsMisreadUnit(plain, n.Unit)) return new PrintedCell(cell, null, 0, false, false);
            return n.Value is { } value ? new PrintedCell(cell, value, n.Decimals, n.IsPercent, false) { Qualifier = n.Qualifier } : new PrintedCell(cell, null, 0, false, dash);
        }
        // Malformed digit grouping ("Rp. 156.377.147.64,26"): a group lost or gained a digit in print. The digits as
        // printed, with the grouping dots dropped, are what the report says; the note makes the reading visible.
        if (MalformedGrouping().IsMatch(plain) && IndonesianNumber.TryParse(plain.Replace(".", "", StringComparison.Ordinal), out n) && n.Value is { } digits)
            return new PrintedCell(cell, digits, n.Decimals, n.IsPercent, false, $"malformed digit grouping '{cell.Text}': read with the grouping dots dropped");
        return new PrintedCell(cell, null, 0, false, dash);
    }

    /// <summary>
    /// True when the unit the number parser kept after the digits would make the value a misreading: letters glued to
    /// the digits ("1O", "94e0", "82,94%x": an exponent, a letter for a digit, a cut-off word), or a unit that holds
    /// digits of its own ("5 s.d 7", "1226/PW13/3/2024") other than a square or cube ("km2", "m³").
    /// </summary>
    /// <param name="plain">The cell text without markup.</param>
    /// <param name="unit">The unit the parser read, or null.</param>
    internal static bool IsMisreadUnit(string plain, string? unit) =>
        unit is { Length: > 0 } && (GluedLetter().IsMatch(plain) || UnitDigits().IsMatch(UnitPower().Replace(unit, "")));

    /// <summary>True when <paramref name="text"/> is a bare year (1990–2100, no separators), as header rows print.</summary>
    public static bool IsYear(string text)
    {
        string plain = Plain(text);
        return plain.Length == 4 && int.TryParse(plain, out int y) && y is >= 1990 and <= 2100;
    }

    /// <summary>True when <paramref name="text"/> is a row's numbering ("3", "12."), not a value.</summary>
    public static bool IsNumbering(string text) => Numbering().IsMatch(Plain(text));

    /// <summary>The text without markup (<c>&lt;b&gt;</c>, <c>**</c>, <c>&lt;sup&gt;</c>), whitespace collapsed.</summary>
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny("<*\t\n\r") < 0 && !text.Contains("  ", StringComparison.Ordinal)) return text.Trim();
        return Spaces().Replace(Markup().Replace(text, " ").Replace("**", " ", StringComparison.Ordinal), " ").Trim();
    }

    /// <summary>The input of a figure that this cell prints (its text with markup removed as <see cref="FigureInput.Printed"/>).</summary>
    public FigureInput Input(string name) => new()
    {
        Name = name,
        Value = Value,
        Printed = Plain(Cell.Text),
        Source = Cell.Location.Line,
        Location = Cell.Location,
        Note = Note,
    };

    /// <summary>The input of a sum: a printed "-" counts as 0 with a note (the report's convention for "none").</summary>
    public FigureInput SumInput(string name) => IsDash
        ? Input(name) with { Value = 0m, Note = "'-' printed; read as 0" }
        : Input(name);

    [GeneratedRegex(@"^(?:Rp\.?\s*)?\d{1,3}(?:\.\d{1,3})+,\d+$")]
    private static partial Regex MalformedGrouping();

    /// <summary>A letter glued to a digit or to a percent sign after one ("1O", "94e0", "82,94%x").</summary>
    [GeneratedRegex(@"\d%?\p{L}")]
    private static partial Regex GluedLetter();

    /// <summary>A digit anywhere in a unit.</summary>
    [GeneratedRegex(@"\d")]
    private static partial Regex UnitDigits();

    /// <summary>The power of a square or cubic unit ("km2", "m³"): a 2 or 3 after a letter.</summary>
    [GeneratedRegex(@"(?<=\p{L})[23²³](?!\d)")]
    private static partial Regex UnitPower();

    /// <summary>A superscript holding a digit right after a digit or a percent sign (spaces and closing markup between).</summary>
    [GeneratedRegex(@"[\d%](?:\s|\*\*|</?[bi]>)*<sup>[^<]*\d", RegexOptions.IgnoreCase)]
    private static partial Regex RaisedDigits();

    /// <summary>A cap word after the number: "(maks)", "maks.", "(maksimal)", "(maksimum)", "(max)".</summary>
    [GeneratedRegex(@"\d\s*%?\s*\(?\s*(?:maks|maksimal|maksimum|max)\.?\s*\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapWord();

    /// <summary>Stars after the number ("100*", "100,00 %**").</summary>
    [GeneratedRegex(@"\d\s*%?\s*\*+\s*$")]
    private static partial Regex CapStar();

    [GeneratedRegex(@"^\(\d{1,2}\)$")]
    private static partial Regex ColumnNumber();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"<[^>]{1,40}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
