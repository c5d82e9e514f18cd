using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>The kind of region a report is of: its title says "Kabupaten", "Kota" or "Provinsi".</summary>
public enum RegionKind
{
    /// <summary>A kabupaten (regency), headed by a bupati, its units kecamatan and desa (the seed).</summary>
    Kabupaten,

    /// <summary>A kota (city), headed by a walikota, its units kecamatan and kelurahan.</summary>
    Kota,

    /// <summary>A provinsi, headed by a gubernur, its units kabupaten and kota.</summary>
    Provinsi,
}

/// <summary>
/// Another region's report made from the seed without computing any rule: tables renumbered, region and indicator
/// names changed, budget amounts scaled by one factor per table (ratios unchanged, sums scale exactly), program rows
/// reordered, tables split by page breaks at other places, amounts broken by spaces as PDF conversion does, and
/// misprints injected at known lines. Every line remembers the seed line it comes from, so findings can be compared.
/// </summary>
public sealed partial class ReportVariant
{
    private readonly List<VariantLine> _lines;
    private readonly List<int> _misprints = [];

    private ReportVariant(List<VariantLine> lines) => _lines = lines;

    /// <summary>The seed lines (1-based) where a misprint was injected.</summary>
    public IReadOnlyList<int> Misprints => _misprints;

    /// <summary>A variant equal to <paramref name="text"/>, line by line.</summary>
    public static ReportVariant Of(string text) =>
        new(text.Split('\n').Select((t, i) => new VariantLine(i + 1, t.TrimEnd('\r'))).ToList());

    /// <summary>The variant's text.</summary>
    public string Render() => string.Join('\n', _lines.Select(l => l.Text)) + "\n";

    /// <summary>The seed line a variant line (1-based) comes from; null for an inserted line.</summary>
    public int? Origin(int line) => line >= 1 && line <= _lines.Count ? _lines[line - 1].Origin : null;

    /// <summary>The variant line (1-based) of seed line <paramref name="origin"/>; null when it is gone.</summary>
    public int? LineOf(int origin)
    {
        int i = _lines.FindIndex(l => l.Origin == origin);
        return i < 0 ? null : i + 1;
    }

