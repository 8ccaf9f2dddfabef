using Serilog.Core;
using Serilog.Events;

namespace McodeBench.Logging;

/// <summary>Adds <c>UtcTimestamp</c>, so log lines carry UTC times whatever the machine's time zone.</summary>
public sealed class UtcTimestampEnricher : ILogEventEnricher
{
    public const string PropertyName = "UtcTimestamp";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(propertyFactory);
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(PropertyName, logEvent.Timestamp.UtcDateTime));
    }
}
