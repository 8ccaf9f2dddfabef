using System.Text.Json;

namespace McodeBench.Core.Diagnostics;

/// <summary>How messages name the kind of a JSON value a user or model wrote where another was expected.</summary>
public static class JsonValueKindNames
{
    /// <summary>"an object", "an array", "a string", "a number", "a boolean", "null", or "nothing" (no value).</summary>
    public static string Describe(this JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
