using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using MudBlazor;

namespace McodeBench.Web.Components;

/// <summary>How a status is drawn: a colour, an icon (so colour is never the only cue) and a label.</summary>
public sealed record StatusLook(Color Color, string Icon, string Label)
{
    public static StatusLook Of(TrackedTaskStatus status) => status switch
    {
        TrackedTaskStatus.Pending => new(Color.Default, Icons.Material.Filled.HourglassEmpty, "Pending"),
        TrackedTaskStatus.Queued => new(Color.Info, Icons.Material.Filled.Schedule, "Queued"),
        TrackedTaskStatus.Running => new(Color.Primary, Icons.Material.Filled.PlayCircle, "Running"),
        TrackedTaskStatus.Paused => new(Color.Warning, Icons.Material.Filled.PauseCircle, "Paused"),
        TrackedTaskStatus.Completed => new(Color.Success, Icons.Material.Filled.CheckCircle, "Completed"),
        TrackedTaskStatus.Failed => new(Color.Error, Icons.Material.Filled.Error, "Failed"),
        TrackedTaskStatus.Cancelled => new(Color.Dark, Icons.Material.Filled.Cancel, "Cancelled"),
        _ => new(Color.Default, Icons.Material.Filled.Help, status.ToString()),
    };

    public static StatusLook Of(RunStatus status) => status switch
    {
        RunStatus.Pending => new(Color.Default, Icons.Material.Filled.HourglassEmpty, "Pending"),
        RunStatus.Running => new(Color.Primary, Icons.Material.Filled.PlayCircle, "Running"),
        RunStatus.Paused => new(Color.Warning, Icons.Material.Filled.PauseCircle, "Paused"),
        RunStatus.Completed => new(Color.Success, Icons.Material.Filled.CheckCircle, "Completed"),
        RunStatus.Cancelled => new(Color.Dark, Icons.Material.Filled.Cancel, "Cancelled"),
        _ => new(Color.Default, Icons.Material.Filled.Help, status.ToString()),
    };
}
