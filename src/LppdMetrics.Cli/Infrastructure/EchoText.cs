using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Cli;

/// <summary>Makes user input safe to echo in a one-line message: cut to a maximum length, control characters escaped.</summary>
public static class EchoText
{
    /// <summary>The default maximum length of echoed input, in characters.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>
    /// Returns <paramref name="text"/> whole, with its control characters escaped as <see cref="Cut"/> does: the names
    /// of a file, a group, a unit or a service that a text report prints (a group "a\nb" or an ANSI escape read from the
    /// data would otherwise break the table or drive the terminal).
    /// </summary>
    /// <param name="text">The text to print; null gives an empty string.</param>
    /// <returns>The text on one line.</returns>
    public static string Escape(string? text) => Cut(text, int.MaxValue);

    /// <summary>
    /// Returns <paramref name="text"/> with control characters (ESC, CR, LF, TAB, NUL… and the C1 range) written as
    /// <c>\u001B</c>-style escapes (<see cref="InertText.TerminalLine"/>, line endings escaped), cut after <paramref name="maxLength"/> characters with "…" and the total length.
    /// </summary>
    /// <param name="text">The input to echo; null gives an empty string.</param>
    /// <param name="maxLength">The longest part kept, ≥ 1; default 200.</param>
    /// <returns>A single-line text of at most about <paramref name="maxLength"/> + 40 characters.</returns>
    public static string Cut(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        int kept = Math.Min(text.Length, Math.Max(1, maxLength));
        string line = InertText.TerminalLine(kept < text.Length ? text[..kept] : text);
        return kept < text.Length
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{line}… ({text.Length} characters)")
            : line;
    }
}
