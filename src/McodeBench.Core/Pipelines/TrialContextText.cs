using McodeBench.Core.Trials;

namespace McodeBench.Core.Pipelines;

/// <summary>The short trial description inserted as <c>{trial_context}</c>: the title and the conditions.</summary>
public static class TrialContextText
{
    public static string Describe(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var conditions = trial.Conditions.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        var title = $"Title: {trial.Title.Trim()}";
        return conditions.Count == 0 ? title : $"{title}\nConditions: {string.Join("; ", conditions)}";
    }
}
