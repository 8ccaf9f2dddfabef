namespace McodeBench.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Tasks failed and <c>--fail-on-error</c> was given.</summary>
    public const int TasksFailed = 1;

    /// <summary>Bad input: an unreadable library, trial or gold file, an unknown key, an invalid option.</summary>
    public const int BadInput = 2;
}
