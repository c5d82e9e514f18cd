using System.Globalization;
using System.Resources;
using LppdMetrics.Audit;
using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// The words and number format of an audit report in one <see cref="ReportLanguage"/>: status names, rule
/// descriptions, column heads, note headings, and numbers as the language prints them.
/// </summary>
/// <remarks>
/// The texts are .NET resources (<c>Writing/Resources/AuditTextsIndonesian.resx</c> and <c>AuditTextsEnglish.resx</c>),
/// two neutral resource sets with distinct base names. Satellite assemblies are not used: the tool runs with invariant
/// globalization, where culture-specific satellite lookup does not find <c>id</c>. Keys: <c>status.&lt;code&gt;</c>,
/// <c>rule.&lt;rule id&gt;</c>, <c>col.*</c>, <c>doc.*</c>, <c>sheet.*</c>, <c>source.*</c>, <c>note.*</c>.
/// </remarks>
public sealed class AuditTexts
{
    /// <summary>
    /// The language-neutral codes of <see cref="FindingStatus"/>, in its order: <c>match</c>, <c>rounding</c>,
    /// <c>mismatch</c>, <c>not-checkable</c>, <c>implausible</c> (as in the JSON output and the HTML <c>data-status</c>
    /// attribute).
    /// </summary>
    public static IReadOnlyList<string> StatusCodes { get; } = ["match", "rounding", "mismatch", "not-checkable", "implausible"];

    private static readonly AuditTexts IndonesianTexts = new(ReportLanguage.Indonesian, "AuditTextsIndonesian");
    private static readonly AuditTexts EnglishTexts = new(ReportLanguage.English, "AuditTextsEnglish");

    private readonly ResourceManager _resources;

    private AuditTexts(ReportLanguage language, string baseName)
    {
        Language = language;
        _resources = new ResourceManager("LppdMetrics.Documents.Writing.Resources." + baseName, typeof(AuditTexts).Assembly);
    }

    /// <summary>The texts of <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The shared instance for that language.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static AuditTexts For(ReportLanguage language) => language switch
    {
        ReportLanguage.Indonesian => IndonesianTexts,
        ReportLanguage.English => EnglishTexts,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "expected Indonesian or English."),
    };

    /// <summary>The language of these texts.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The code of <paramref name="status"/> (see <see cref="StatusCodes"/>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static string StatusCode(FindingStatus status) =>
        (uint)status < (uint)StatusCodes.Count ? StatusCodes[(int)status]
            : throw new ArgumentOutOfRangeException(nameof(status), status, "not a defined FindingStatus.");

    /// <summary>True when the resource <paramref name="key"/> has a non-empty text in this language.</summary>
    /// <param name="key">The resource key ("status.match", "rule.sum").</param>
    /// <returns>Whether the text exists.</returns>
    public bool Has(string key) => !string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(_resources.GetString(key, CultureInfo.InvariantCulture));

    /// <summary>The text of the resource <paramref name="key"/>.</summary>
    /// <param name="key">The resource key ("col.reported", "doc.title").</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No text for <paramref name="key"/> (a bug: the test of the resources checks every key used).</exception>
    public string this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            string? text = _resources.GetString(key, CultureInfo.InvariantCulture);
            return string.IsNullOrEmpty(text)
                ? throw new KeyNotFoundException($"no {Language} text for the resource key '{key}'.")
                : text;
        }
    }

    /// <summary>The name of <paramref name="status"/> in this language ("tidak sesuai", "mismatch").</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public string Status(FindingStatus status) => this["status." + StatusCode(status)];

    /// <summary>The rule in words ("capaian kinerja, polaritas negatif: (2T − R) / T × 100"); the rule id itself when no text exists.</summary>
    /// <param name="rule">The rule id of a finding or a figure ("capaian.negative", "sum").</param>
    /// <returns>The description, never empty for a non-empty id.</returns>
    public string Rule(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Has("rule." + rule) ? this["rule." + rule] : rule;
    }

    /// <summary>
    /// A note of the audit (<see cref="AuditFinding.Notes"/>, English from the library) with its heading translated:
    /// "polarity suspicious: …" becomes "polaritas meragukan: …" in Indonesian; the rest of the note is kept as written.
    /// </summary>
    /// <param name="note">The note.</param>
    /// <returns>The note with its heading in this language.</returns>
    public string Note(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        int colon = note.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Has("note." + note[..colon])) return note;
        return this["note." + note[..colon]] + note[colon..];
    }

    /// <summary>
    /// <paramref name="value"/> rounded half away from zero (<see cref="ReportRounding.Round(decimal, int)"/>) to
    /// <paramref name="decimals"/> and written as this language prints numbers: Indonesian
    /// <c>2.745.959.201.750,96</c> and <c>94,60 %</c> (<see cref="IndonesianNumber.Format"/>), English
    /// <c>2,745,959,201,750.96</c> and <c>94.60%</c>. A value that rounds to zero has no sign.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Digits after the decimal separator, 0 to 28.</param>
    /// <param name="unit">A percent sign after, or "Rp" before, the number.</param>
    /// <param name="signed">Writes a plus sign before a positive value (for differences).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public string Number(decimal value, int decimals, FigureUnit unit = FigureUnit.None, bool signed = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, ReportRounding.MaxDecimals);
        decimal rounded = ReportRounding.Round(value, decimals);
        bool percent = unit == FigureUnit.Percent;
        string text = Language == ReportLanguage.Indonesian
            ? IndonesianNumber.Format(rounded, decimals, new NumberFormatOptions { PercentSign = percent, SpaceBeforePercent = true })
            : (rounded == 0m ? 0m : rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
              + (percent ? "%" : "");
        if (signed && rounded > 0m) text = "+" + text;
        return unit == FigureUnit.Rupiah ? "Rp " + text : text;
    }

    /// <summary>
    /// Where a finding is printed, in this language: the page, table, row and column of a document read from DOCX or
    /// PDF ("hlm. 12, tabel 3, baris tabel 4"), else the line of a text source ("baris 427"); "-" when unknown.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The location text.</returns>
    public string Source(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var location = finding.Location;
        var parts = new List<string>(4);
        void Part(string key, int? value)
        {
            if (value is { } v) parts.Add(this["source." + key] + " " + v.ToString(CultureInfo.InvariantCulture));
        }
        if (location is not null && (location.Page ?? location.Table) is not null)
        {
            Part("page", location.Page);
            Part("table", location.Table);
            Part("row", location.Row);
            Part("column", location.Column);
        }
        else
        {
            Part("line", location?.Line ?? finding.Source);
        }
        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }
}
