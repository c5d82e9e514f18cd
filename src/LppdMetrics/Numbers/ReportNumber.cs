using System.Globalization;

namespace LppdMetrics.Numbers;

/// <summary>
/// One printed number cell of an LPPD report, as read by <see cref="IndonesianNumber.Parse(string)"/>: the value,
/// the precision it was printed at, and what was printed around it (percent sign, "Rp", scale word, unit, grade,
/// data year, "±"/"&lt;").
/// </summary>
/// <remarks>
/// <para>A missing cell ("NIHIL", "n/a", "n.a", "Tidak ada data", "-") has <see cref="IsMissing"/> true and
/// <see cref="Value"/> null; it is never zero (docs/methods.md#numbers).</para>
/// <para>Instances come only from <see cref="IndonesianNumber"/>. The default value is a missing number with empty
/// <see cref="Text"/>. The type is an immutable value type; equality compares every member, including
/// <see cref="Text"/> and <see cref="Decimals"/> (so "100,00 %" and "100 %" are different cells of equal value).</para>
/// </remarks>
public readonly record struct ReportNumber
{
    private readonly string? _text;
    private readonly byte _scaleIndex;

    internal ReportNumber(
        string text, decimal? value, int decimals, bool isPercent, NumberQualifier qualifier,
        string? annotation, string? unit, int scaleIndex, bool isRupiah)
    {
        _text = text;
        Value = value;
        Decimals = decimals;
        IsPercent = isPercent;
        Qualifier = qualifier;
        Annotation = annotation;
        Unit = unit;
        _scaleIndex = (byte)scaleIndex;
        IsRupiah = isRupiah;
    }

    /// <summary>A missing value printed as <paramref name="text"/>.</summary>
    internal static ReportNumber Missing(string text) =>
        new(text, null, 0, false, NumberQualifier.None, null, null, 0, false);

    /// <summary>The text as given to the parser, unchanged (HTML, "Rp", spaces and all); empty for the default value.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>
    /// True for a missing-value marker ("NIHIL", "n/a", "n.a", "Tidak ada data", "-", "—"); then <see cref="Value"/>
    /// and <see cref="ScaledValue"/> are null, <see cref="Decimals"/> is 0 and every other member is empty.
    /// </summary>
    public bool IsMissing => Value is null;

    /// <summary>
    /// The printed number as an exact <see cref="decimal"/>, in the printed unit (percent points for "8,16%",
    /// before any scale word: "47.779,19 miliar" → 47779,19). Negative for "(6,10%)" and "-9,43%". Null iff missing.
    /// Its scale equals <see cref="Decimals"/> ("100,00 %" → 100,00m).
    /// </summary>
    public decimal? Value { get; }

    /// <summary>
    /// The printed precision: the number of digits after the decimal separator ("100,00 %" → 2, "73,525%" → 3,
    /// "1.263.650" → 0, "0,8" → 1). Compare recomputed values at this precision (ReportRounding).
    /// </summary>
    public int Decimals { get; }

    /// <summary>Whether a percent sign (or the word "persen") was printed with the number ("8,16%", "100,00 %").</summary>
    public bool IsPercent { get; }

    /// <summary>The sign printed before the number: "±167" → <see cref="NumberQualifier.Approximately"/>, "&lt;5" → <see cref="NumberQualifier.LessThan"/>.</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>
    /// The text in parentheses (or after " / ") following the number, trimmed: the grade of "71 (BB)" → "BB",
    /// the data year of "93,89 (2023)" → "2023" and of "272 (Tahun 2023)" → "Tahun 2023" (see <see cref="AnnotationYear"/>),
    /// the category of "86 (Baik)" → "Baik" and of "3.922 / Sangat Inovatif" → "Sangat Inovatif". Null when none.
    /// </summary>
    public string? Annotation { get; }

    /// <summary>
    /// The data year when <see cref="Annotation"/> is a year, written "2023" or "Tahun 2023" (the realisasi belongs
    /// to an earlier year, docs/methods.md#numbers); otherwise null.
    /// </summary>
    public int? AnnotationYear
    {
        get
        {
            if (Annotation is null)
                return null;
            ReadOnlySpan<char> a = Annotation.AsSpan();
            if (a.StartsWith("tahun", StringComparison.OrdinalIgnoreCase))
                a = a[5..].TrimStart();
            return a.Length == 4 && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;
        }
    }

    /// <summary>
    /// The unit text printed after the number (HTML removed, trimmed): "Menit", "th", "jiwa/km2" (from
    /// "jiwa/km&lt;sup&gt;2&lt;/sup&gt;"), "Medali/Penghargaan", "/jiwa/tahun", "liter/detik". Null when none.
    /// "%", "persen", "rupiah" and scale words are not units here: they set <see cref="IsPercent"/>,
    /// <see cref="IsRupiah"/> and <see cref="Multiplier"/>.
    /// </summary>
    public string? Unit { get; }

    /// <summary>Whether the amount is in rupiah: a "Rp"/"Rp." prefix or the word "rupiah" after the number.</summary>
    public bool IsRupiah { get; }

    /// <summary>
    /// The factor of the scale word printed after the number: 1 without one, 10³ for "ribu", 10⁶ for "juta",
    /// 10⁹ for "miliar"/"milyar", 10¹² for "triliun"/"trilyun". A unit in a column header ("Rp. Juta") is not seen
    /// by the parser; apply it yourself.
    /// </summary>
    public decimal Multiplier => IndonesianNumberParser.ScaleFactor(_scaleIndex);

    /// <summary><see cref="Value"/> × <see cref="Multiplier"/> ("Rp.70 milyar" → 70.000.000.000); null iff missing.</summary>
    public decimal? ScaledValue => Value * Multiplier;

    /// <summary>This number with the percent sign, scale and unit of <paramref name="other"/> where it has none (the lower end of a range "0-20%").</summary>
    internal ReportNumber InheritFrom(ReportNumber other, string text) => new(
        text, Value, Decimals, IsPercent || other.IsPercent, Qualifier, Annotation, Unit ?? other.Unit,
        _scaleIndex == 0 ? other._scaleIndex : _scaleIndex, IsRupiah || other.IsRupiah);
}
