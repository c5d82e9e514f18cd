using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// The separators a table prints its numbers with. A lone separator followed by exactly three digits
/// ("900,000", "112.278") is read by the Indonesian convention (a dot groups thousands, a comma is decimal; see
/// <see cref="LppdMetrics.Numbers.AmbiguousSeparator"/>) unless the table's other cells settle it otherwise:
/// <list type="bullet">
/// <item>a table whose cells group thousands with commas ("1,000,000", "1,234.5": the English convention, as a sheet
/// typed in an English locale prints them) contradicts that reading, and either reading is a guess: such cells are
/// refused (text, their figures not checkable);</item>
/// <item>a table that prints decimal points ("90.50", "0.330", "-2.29": a lone dot no thousands group can explain)
/// and nothing Indonesian (no "1.500.000", "1.234,5" or "70,58") reads "112.278" as 112,278 when the cell's own column
/// and its own row print decimal points too (a "Capaian Kinerja" mean row printing no other number is left to its
/// column);</item>
/// <item>a table that prints both keeps the Indonesian reading where the cell's column or row prints Indonesian
/// separators ("900.000" under "1.800.000"), unless its column and its row both print decimal points; every other such
/// cell is refused. The seed's Tabel 2.2 prints "74.54" and "70,58" above "10.654" ribu in one column, in a row that
/// prints no decimal point: its "10.654" stays 10 654.</item>
/// </list>
/// A table with no decimal point and no comma groups keeps the Indonesian reading. The first column (numbering such as
/// "1.1", labels) is no evidence.
/// </summary>
internal static partial class SeparatorConvention
{
    /// <summary>What a number's separators say of the convention it was typed in.</summary>
    private enum Sign
    {
        /// <summary>Nothing (no separator, or a lone separator before three digits).</summary>
        None,

        /// <summary>A decimal point ("90.50", "0.330", "1234.5").</summary>
        DecimalPoint,

        /// <summary>Indonesian separators: several grouping dots, dots before a decimal comma, or a decimal comma ("70,58").</summary>
        Indonesian,
    }

    /// <summary>
    /// Settles, in every table of <paramref name="tables"/> that prints English separators, the cells whose lone
    /// separator the table reads otherwise than the Indonesian default: read as decimals, or refused as text (inside
    /// <see cref="PrintedCell.Remembering{T}"/>).
    /// </summary>
    public static void Settle(IEnumerable<LogicalTable> tables)
    {
        foreach (var table in tables)
        {
            // the whole table: a column of amounts below a million shows no comma group of its own ("900,000")
            var cells = table.Body.SelectMany(r => r.Cells).ToList();
            var english = cells.Select(cell => Number(cell.Text)).FirstOrDefault(n => n is not null && CommaGroups().IsMatch(n));
            if (english is not null)
            {
                foreach (var cell in cells)
                    if (Number(cell.Text) is { } n && LoneSeparator().IsMatch(n))
                        PrintedCell.Refuse(cell, $"'{n}' is ambiguous in a table that prints English separators ('{english}'): the '{n[^4]}' may separate thousands or decimals");
                continue;
            }
            SettleByDecimalPoints(table);
        }
    }

    /// <summary>The lone separators of a table that prints decimal points, read or refused by their column and row.</summary>
    private static void SettleByDecimalPoints(LogicalTable table)
    {
        // the first example of each sign per column and per row (a lone separator shows none, so it is never its own example)
        var columnPoint = new Dictionary<int, string>();
        var columnIndonesian = new Dictionary<int, string>();
        var rowPoint = new Dictionary<int, string>();
        var rowIndonesian = new HashSet<int>();
        bool indonesian = false;
        for (int r = 0; r < table.Body.Count; r++)
            for (int c = 1; c < table.Body[r].Cells.Count; c++)
            {
                string text = table.Body[r].Cells[c].Text;
                switch (SignOf(text))
                {
                    case Sign.DecimalPoint:
                        columnPoint.TryAdd(c, Number(text)!);
                        rowPoint.TryAdd(r, Number(text)!);
                        break;
                    case Sign.Indonesian:
                        columnIndonesian.TryAdd(c, Number(text)!);
                        rowIndonesian.Add(r);
                        indonesian = true;
                        break;
                }
            }
        if (columnPoint.Count == 0) return; // no decimal point: the Indonesian reading, as ever
        var numbers = table.Body.Select(row => row.Cells.Skip(1).Count(cell => PrintedCell.Of(cell).IsNumber)).ToArray(); // after the label
        string point = columnPoint.OrderBy(p => p.Key).First().Value;
        for (int r = 0; r < table.Body.Count; r++)
        {
            var row = table.Body[r];
            for (int c = 1; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (Number(cell.Text) is not { } n || !LoneSeparator().IsMatch(n) || !PrintedCell.Of(cell).IsNumber) continue;
                columnPoint.TryGetValue(c, out string? inColumn);
                columnIndonesian.TryGetValue(c, out string? indonesianInColumn);
                rowPoint.TryGetValue(r, out string? inRow);
                // a "Capaian Kinerja" mean row printing no other number leaves it to the column (any other row printing one
                // number may be of another unit: "Pengeluaran per Kapita (Rp.000) | 10.654" under "74.54" tahun)
                bool alone = numbers[r] == 1 && TableRecognizer.IsMeanLabel(PrintedCell.Plain(row.Cells[0].Text).ToLowerInvariant());
                if (n.Contains('.', StringComparison.Ordinal) && !indonesian && inColumn is not null && (inRow is not null || alone))
                    PrintedCell.ReadAs(cell, new NumberParseOptions { AmbiguousSeparator = AmbiguousSeparator.Decimal },
                        inRow is null
                            ? $"'{n}' read with a decimal point: its column prints '{inColumn}', its row no other number and the table no Indonesian separator"
                            : $"'{n}' read with a decimal point: its column prints '{inColumn}', its row '{inRow}' and the table no Indonesian separator");
                else if (indonesianInColumn is null && !rowIndonesian.Contains(r))
                    PrintedCell.Refuse(cell, $"'{n}' is ambiguous in a table that prints decimal points ('{point}'): the '{n[^4]}' may separate thousands or decimals");
                else if (inColumn is not null && inRow is not null)
                    PrintedCell.Refuse(cell, $"'{n}' is ambiguous where its column and row print decimal points ('{inColumn}', '{inRow}') beside Indonesian separators: the '{n[^4]}' may separate thousands or decimals");
            }
        }
    }

