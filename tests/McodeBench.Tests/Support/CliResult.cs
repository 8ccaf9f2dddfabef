namespace McodeBench.Tests.Support;

/// <summary>What a command line returned and printed on standard output and standard error.</summary>
internal sealed record CliResult(int Exit, string Out, string Error)
{
    public string All => Out + Error;
}
