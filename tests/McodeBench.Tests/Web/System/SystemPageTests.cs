using Bunit;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Results;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.SystemStatus;
using Microsoft.Extensions.DependencyInjection;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.SystemStatus;

public sealed class SystemPageTests
{
    [Fact]
    public async Task Shows_silo_status_database_size_and_cache_figures_from_the_tasks()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var context = new PageTestContext(environment);
        context.Services.GetRequiredService<ProcessSampler>().Sample();

        var page = context.Render<SystemPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-figure=hit-rate]")), TimeSpan.FromSeconds(10));
        Assert.Equal("fake", page.Find("td[data-figure=silo]").TextContent.Trim());
        // Seeded calls: 1 + 2 + 1, one of them a cache hit worth $0.005.
        Assert.StartsWith("25.0%", page.Find("td[data-figure=hit-rate]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("$0.0050", page.Find("td[data-figure=saved]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("KiB", page.Find("td[data-figure=database]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_sample_has_no_cpu_share_and_the_second_has_one()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        using var sampler = new ProcessSampler(environment.Engine, TimeProvider.System);

        var first = sampler.Sample();
        await Task.Delay(50, cancellationToken);
        var second = sampler.Sample();

        Assert.Null(first.CpuPercent);
        Assert.InRange(second.CpuPercent!.Value, 0, 100);
        Assert.Equal(2, sampler.Samples.Snapshot().Count);
    }
}
