using McodeBench.Core.Diagnostics;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Validation messages grouped by the form field they belong to (the last segment of a diagnostic's JSON path, such
/// as <c>key</c> or <c>template_file</c>); messages that name no field go under <see cref="General"/>.
/// </summary>
public sealed class FieldProblems
{
    public const string General = "";

    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool HasErrors { get; private set; }

    public IReadOnlyList<string> Warnings => warnings;

    private readonly List<string> warnings = [];

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }

        list.Add(message);
        HasErrors = true;
    }

    public void Add(Diagnostic diagnostic, IReadOnlyDictionary<string, string> fieldOfPath)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(fieldOfPath);
        var text = string.IsNullOrEmpty(diagnostic.Fix) ? diagnostic.Message : $"{diagnostic.Message} {diagnostic.Fix}";
        if (!diagnostic.IsError)
        {
            warnings.Add(text);
            return;
        }

        var last = diagnostic.JsonPath?.Split('.').LastOrDefault() ?? string.Empty;
        Add(fieldOfPath.TryGetValue(last, out var field) ? field : General, text);
    }

    /// <summary>The messages of a field, joined; null when it has none (MudBlazor's ErrorText).</summary>
    public string? For(string field) => byField.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    public bool Has(string field) => byField.ContainsKey(field);
}
