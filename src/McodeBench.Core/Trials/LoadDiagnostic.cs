using System.Text;

namespace McodeBench.Core.Trials;

/// <summary>
/// One problem found while reading trials or gold annotations: where it is (file, line and column or JSON path),
/// which trial it concerns, what is wrong and what would fix it.
/// </summary>
/// <param name="Source">The file (or stream name) the problem is in.</param>
/// <param name="Line">1-based line, when known (JSON syntax errors, NDJSON lines, brat lines).</param>
/// <param name="Column">1-based column (UTF-8 byte position in the line for JSON syntax errors), when known.</param>
/// <param name="JsonPath">The JSON path of the offending value, e.g. <c>$.trials[0].entities[3].text</c>.</param>
/// <param name="EntityId">The gold entity (or brat annotation id) the problem concerns, when there is one.</param>
public sealed record LoadDiagnostic(
    LoadDiagnosticSeverity Severity,
    string Source,
    string Message,
    string? Fix = null,
    int? Line = null,
    int? Column = null,
    string? JsonPath = null,
    string? TrialId = null,
    string? EntityId = null)
{
    public bool IsError => Severity == LoadDiagnosticSeverity.Error;

    /// <summary>The place as a reader would look for it: <c>file line 3, column 7, $.trials[0]</c>.</summary>
    public string Location
    {
        get
        {
            var builder = new StringBuilder(Source);
            if (Line is int line)
            {
                builder.Append(" line ").Append(line);
                if (Column is int column)
                {
                    builder.Append(", column ").Append(column);
                }
            }

            if (JsonPath is { Length: > 0 })
            {
                builder.Append(Line is null ? " " : ", ").Append(JsonPath);
            }

            return builder.ToString();
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder()
            .Append(Severity.ToString().ToLowerInvariant())
            .Append(": ")
            .Append(Location);
        if (TrialId is { Length: > 0 })
        {
            builder.Append(" (trial ").Append(TrialId);
            if (EntityId is { Length: > 0 })
            {
                builder.Append(", entity ").Append(EntityId);
            }

            builder.Append(')');
        }

        builder.Append(": ").Append(Message);
        if (Fix is { Length: > 0 })
        {
            builder.Append(" Fix: ").Append(Fix);
        }

        return builder.ToString();
    }
}
