using System.CommandLine;
using McodeBench.Core.Scoring;

namespace McodeBench.Cli;

/// <summary>
/// <c>--view all|successful</c>: how failed tasks enter the summary, comparisons and breakdowns (SCORING.md): as
/// empty predictions (all attempts, the default, the view runs rank by) or left out (successful tasks only).
/// </summary>
internal static class ViewOption
{
    public static Option<string> Create(string what)
    {
        var option = new Option<string>("--view")
        {
            Description = $"How failed tasks enter {what}: all (a failed task counts as an empty prediction, the default) or successful (left out).",
            DefaultValueFactory = _ => "all",
        };
        option.AcceptOnlyFromAmong("all", "successful");
        return option;
    }

    public static AggregateView Of(string? value) => value == "successful" ? AggregateView.SuccessfulOnly : AggregateView.AllAttempts;
}
