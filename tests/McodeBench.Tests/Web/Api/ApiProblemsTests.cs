using McodeBench.Web.Api;
using Microsoft.AspNetCore.Http;

namespace McodeBench.Tests.Web.Api;

public sealed class ApiProblemsTests
{
    [Fact]
    public void A_body_that_grows_past_the_limit_while_streaming_is_a_413_naming_the_limit()
    {
        var problem = JsonBody.Refused(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge), "a run spec");

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.StatusCode);
        Assert.Contains("1,024 KB", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_cut_off_keeps_its_own_status()
    {
        var problem = JsonBody.Refused(new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest), "a run spec");

        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Equal("The request body could not be read", problem.ProblemDetails.Title);
    }
}
