using Bunit;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Results;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Tasks;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.Tasks;

public sealed class TaskDetailPageTests
{
    [Fact]
    public async Task Failed_task_shows_its_failure_attempts_scores_and_simulated_label()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var context = new PageTestContext(environment);
        var taskId = $"{ResultsSeed.RunId}/r2/{ResultsSeed.TrialId}/{ResultsSeed.Model}/{ResultsSeed.Prompt}";

        var page = context.Render<TaskDetailPage>(p => p.Add(c => c.TaskId, taskId));

        page.WaitForAssertion(() => Assert.Contains("invalid_json", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("simulated", page.Markup, StringComparison.Ordinal);
        Assert.Contains("not JSON", page.Markup, StringComparison.Ordinal);
        // The empty prediction's precision is undefined: a dash, not 0.
        var typeRow = page.FindAll("tr").First(r => r.TextContent.Contains("Entities, type", StringComparison.Ordinal));
        Assert.Contains("—", typeRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_task_says_so()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.Render<TaskDetailPage>(p => p.Add(c => c.TaskId, "no/such/task"));

        page.WaitForAssertion(() => Assert.Contains("There is no task 'no/such/task'", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }
}
