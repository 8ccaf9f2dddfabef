using Bunit;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Components.Log;

namespace McodeBench.Tests.Web.Components;

public sealed class LiveLogTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stored_lines_show_first_each_coloured_by_its_level()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await environment.Database.Events.AppendAsync(
            [
                new NewEvent(EventLevel.Info, "run started", "r1"),
                new NewEvent(EventLevel.Success, "task done", "r1"),
                new NewEvent(EventLevel.Warning, "rate limited", "r1"),
                new NewEvent(EventLevel.Error, "task failed", "r1"),
                new NewEvent(EventLevel.Debug, "claimed", "r1"),
                new NewEvent(EventLevel.Error, "another run", "r2"),
            ],
            Cancel);
        await using var context = TrackerComponentContext.Create(environment);

        var log = context.Render<LiveLog>(parameters => parameters.Add(l => l.RunId, "r1"));

        log.WaitForAssertion(() => Assert.Equal(5, log.FindAll(".mcb-log-line[data-level]").Count));
        Assert.Equal(
            ["mcb-level-info", "mcb-level-success", "mcb-level-warning", "mcb-level-error", "mcb-level-debug"],
            log.FindAll(".mcb-log-line[data-level]").Select(line => line.ClassList.Single(c => c.StartsWith("mcb-level-", StringComparison.Ordinal))));
        Assert.DoesNotContain("another run", log.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_lines_appear_within_a_second_and_lines_of_other_runs_do_not()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var log = context.Render<LiveLog>(parameters => parameters.Add(l => l.RunId, "r1"));
        log.WaitForAssertion(() => Assert.Equal(1, environment.Engine.SubscriberCount));

        environment.Engine.Publish(new LogEngineEvent(new StoredEvent(41, DateTime.UtcNow, EventLevel.Error, "live failure", "r1", "r1/r0/t/m/p", new Dictionary<string, string>())));
        environment.Engine.Publish(new LogEngineEvent(new StoredEvent(42, DateTime.UtcNow, EventLevel.Info, "elsewhere", "r2", null, new Dictionary<string, string>())));

        log.WaitForAssertion(() => Assert.Contains("live failure", log.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(1));
        Assert.Single(log.FindAll(".mcb-log-line.mcb-level-error"));
        Assert.DoesNotContain("elsewhere", log.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Level_toggles_and_the_text_filter_hide_lines()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await environment.Database.Events.AppendAsync(
            [
                new NewEvent(EventLevel.Debug, "claimed NCT1", "r1"),
                new NewEvent(EventLevel.Info, "started NCT2", "r1"),
                new NewEvent(EventLevel.Error, "failed NCT2", "r1"),
            ],
            Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var log = context.Render<LiveLog>(parameters => parameters.Add(l => l.RunId, "r1"));
        log.WaitForAssertion(() => Assert.Equal(3, log.FindAll(".mcb-log-line[data-level]").Count));

        // MudButton handles clicks asynchronously, so each change is awaited.
        log.Find("button[data-level=Debug]").Click();
        log.WaitForAssertion(() => Assert.Equal(["Info", "Error"], log.FindAll(".mcb-log-line[data-level]").Select(l => l.GetAttribute("data-level"))));
        Assert.Equal("false", log.Find("button[data-level=Debug]").GetAttribute("aria-pressed"));

        log.Find("input").Input("failed");
        log.WaitForAssertion(() => Assert.Equal(["Error"], log.FindAll(".mcb-log-line[data-level]").Select(l => l.GetAttribute("data-level"))));

        log.Find("button[data-level=Error]").Click();
        log.WaitForAssertion(() => Assert.Empty(log.FindAll(".mcb-log-line[data-level]")));
        Assert.Contains("No line matches the filter.", log.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_keeps_only_the_newest_lines_it_is_allowed()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await environment.Database.Events.AppendAsync(Enumerable.Range(1, 30).Select(i => new NewEvent(EventLevel.Info, $"line {i:00}", "r1")), Cancel);
        await using var context = TrackerComponentContext.Create(environment);

        var log = context.Render<LiveLog>(parameters => parameters.Add(l => l.RunId, "r1").Add(l => l.MaxLines, 10));

        log.WaitForAssertion(() => Assert.Equal(10, log.FindAll(".mcb-log-line[data-level]").Count));
        Assert.Contains("line 30", log.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("line 20", log.Markup, StringComparison.Ordinal);
        Assert.Contains("line 21", log.Markup, StringComparison.Ordinal);
    }
}
