namespace McodeBench.Web.Pages.Configuration;

/// <summary>The outcome of one small test call: the reply (or the error, with anything like a credential masked) and how long it took.</summary>
public sealed record ModelTestResult(bool Succeeded, string Message, TimeSpan Latency);
