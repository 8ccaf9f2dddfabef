using McodeBench.Web.Api;
using Microsoft.AspNetCore.Http;

namespace McodeBench.Tests.Web.Api;

public sealed class ApiProblemsTests
{
    [Fact]
    public void A_body_over_the_servers_limit_is_a_413_that_says_what_to_send_instead()
    {
        var problem = ApiProblems.BodyRefused(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.StatusCode);
        Assert.Contains("30 MB", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
