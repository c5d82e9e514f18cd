namespace LppdMetrics.Documents.Writing;

/// <summary>Reads a <see cref="ReportLanguage"/> from a code (<c>id</c>, <c>en</c>) or from the environment's locale.</summary>
/// <remarks>
/// The tool runs with invariant globalization, so <see cref="System.Globalization.CultureInfo.CurrentCulture"/> is always
/// the invariant culture and cannot tell the user's language. The POSIX locale variables can: the first non-empty of
/// <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> (POSIX precedence) decides; a value whose language part is
/// <c>id</c> (<c>id</c>, <c>id_ID</c>, <c>id_ID.UTF-8</c>, <c>id-ID</c>) gives <see cref="ReportLanguage.Indonesian"/>,
/// anything else (<c>C</c>, <c>POSIX</c>, <c>en_US.UTF-8</c>) or nothing set gives <see cref="ReportLanguage.English"/>.
/// </remarks>
public static class ReportLanguages
{
    /// <summary>The codes accepted by <see cref="Parse"/>, in <see cref="ReportLanguage"/> order: <c>id</c>, <c>en</c>.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["id", "en"];

    /// <summary>The ISO 639-1 code of <paramref name="language"/> (<c>id</c> or <c>en</c>), as used in HTML <c>lang</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The two-letter code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static string Code(ReportLanguage language) => language switch
    {
        ReportLanguage.Indonesian => "id",
        ReportLanguage.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "expected Indonesian or English."),
    };

    /// <summary>Reads <c>id</c> or <c>en</c> (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is neither <c>id</c> nor <c>en</c> (the message quotes it).</exception>
    public static ReportLanguage Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Equals("id", StringComparison.OrdinalIgnoreCase)) return ReportLanguage.Indonesian;
        if (code.Equals("en", StringComparison.OrdinalIgnoreCase)) return ReportLanguage.English;
        throw new ArgumentException($"language '{code}' is not supported; expected 'id' or 'en'.", nameof(code));
    }

    /// <summary>The language of the process's environment (see the remarks of <see cref="ReportLanguages"/>).</summary>
    /// <returns>Indonesian when the locale's language is <c>id</c>, English otherwise.</returns>
    public static ReportLanguage FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>The language from locale variables read through <paramref name="variable"/> (for tests and hosts).</summary>
    /// <param name="variable">Returns the value of an environment variable, or null when it is not set.</param>
    /// <returns>Indonesian when the first non-empty of LC_ALL, LC_MESSAGES, LANG has the language <c>id</c>; English otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variable"/> is null.</exception>
    public static ReportLanguage FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        foreach (string name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            string? value = variable(name);
            if (string.IsNullOrWhiteSpace(value)) continue;
            int end = value.IndexOfAny(['_', '-', '.', '@']);
            string language = end < 0 ? value : value[..end];
            return language.Trim().Equals("id", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.Indonesian : ReportLanguage.English;
        }
        return ReportLanguage.English;
    }
}
