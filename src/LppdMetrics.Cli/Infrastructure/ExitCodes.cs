namespace LppdMetrics.Cli;

/// <summary>The exit codes of <c>lppd</c>: a contract scripts rely on.</summary>
public static class ExitCodes
{
    /// <summary>0: the command succeeded (and the audit found no mismatch).</summary>
    public const int Success = 0;

    /// <summary>1: findings; reserved for the audit, which found mismatches.</summary>
    public const int Findings = 1;

    /// <summary>2: bad input or usage (unreadable file, bad cell, bad option); one line on stderr.</summary>
    public const int BadInput = 2;

    /// <summary>3: an internal error (a bug in lppd); one line on stderr, no stack trace.</summary>
    public const int InternalError = 3;
}
