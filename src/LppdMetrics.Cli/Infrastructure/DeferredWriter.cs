namespace LppdMetrics.Cli;

/// <summary>
/// Standard output held back until the command commits it: until <see cref="Commit"/> everything written is kept
/// in memory (and dropped when the command fails, so a failure never leaves half a table on stdout); after it,
/// writes pass straight through, so a command whose input is fully validated can stream a large result.
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
        target.Write(_pending.ToString());
        _pending = null;
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_pending is null) target.Write(value);
        else _pending.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (_pending is null) target.Write(value);
        else _pending.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        if (_pending is null) target.Write(buffer, index, count);
        else _pending.Append(buffer, index, count);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_pending is null) target.Flush();
    }
}