    /// <summary>Renumbers every "Tabel N…" caption: its first number plus <paramref name="offset"/> ("Tabel 4.3.2.1" → "Tabel 14.3.2.1").</summary>
    public ReportVariant Renumber(int offset) => Map(text => CaptionNumber().Replace(text, m =>
        m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Replaces names everywhere (region, indicators), case-sensitively, in the order given.</summary>
    public ReportVariant Rename(params (string From, string To)[] names) => Map(text =>
    {
        foreach (var (from, to) in names) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    });

    /// <summary>
    /// Makes the seed (Kabupaten Blitar) the report of <paramref name="kind"/> <paramref name="name"/>: the region's
    /// name in every spelling ("KABUPATEN BLITAR", "Kab. Blitar", "Blitar"), its head ("Bupati" → "Walikota" or
    /// "Gubernur") and its units (a kota's kelurahan for desa; a province's kabupaten/kota for kecamatan); the
    /// province the seed compares itself with stays. Labels only: no printed number changes.
    /// </summary>
    public ReportVariant AsRegion(RegionKind kind, string name)
    {
        if (kind == RegionKind.Kabupaten)
            return Rename(("BLITAR", name.ToUpperInvariant()), ("Blitar", name));
        string word = kind == RegionKind.Kota ? "Kota" : "Provinsi";
        string head = kind == RegionKind.Kota ? "Walikota" : "Gubernur";
        var names = new List<(string, string)>
        {
            ("KABUPATEN BLITAR", word.ToUpperInvariant() + " " + name.ToUpperInvariant()), ("Kabupaten Blitar", word + " " + name),
            ("Kab. Blitar", word + " " + name), ("Kab Blitar", word + " " + name), ("BLITAR", name.ToUpperInvariant()), ("Blitar", name),
            ("BUPATI", head.ToUpperInvariant()), ("Bupati", head),
        };
        if (kind == RegionKind.Kota) names.AddRange([("Desa", "Kelurahan"), ("desa", "kelurahan")]);
        else names.AddRange([("Pemerintah Kabupaten", "Pemerintah Provinsi"), ("Kecamatan", "Kabupaten/Kota"), ("kecamatan", "kabupaten/kota")]);
        return Rename([.. names]);
    }

    /// <summary>
    /// Moves every year 2000–2039 printed alone (not inside a longer number such as "2.024" or "12024") by
    /// <paramref name="years"/>: the report of another year, its header years, its "tahun 2023 ke tahun 2024" and its
    /// title alike. The seed prints no value that is such a year.
    /// </summary>
    public ReportVariant ShiftYears(int years) => Map(text => YearWord().Replace(text, m =>
        (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Multiplies every amount of the budget tables by <paramref name="factor"/>: in each caption's section (from one
    /// "Tabel" caption to the next) whose rows name Anggaran, Alokasi or Pagu, every cell of at least 10.000 that is
    /// not a percentage. A section holding a number cut by a page break is left as it is.
    /// </summary>
    public ReportVariant ScaleBudgets(int factor)
    {
        foreach (var (from, to) in Sections())
        {
            var rows = Enumerable.Range(from, to - from).Where(i => _lines[i].Text.Contains('\t', StringComparison.Ordinal)).ToList();
            if (!rows.Any(i => BudgetWord().IsMatch(_lines[i].Text))) continue;
            if (rows.Any(i => _lines[i].Text.Split('\t').Any(c => c.Trim() is ['.' or ',', ..]))) continue;
            foreach (int i in rows)
                _lines[i] = _lines[i] with { Text = string.Join('\t', _lines[i].Text.Split('\t').Select(c => Scale(c, factor))) };
        }
        return this;
    }

    /// <summary>Inserts a space at a random place inside some amounts (as "Rp. 1.572.704 .897.948, 55"): <paramref name="share"/> of them.</summary>
    public ReportVariant BreakNumbers(Random random, double share)
    {
        for (int i = 0; i < _lines.Count; i++)
        {
            if (!_lines[i].Text.Contains('\t', StringComparison.Ordinal)) continue;
            var cells = _lines[i].Text.Split('\t');
            for (int c = 0; c < cells.Length; c++)
                if (random.NextDouble() < share) cells[c] = Break(cells[c], random);
            _lines[i] = _lines[i] with { Text = string.Join('\t', cells) };
        }
        return this;
    }

    /// <summary>Breaks one amount: a space after a random digit or separator inside it; other cells unchanged.</summary>
    public static string Break(string cell, Random random)
    {
        var m = Amount().Match(cell);
        if (!m.Success || m.Value.Length < 5) return cell;
        int at = m.Index + 1 + random.Next(m.Value.Length - 2);
        return cell[..at] + " " + cell[at..];
    }

    /// <summary>Swaps neighbouring numbered program rows ("12.\tProgram …") with probability <paramref name="share"/>.</summary>
    public ReportVariant ReorderRows(Random random, double share)
    {
        for (int i = 0; i + 1 < _lines.Count; i++)
        {
            if (NumberedRow().IsMatch(_lines[i].Text) && NumberedRow().IsMatch(_lines[i + 1].Text) && random.NextDouble() < share)
            {
                (_lines[i], _lines[i + 1]) = (_lines[i + 1], _lines[i]);
                i++;
            }
        }
        return this;
    }

    /// <summary>Splits tables by a page break (three blank lines) between two numbered rows, with probability <paramref name="share"/>.</summary>
    public ReportVariant SplitTables(Random random, double share)
    {
        for (int i = 1; i < _lines.Count; i++)
        {
            if (NumberedRow().IsMatch(_lines[i].Text) && NumberedRow().IsMatch(_lines[i - 1].Text) && random.NextDouble() < share)
            {
                _lines.InsertRange(i, [new VariantLine(null, ""), new VariantLine(null, ""), new VariantLine(null, "")]);
                i += 3;
            }
        }
        return this;
    }

    /// <summary>
    /// Misprints the cell printing <paramref name="printed"/> on seed line <paramref name="origin"/>: its whole part
    /// plus 3 ("93,77%" → "96,77%"). Returns false (nothing changed) when the line does not print it exactly once.
    /// </summary>
    public bool Misprint(int origin, string printed)
    {
        int i = _lines.FindIndex(l => l.Origin == origin);
        if (i < 0) return false;
        var cells = _lines[i].Text.Split('\t');
        var at = Enumerable.Range(0, cells.Length).Where(c => cells[c].Trim() == printed.Trim()).ToList();
        var m = WholePart().Match(printed);
        if (at.Count != 1 || !m.Success) return false;
        string whole = (long.Parse(m.Value, CultureInfo.InvariantCulture) + 3).ToString(CultureInfo.InvariantCulture);
        cells[at[0]] = cells[at[0]].Replace(printed.Trim(), printed.Trim()[..m.Index] + whole + printed.Trim()[(m.Index + m.Length)..], StringComparison.Ordinal);
        _lines[i] = _lines[i] with { Text = string.Join('\t', cells) };
        _misprints.Add(origin);
        return true;
    }

    /// <summary>
    /// The variant as pandoc writes a Word file in GitHub Markdown (<c>pandoc -t gfm</c>, as measured on the seed's
    /// DOCX): every run of tab rows a pipe table under an empty header and a rule row (a Word table with no header row),
    /// its cells escaped ("1." as "1\.", "-" as "\-", "*", "_", "|" and "\" behind a backslash, "&lt;b&gt;x&lt;/b&gt;" as
    /// "**x**"); every line of running text a paragraph of its own (a heading on one line), wrapped at <paramref name="width"/> columns, with a
    /// blank line between paragraphs. Each line keeps the seed line it comes from (the wrapped lines of a paragraph
    /// all of them); inserted lines have none.
    /// </summary>
    /// <param name="width">The column the running text is wrapped at.</param>
    /// <param name="grid">True for grid tables (<c>pandoc -t markdown-multiline_tables-simple_tables-pipe_tables
    /// --columns=1000</c>: each cell on one line, a border under every row) instead of pipe tables.</param>
    public ReportVariant AsPandocMarkdown(int width, bool grid = false)
    {
        var result = new List<VariantLine>();
        for (int i = 0; i < _lines.Count;)
        {
            if (_lines[i].Text.Contains('\t', StringComparison.Ordinal))
            {
                int end = i;
                while (end < _lines.Count && _lines[end].Text.Contains('\t', StringComparison.Ordinal)) end++;
                int columns = _lines.Skip(i).Take(end - i).Max(l => l.Text.Split('\t').Length);
                if (result.Count > 0 && result[^1].Text.Length > 0) result.Add(new VariantLine(null, ""));
                if (grid)
                {
                    var table = _lines.Skip(i).Take(end - i).Select(l => (l.Origin, Cells: l.Text.Split('\t').Select(c => PandocCell(c.Trim()))
                        .Concat(Enumerable.Repeat("", columns)).Take(columns).ToList())).ToList();
                    var widths = Enumerable.Range(0, columns).Select(c => Math.Max(3, table.Max(r => r.Cells[c].Length))).ToList();
                    string border = "+" + string.Concat(widths.Select(w => new string('-', w + 2) + "+"));
                    result.Add(new VariantLine(null, border));
                    foreach (var (origin, cells) in table)
                    {
                        result.Add(new VariantLine(origin, "|" + string.Concat(cells.Select((c, k) => " " + c.PadRight(widths[k]) + " |"))));
                        result.Add(new VariantLine(null, border));
                    }
                    result.Add(new VariantLine(null, ""));
                    i = end;
                    continue;
                }
                result.Add(new VariantLine(null, "|" + string.Concat(Enumerable.Repeat("  |", columns))));
                result.Add(new VariantLine(null, "|" + string.Concat(Enumerable.Repeat("---|", columns))));
                for (; i < end; i++)
                {
                    var cells = _lines[i].Text.Split('\t').Select(c => PandocCell(c.Trim())).ToList();
                    while (cells.Count < columns) cells.Add("");
                    result.Add(new VariantLine(_lines[i].Origin, "| " + string.Join(" | ", cells) + " |"));
                }
                result.Add(new VariantLine(null, ""));
                continue;
            }
            string text = _lines[i].Text.Trim();
            if (text.Length > 0)
            {
                if (result.Count > 0 && result[^1].Text.Length > 0) result.Add(new VariantLine(null, ""));
                result.AddRange((text.StartsWith('#') ? [text] : Wrap(text, width)).Select(w => new VariantLine(_lines[i].Origin, w)));
            }
            else if (result.Count > 0 && result[^1].Text.Length > 0) result.Add(new VariantLine(null, ""));
            i++;
        }
        _lines.Clear();
        _lines.AddRange(result);
        return this;
    }

    /// <summary>A cell as pandoc writes it in a pipe table.</summary>
    private static string PandocCell(string cell)
    {
        var sb = new StringBuilder();
        foreach (char c in cell)
        {
            if (c is '\\' or '*' or '_' or '|') sb.Append('\\');
            sb.Append(c);
        }
        string escaped = Bold().Replace(sb.ToString(), "**$1**");
        return escaped == "-" ? "\\-" : LeadingNumbering().Replace(escaped, "$1\\.");
    }

    /// <summary>Words of <paramref name="text"/> in lines of at most <paramref name="width"/> characters (a longer word alone).</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private ReportVariant Map(Func<string, string> change)
    {
        for (int i = 0; i < _lines.Count; i++) _lines[i] = _lines[i] with { Text = change(_lines[i].Text) };
        return this;
    }

    private IEnumerable<(int From, int To)> Sections()
    {
        var starts = Enumerable.Range(0, _lines.Count).Where(i => CaptionNumber().IsMatch(_lines[i].Text)).ToList();
        for (int k = 0; k < starts.Count; k++)
            yield return (starts[k], k + 1 < starts.Count ? starts[k + 1] : _lines.Count);
    }

    private static string Scale(string cell, int factor)
    {
        string t = cell.Trim();
        if (t.Length == 0 || t.Contains('%', StringComparison.Ordinal) || !IndonesianNumber.TryParse(t, out var n) || n.Value is not { } v || Math.Abs(v) < 10_000 || n.Annotation is not null)
            return cell;
        var sb = new StringBuilder();
        if (t.StartsWith("<b>", StringComparison.OrdinalIgnoreCase)) sb.Append("<b>");
        if (t.Replace("<b>", "", StringComparison.OrdinalIgnoreCase).StartsWith("Rp", StringComparison.Ordinal)) sb.Append("Rp. ");
        sb.Append(IndonesianNumber.Format(v * factor, n.Decimals));
        if (t.EndsWith("</b>", StringComparison.OrdinalIgnoreCase)) sb.Append("</b>");
        return sb.ToString();
    }

    [GeneratedRegex(@"^(\*{0,2}Tabel\s+)(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionNumber();

    [GeneratedRegex(@"(?<![\d.,])20[0-3]\d(?![\d]|[.,]\d)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"Anggaran|Alokasi|Pagu")]
    private static partial Regex BudgetWord();

    [GeneratedRegex(@"\d[\d.]*\d(?:,\d+)?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d{1,3}\.\t")]
    private static partial Regex NumberedRow();

    [GeneratedRegex(@"<b>(.*?)</b>", RegexOptions.IgnoreCase)]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(\d+)\.")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"-?\d+(?=[,%]|$)")]
    private static partial Regex WholePart();
}
