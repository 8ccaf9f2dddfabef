using McodeBench.Web.Pages.SystemStatus;

namespace McodeBench.Web;

/// <summary>Services of the results, task, configuration and system pages, registered by <see cref="TrackerHost"/>.</summary>
public static class InsightPages
{
    public static IServiceCollection AddInsightPages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ProcessSampler>();
        services.AddHostedService(provider => provider.GetRequiredService<ProcessSampler>());
        return services;
    }
}
