namespace LppdMetrics.Cli;

/// <summary>
/// Standard output held back until the command commits it: until <see cref="Commit"/> everything written is kept
/// in memory (and dropped when the command fails, so a failure never leaves half a table on stdout); after it,
/// writes pass straight through, so a command whose input is fully validated can stream a large result. A write the
/// target refuses (a full disk, <c>&gt; /dev/full</c>; a closed descriptor, <c>&gt;&amp;-</c>) is an
/// <see cref="InputException"/> naming standard output, not an internal error: the run exits 2 in one line.
/// </summary>
/// <param name="target">The real standard output.</param>
internal sealed class DeferredWriter(TextWriter target) : TextWriter
{
    private StringBuilder? _pending = new();

    /// <inheritdoc/>
    public override Encoding Encoding => target.Encoding;

    /// <summary>True once <see cref="Commit"/> has run: what follows reaches the target directly.</summary>
    public bool Committed => _pending is null;

    /// <summary>Writes what was held back to the target and passes every later write through.</summary>
    public void Commit()
    {
        if (_pending is null) return;
        string pending = _pending.ToString();
        _pending = null;
        Pass(pending, static (t, v) => t.Write(v));
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_pending is null) Pass(value, static (t, v) => t.Write(v));
        else _pending.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (_pending is null) Pass(value, static (t, v) => t.Write(v));
        else _pending.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        if (_pending is null) Pass((buffer, index, count), static (t, v) => t.Write(v.buffer, v.index, v.count));
        else _pending.Append(buffer, index, count);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_pending is null) FlushTarget();
    }

    /// <summary>Flushes the target whether or not the output was committed, as <see cref="Flush"/> reports a refused write.</summary>
    public void FlushTarget() => Pass(0, static (t, _) => t.Flush());

    /// <summary>Does <paramref name="write"/> on the target; a write the target refuses becomes <see cref="Refused"/>.</summary>
    private void Pass<T>(T value, Action<TextWriter, T> write)
    {
        try
        {
            write(target, value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Refused(ex);
        }
    }

    /// <summary>A write the target refused, as the one-line error about standard output.</summary>
    private static InputException Refused(Exception ex)
    {
        // a closed descriptor comes as "Access to the path is denied." around the system's "Bad file descriptor"
        string reason = (ex.InnerException as IOException ?? ex).Message.ReplaceLineEndings(" ").Trim();
        return new InputException("standard output", null, null, "cannot be written: " + EchoText.Cut(reason, 200));
    }
}
