using System.Text.RegularExpressions;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// The separators a table prints its numbers with. A lone separator followed by exactly three digits
/// ("900,000", "112.278") is read by the Indonesian convention (a dot groups thousands, a comma is decimal; see
/// <see cref="LppdMetrics.Numbers.AmbiguousSeparator"/>); in a table whose other cells group thousands with commas
/// ("1,000,000", "1,234.5": the English convention, as a sheet typed in an English locale prints them) that reading
/// contradicts the table, and either reading is a guess. Such cells are refused (text, their figures not checkable).
/// A decimal dot alone ("74.54") is no such sign: Indonesian tables print it beside "10.654" thousands (the seed's
/// Tabel 2.2), and the row's own words tell the scale.
/// </summary>
internal static partial class SeparatorConvention
{
    /// <summary>Marks, in every table of <paramref name="tables"/> that shows English separators, the cells whose lone separator the table leaves ambiguous as text (inside <see cref="PrintedCell.Remembering{T}"/>).</summary>
    public static void RefuseAmbiguous(IEnumerable<LogicalTable> tables)
    {
        foreach (var table in tables)
        {
            // the whole table: a column of amounts below a million shows no comma group of its own ("900,000")
            var cells = table.Body.SelectMany(r => r.Cells).ToList();
            var english = cells.Select(cell => Number(cell.Text)).FirstOrDefault(n => n is not null && CommaGroups().IsMatch(n));
            if (english is null) continue;
            foreach (var cell in cells)
                if (Number(cell.Text) is { } n && LoneSeparator().IsMatch(n))
                    PrintedCell.Refuse(cell, $"'{n}' is ambiguous in a table that prints English separators ('{english}'): the '{n[^4]}' may separate thousands or decimals");
        }
    }

    /// <summary>The cell's number as printed (sign, currency, percent and markup aside), or null when it holds none alone.</summary>
    private static string? Number(string text)
    {
        var m = NumberOnly().Match(PrintedCell.Plain(text));
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^(?:Rp\.?\s*)?[-−(]?\s*(\d[\d.,]*)\s*\)?\s*%?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOnly();

    /// <summary>Commas grouping thousands: two comma groups ("1,000,000"), or a comma group before a decimal dot ("1,234.5").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$")]
    private static partial Regex CommaGroups();

    /// <summary>A lone separator followed by exactly three digits after one to three digits not starting with 0.</summary>
    [GeneratedRegex(@"^[1-9]\d{0,2}[.,]\d{3}$")]
    private static partial Regex LoneSeparator();
}
