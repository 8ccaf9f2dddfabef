namespace McodeBench.Cli;

/// <summary>Process exit codes, documented in docs/cli.md and the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Tasks failed and <c>--fail-on-error</c> was given.</summary>
    public const int TasksFailed = 1;

    /// <summary>Bad input: an unreadable library, trial, gold or settings file, an unknown key, an invalid option.</summary>
    public const int BadInput = 2;

    /// <summary>The command failed for another reason (an I/O error, a bug); the log file has the details.</summary>
    public const int Failed = 3;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
