using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Tasks.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace McodeBench.Web.Api;

/// <summary>
/// Reads a run spec from a request body field by field, so that every field of the wrong kind, every missing
/// required field and every unknown field is reported at once, by its snake_case name and in words ("a whole
/// number", "one of low, normal, high, critical"), where the serializer would stop at the first and name a .NET type.
/// Fields that are fine are kept, so the caller can still admit the rest and report those problems in the same answer.
/// </summary>
internal static class RunSpecBody
{
    public const string Expected = "a run spec";

    /// <returns>
    /// The spec (missing or unreadable required fields left empty, so admission can check the rest) and the field
    /// errors found; or a problem when the body is not a JSON object at all.
    /// </returns>
    public static async Task<(RunSpec? Spec, Dictionary<string, string[]> FieldErrors, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.ContentLength == 0)
        {
            return (null, errors, ApiProblems.EmptyBody(Expected));
        }

        if (JsonBody.HoldToLimit(request, Expected) is { } tooLarge)
        {
            return (null, errors, tooLarge);
        }

        if (!request.HasJsonContentType())
        {
            return (null, errors, ApiProblems.BadRequest($"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'; send {Expected}."));
        }

        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return (null, errors, ApiProblems.BadJson(error, Expected));
        }
        catch (BadHttpRequestException error)
        {
            return (null, errors, JsonBody.Refused(error, Expected));
        }

        if (node is not JsonObject body)
        {
            return (null, errors, ApiProblems.BadRequest($"The body must be a JSON object ({Expected}), not {Describe(node)}."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var kept = Check(body, options.GetTypeInfo(typeof(RunSpec)), string.Empty, options, errors);
        return (kept.Deserialize<RunSpec>(options), errors, null);
    }

    private static JsonObject Check(JsonObject given, JsonTypeInfo type, string prefix, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var kept = new JsonObject();
        var names = type.Properties.Select(p => p.Name).ToList();
        foreach (var (name, value) in given)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                errors[prefix + name] = [$"'{name}' is not a field of {(prefix.Length == 0 ? Expected : prefix.TrimEnd('.'))}." + ClosestNames.DidYouMean(name, names) + $" The fields are: {string.Join(", ", names)}."];
            }
        }

        foreach (var property in type.Properties)
        {
            var path = prefix + property.Name;
            if (!given.TryGetPropertyValue(property.Name, out var value))
            {
                if (property.IsRequired)
                {
                    errors[path] = [$"'{property.Name}' is required: {Describe(property.PropertyType)}."];
                    kept[property.Name] = EmptyOf(property.PropertyType);
                }

                continue;
            }

            var nested = options.GetTypeInfo(property.PropertyType);
            if (nested.Kind == JsonTypeInfoKind.Object && value is JsonObject inner)
            {
                kept[property.Name] = Check(inner, nested, path + ".", options, errors);
                continue;
            }

            try
            {
                _ = value.Deserialize(property.PropertyType, options);
                kept[property.Name] = value?.DeepClone();
            }
            catch (JsonException)
            {
                errors[path] = [$"'{property.Name}' must be {Describe(property.PropertyType)}, not {Describe(value)}."];
                if (property.IsRequired)
                {
                    kept[property.Name] = EmptyOf(property.PropertyType);
                }
            }
        }

        return kept;
    }

    // A stand-in for a required field the client got wrong: admission then checks the other fields, and its
    // follow-on problem at this field is dropped in favour of the error already reported here.
    private static JsonNode EmptyOf(Type type) => type == typeof(string) ? JsonValue.Create(string.Empty) : new JsonArray();

    /// <summary>What a field takes, in words a client reads without knowing .NET.</summary>
    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + " (or null)";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.SnakeCaseLower.ConvertName(n)));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 => string.Create(CultureInfo.InvariantCulture, $"a whole number (at most {int.MaxValue:#,0})"),
            TypeCode.Int64 => "a whole number",
            TypeCode.Boolean => "true or false",
            TypeCode.String => "a text",
            _ when type.IsAssignableTo(typeof(IReadOnlyDictionary<string, int>)) => "an object of whole numbers by model key, such as {\"gpt-4o-mini\": 2}",
            _ when type.IsAssignableTo(typeof(IEnumerable<string>)) => "a list of texts, such as [\"a\", \"b\"]",
            _ => "an object",
        };
    }

    private static string Describe(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => value.ToJsonString() is { Length: <= 40 } text ? $"the text {text}" : "a long text",
        JsonValueKind.Number => value.ToJsonString() is { Length: <= 40 } number ? $"the number {number}" : "a long number",
        JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "that value",
    };
}
