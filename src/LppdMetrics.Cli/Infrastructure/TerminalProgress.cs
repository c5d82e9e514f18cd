using System.Diagnostics;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Cli;

/// <summary>
/// Progress of a long command on stderr: shown only when stderr is a terminal (the process's own, not redirected)
/// and the work has run longer than about a second; one line rewritten in place ("lppd audit: writing html… 3 s"),
/// erased when the work ends; while a PDF is read the phase is "pages read N/M", during a bootstrap "bootstrap
/// replicates N/B, about T s left". Never writes anything when stderr is a file, a pipe or a test's writer.
/// </summary>
internal sealed class TerminalProgress : IDisposable, IProgress<PageProgress>, IProgress<BootstrapProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter? _error;
    private readonly Timer? _timer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _command;
    private volatile string _phase;
    private int _written;
    private TimeSpan _bootstrapStart;
    private int _replicatesDone;

    private TerminalProgress(TextWriter? error, string command, string phase)
    {
        _error = error;
        _command = command;
        _phase = phase;
        if (error is not null)
            _timer = new Timer(_ => Show(), null, Delay, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Starts showing progress of <paramref name="command"/> on <paramref name="context"/>'s stderr if it is the terminal.</summary>
    public static TerminalProgress Start(CliContext context, string command, string phase)
    {
        // The context's Error is the buffered one-line error channel (never the console itself): progress goes to the
        // process's own stderr, and only when that is a terminal (CliContext.Terminal).
        return new TerminalProgress(context.Terminal, command, phase);
    }

    /// <summary>Names what is being done now ("auditing", "writing html").</summary>
    public string Phase { set => _phase = value; }

    /// <summary>Shows the pages read so far as the phase: "pages read 12/180".</summary>
    public void Report(PageProgress value) =>
        _phase = string.Create(CultureInfo.InvariantCulture, $"pages read {value.PagesRead}/{value.PageCount}");

    /// <summary>Starts timing a bootstrap and returns the receiver of its progress (this object).</summary>
    public IProgress<BootstrapProgress> Bootstrap()
    {
        _bootstrapStart = _clock.Elapsed;
        _replicatesDone = 0;
        _phase = "bootstrap";
        return this;
    }

    /// <summary>
    /// Shows the replicates done and the time left, estimated from the time per replicate so far:
    /// "bootstrap replicates 40/200, about 12 s left". Reports arrive from several threads, possibly out of order;
    /// a count below the largest seen is ignored.
    /// </summary>
    public void Report(BootstrapProgress value)
    {
        int done = value.Completed;
        if (done <= 0 || done <= Volatile.Read(ref _replicatesDone))
            return;
        Volatile.Write(ref _replicatesDone, done);
        double elapsed = (_clock.Elapsed - _bootstrapStart).TotalSeconds;
        double left = elapsed * (value.Total - done) / done;
        _phase = string.Create(CultureInfo.InvariantCulture, $"bootstrap replicates {done}/{value.Total}, about {left:0} s left");
    }

    private void Show()
    {
        if (_error is null) return;
        string line = string.Create(CultureInfo.InvariantCulture, $"\rlppd {_command}: {_phase}… {_clock.Elapsed.TotalSeconds:0} s ");
        lock (_error)
        {
            if (_written < 0) return;
            _error.Write(line);
            _error.Flush();
            _written = Math.Max(_written, line.Length);
        }
    }

    /// <summary>Stops and erases the progress line; calling it again does nothing.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        if (_error is null) return;
        lock (_error)
        {
            if (_written > 0)
            {
                _error.Write("\r" + new string(' ', _written) + "\r");
                _error.Flush();
            }
            _written = -1;
        }
    }
}
