using System.Globalization;
using McodeBench.Core.Pipelines;
using Serilog.Events;
using Serilog.Formatting;

namespace McodeBench.Logging;

/// <summary>
/// Formats a log event with an inner formatter, then masks credentials in the whole rendered text (message, property
/// values, exception and stack trace alike): the patterns of Core's <see cref="SecretScrubber"/> (bearer tokens,
/// <c>sk-</c> keys, <c>api_key=</c> pairs) and the literal values of secret environment variables, such as the API keys
/// the model library names. Masking the text rather than the event means no property or exception can slip past.
/// </summary>
public sealed class SecretScrubbingFormatter : ITextFormatter
{
    private readonly ITextFormatter inner;
    private readonly IReadOnlyList<string> secrets;

    /// <param name="secrets">Values to mask wherever they appear; the longest are masked first so no tail is left visible.</param>
    public SecretScrubbingFormatter(ITextFormatter inner, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(secrets);
        this.inner = inner;
        this.secrets = [.. secrets.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        inner.Format(logEvent, buffer);
        var text = buffer.ToString();
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, SecretScrubber.Mask, StringComparison.Ordinal);
        }

        output.Write(SecretScrubber.Scrub(text));
    }
}
