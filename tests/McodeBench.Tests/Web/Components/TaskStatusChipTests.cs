using Bunit;
using McodeBench.Core.Tasks;
using McodeBench.Web.Components;
using MudBlazor.Services;

namespace McodeBench.Tests.Web.Components;

public sealed class TaskStatusChipTests
{
    [Theory]
    [InlineData(TrackedTaskStatus.Pending, "mud-chip-color-default", "Pending")]
    [InlineData(TrackedTaskStatus.Queued, "mud-chip-color-info", "Queued")]
    [InlineData(TrackedTaskStatus.Running, "mud-chip-color-primary", "Running")]
    [InlineData(TrackedTaskStatus.Paused, "mud-chip-color-warning", "Paused")]
    [InlineData(TrackedTaskStatus.Completed, "mud-chip-color-success", "Completed")]
    [InlineData(TrackedTaskStatus.Failed, "mud-chip-color-error", "Failed")]
    [InlineData(TrackedTaskStatus.Cancelled, "mud-chip-color-dark", "Cancelled")]
    public async Task Each_status_has_its_colour_an_icon_and_its_name(TrackedTaskStatus status, string colourClass, string label)
    {
        await using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();

        var chip = context.Render<TaskStatusChip>(parameters => parameters.Add(c => c.Status, status));

        var root = chip.Find(".mud-chip");
        Assert.Contains(colourClass, root.ClassList);
        Assert.Equal(status.ToString(), root.GetAttribute("data-status"));
        Assert.Contains(label, root.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chip.Find(".mud-chip svg")); // colour is never the only cue
    }

    [Fact]
    public void Every_status_looks_different()
    {
        var looks = Enum.GetValues<TrackedTaskStatus>().Select(StatusLook.Of).ToList();

        Assert.Equal(looks.Count, looks.Select(l => l.Icon).Distinct().Count());
        Assert.Equal(looks.Count, looks.Select(l => l.Color).Distinct().Count());
    }
}