    /// <summary>What the separators of the cell's number say, <see cref="Sign.None"/> when it holds no number alone.</summary>
    private static Sign SignOf(string text) => Number(text) switch
    {
        null => Sign.None,
        var n when LoneSeparator().IsMatch(n) => Sign.None,
        var n when DecimalPoint().IsMatch(n) => Sign.DecimalPoint,
        var n when IndonesianSeparators().IsMatch(n) => Sign.Indonesian,
        _ => Sign.None,
    };

    /// <summary>
    /// A number of the running text (<paramref name="number"/>, printed in <paramref name="context"/>, its sentence) as
    /// a cell: a lone separator before three digits ("112.278") is refused when the sentence prints a decimal point
    /// ("101.05") or a table of the report was read with decimal points (its cells would be compared with the text's
    /// number read the other way); any other number as <see cref="PrintedCell.Of"/> reads it.
    /// </summary>
    public static PrintedCell TextNumber(string number, string context, SourceLocation location)
    {
        var cell = new DocumentCell(number, location);
        if (Number(number) is { } n && LoneSeparator().IsMatch(n))
        {
            string? point = PrintedCell.ReadOtherwise ? "a table of the report"
                : Tokens().Matches(context).Select(m => m.Value).FirstOrDefault(t => SignOf(t) == Sign.DecimalPoint) is { } p ? $"'{p}'" : null;
            if (point is not null)
                return new PrintedCell(cell, null, 0, false, false, $"'{n}' is ambiguous where {point} prints decimal points: the '{n[^4]}' may separate thousands or decimals");
        }
        return PrintedCell.Of(cell);
    }

    /// <summary>The cell's number as printed (sign, currency, percent and markup aside), or null when it holds none alone.</summary>
    private static string? Number(string text)
    {
        var m = NumberOnly().Match(PrintedCell.Plain(text));
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The numbers of a text: digits with separators between, not inside a longer run of digits and separators.</summary>
    [GeneratedRegex(@"(?<![\d.,])\d(?:[\d.,]*\d)?")]
    private static partial Regex Tokens();

    /// <summary>
    /// A number alone in its cell: sign, "Rp", parentheses and "%" aside, and a unit or annotation without digits after
    /// it ("112.278 (Sangat Tinggi)", "74.54 th", "90.50 persen").
    /// </summary>
    [GeneratedRegex(@"^(?:Rp\.?\s*)?[-−(]?\s*(\d[\d.,]*)\s*\)?\s*%?(?:\s*\([^()\d]{1,40}\)|(?:\s+[\p{L}/]+){1,3}\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOnly();

    /// <summary>Commas grouping thousands: two comma groups ("1,000,000"), or a comma group before a decimal dot ("1,234.5").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$")]
    private static partial Regex CommaGroups();

    /// <summary>A lone dot that separates decimals (not a lone separator before three digits, checked first): "90.50", "0.330".</summary>
    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex DecimalPoint();

    /// <summary>Indonesian separators: dot groups ("1.500.000"), dot groups before a decimal comma ("1.234,5"), or a decimal comma ("70,58").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$|^\d+,\d+$")]
    private static partial Regex IndonesianSeparators();

    /// <summary>A lone separator followed by exactly three digits after one to three digits not starting with 0.</summary>
    [GeneratedRegex(@"^[1-9]\d{0,2}[.,]\d{3}$")]
    private static partial Regex LoneSeparator();
}
