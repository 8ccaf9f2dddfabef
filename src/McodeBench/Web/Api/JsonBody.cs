using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace McodeBench.Web.Api;

/// <summary>
/// Reads a JSON body with the API's options and turns a malformed one into a problem that names the place in it,
/// where model binding would only answer "400".
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, string expected, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength == 0)
        {
            return (null, ApiProblems.EmptyBody(expected));
        }

        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.BadRequest($"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'; send {expected}."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, ApiProblems.EmptyBody(expected)) : (value, null);
        }
        catch (JsonException error)
        {
            return (null, ApiProblems.BadJson(error, expected));
        }
        catch (BadHttpRequestException error)
        {
            return (null, ApiProblems.BodyRefused(error));
        }
    }
}
