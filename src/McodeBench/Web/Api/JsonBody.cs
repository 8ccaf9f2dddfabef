using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
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
    /// <summary>
    /// The largest body an API call reads (1 MB): every body the API takes is a small JSON document, so a larger one is
    /// refused with 413 before it is read, and one that turns out larger while streaming stops there.
    /// </summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Refuses a body whose declared length is over <see cref="MaxBytes"/> (413), and holds a body without a length
    /// (chunked) to the same limit while the server streams it. Every reader of an API body calls this first.
    /// </summary>
    public static ProblemHttpResult? HoldToLimit(HttpRequest request, string expected)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return ApiProblems.TooLarge(MaxBytes, expected);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        return null;
    }

    /// <summary>The refusal of a body the server stopped reading: over the limit while streaming (413), or broken off.</summary>
    public static ProblemHttpResult Refused(BadHttpRequestException error, string expected)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.StatusCode == StatusCodes.Status413PayloadTooLarge ? ApiProblems.TooLarge(MaxBytes, expected) : ApiProblems.BodyRefused(error);
    }

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, string expected, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength == 0)
        {
            return (null, ApiProblems.EmptyBody(expected));
        }

        if (HoldToLimit(request, expected) is { } tooLarge)
        {
            return (null, tooLarge);
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
            return (null, Refused(error, expected));
        }
    }
}
