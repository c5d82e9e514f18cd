using System.Text;

namespace LppdMetrics.Cli;

/// <summary>
/// A column of survey design codes (strata or PSUs) held as compact integer codes: each distinct text is stored once,
/// and every row keeps only the 4-byte number of its text (numbered in order of first appearance).
/// </summary>
/// <remarks>
/// A CSV file is coded chunk by chunk on all cores (<see cref="CsvChunks.TryReadCodes"/>), the chunks' codes renumbered in
/// file order; a file the chunks hand back (an empty code, quotes, non-ASCII codes) is read row by row. There a CSV
/// cell is looked up by its span, so a file of 10 million rows makes as many strings as it has distinct codes,
/// not 20 million. A whole-number column of a Parquet file is coded from its numbers
/// (<see cref="ParquetInput.TryReadCodes"/>), any other through its cells' texts. Since the numbering is a one-to-one map of the texts in order of first appearance,
/// <see cref="LppdMetrics.Statistics.SurveyDesign"/> built on the codes is the design built on the texts.
/// A code is its cell's text trimmed of white space at both ends and in Unicode normalisation form C
/// (<see cref="Canonical(string)"/>): the composed and decomposed spellings of one name (<c>Pelé</c> typed on Windows
/// and on a Mac) are one code; case and inner spaces count.
/// </remarks>
internal sealed class DesignCodes
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _texts;
    private int[] _codes;
    private int _count;

    /// <summary>Creates an empty column with room for <paramref name="capacity"/> rows.</summary>
    /// <param name="capacity">The expected number of rows.</param>
    public DesignCodes(int capacity)
    {
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _texts = [];
        _codes = new int[Math.Max(capacity, 1)];
    }

    /// <summary>A column already coded: <paramref name="codes"/> index <paramref name="texts"/>, numbered in order of first appearance.</summary>
    private DesignCodes(int[] codes, List<string> texts)
    {
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _codes = codes;
        _count = codes.Length;
        _texts = texts;
        for (int i = 0; i < texts.Count; i++)
            _index.Add(texts[i], i);
    }

    /// <summary>Adds a row's code.</summary>
    /// <param name="text">The code's text, trimmed and not empty.</param>
    public void Add(ReadOnlySpan<char> text)
    {
        if (!_lookup.TryGetValue(text, out int code))
        {
            // A spelling not seen before: its code is that of its canonical form, and the spelling is kept as another
            // key of that code, so that each spelling is normalised once, not once a row.
            string spelling = text.ToString();
            string name = Ascii.IsValid(text) ? spelling : Canonical(spelling);
            if (!_index.TryGetValue(name, out code))
            {
                code = _texts.Count;
                _index.Add(name, code);
                _texts.Add(name);
            }
            _index.TryAdd(spelling, code);
        }
        if (_count == _codes.Length)
            Array.Resize(ref _codes, (int)Math.Min(_codes.Length * 2L, Array.MaxLength));
        _codes[_count++] = code;
    }

    /// <summary>
    /// A design or group code (<c>--strata</c>, <c>--psu</c>, <c>--by</c>) as it is compared and printed: trimmed,
    /// in Unicode normalisation form C, so that NFC and NFD spellings of one code are one group (ASCII text is as it is).
    /// </summary>
    /// <param name="text">The cell's text (trimmed or not).</param>
    /// <returns>The code.</returns>
    public static string Canonical(string text)
    {
        string trimmed = text.Trim();
        return UnicodeNfc.Normalize(trimmed);
    }

    /// <summary>Each row's code, one entry per row added.</summary>
    /// <returns>The codes.</returns>
    public int[] Codes()
    {
        if (_count != _codes.Length)
            Array.Resize(ref _codes, _count);
        return _codes;
    }

    /// <summary>Each row's text (for the messages of <see cref="LppdMetrics.Statistics.SurveyDesign"/>, which name codes).</summary>
    /// <returns>The texts.</returns>
    public string[] Texts()
    {
        int[] codes = Codes();
        var texts = new string[codes.Length];
        for (int i = 0; i < codes.Length; i++)
            texts[i] = _texts[codes[i]];
        return texts;
    }

    /// <summary>Reads the stratum and PSU columns of a CSV or Parquet file (either may be null: not read).</summary>
    /// <param name="file">The microdata file.</param>
    /// <param name="strataName">The stratum column, or null.</param>
    /// <param name="psuName">The PSU column, or null.</param>
    /// <param name="count">The number of data rows (the capacity).</param>
    /// <returns>The code columns.</returns>
    /// <exception cref="InputException">A missing column or an empty code (naming file, row and column).</exception>
    public static (DesignCodes? Strata, DesignCodes? Psu) Read(string file, string? strataName, string? psuName, int count)
    {
        if (File.Exists(file) && ParquetInput.IsParquet(file))
            return (strataName is null ? null : FromParquet(file, strataName, count), psuName is null ? null : FromParquet(file, psuName, count));
        DesignCodes? strata = strataName is null ? null : new DesignCodes(count);
        DesignCodes? psu = psuName is null ? null : new DesignCodes(count);
        using CsvInput csv = CsvInput.Open(file);
        int s = strataName is null ? -1 : csv.Column(strataName);
        int p = psuName is null ? -1 : csv.Column(psuName);
        // The chunks on all cores; a file they hand back (an empty code, quotes…) is read row by row for its error.
        if (CsvChunks.Plan(file, csv.Separator, csv.ColumnNames) is CsvChunks chunks && chunks.TryReadCodes(s, p, out var read))
            return (read.First is var (sc, st) ? new DesignCodes(sc, st) : null, read.Second is var (pc, pt) ? new DesignCodes(pc, pt) : null);
        while (csv.MoveNext())
        {
            if (s >= 0) strata!.Add(Code(csv, s));
            if (p >= 0) psu!.Add(Code(csv, p));
        }
        return (strata, psu);
    }

    /// <summary>
    /// A grouping column (<c>lppd poverty --by</c>) coded on all cores as <see cref="Read"/> codes a design column, or
    /// null when it must be read row by row: an empty, quoted or non-ASCII code, a Parquet column of text or with a null
    /// cell. The caller then reads the file row by row, which gives every case its own answer and message.
    /// </summary>
    /// <param name="file">The microdata file.</param>
    /// <param name="column">The grouping column.</param>
    /// <returns>Each row's code and each code's text (trimmed, as <see cref="CsvInput.Cell"/> gives it), or null.</returns>
    public static (int[] Codes, List<string> Texts)? TryReadGroups(string file, string column)
    {
        try
        {
            if (ParquetInput.IsParquet(file))
                return ParquetInput.TryReadCodes(file, column);
            using CsvInput csv = CsvInput.Open(file);
            int c = csv.Column(column);
            return CsvChunks.Plan(file, csv.Separator, csv.ColumnNames) is CsvChunks chunks && chunks.TryReadCodes(c, -1, out var read) && read.First is var (codes, texts)
                ? (codes, texts)
                : null;
        }
        catch (InputException)
        {
            return null; // the row-by-row reader raises it again, in its own words
        }
    }

    /// <summary>
    /// A design column of a Parquet file: a whole-number column coded straight from its numbers
    /// (<see cref="ParquetInput.TryReadCodes"/>), any other column through its cells' texts.
    /// </summary>
    private static DesignCodes FromParquet(string file, string name, int count)
    {
        if (ParquetInput.TryReadCodes(file, name) is var (codes, texts))
            return new DesignCodes(codes, texts);
        var column = new DesignCodes(count);
        ParquetInput.ForEachCode(file, name, t => column.Add(t));
        return column;
    }

    private static ReadOnlySpan<char> Code(CsvInput csv, int column)
    {
        ReadOnlySpan<char> text = csv.Cell(column);
        if (text.IsEmpty)
            throw csv.CellError(column, "empty design code; every row needs its stratum and PSU.");
        return text;
    }
}
