using Bunit;
using McodeBench.Core.Library;
using McodeBench.Engine.Orchestration;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.SystemStatus;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace McodeBench.Tests.Web.PageSupport;

/// <summary>
/// A bUnit context for the results, task, configuration and system pages: the test environment's engine, MudBlazor's
/// services (its popover provider rendered, as the layout does), loose JavaScript interop (charts and MudBlazor call
/// scripts that do not exist under bUnit), and the environment's variables for API-key presence.
/// </summary>
internal sealed class PageTestContext : BunitContext
{
    public PageTestContext(WebTestEnvironment environment)
    {
        Environment = environment;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IBenchmarkEngine>(environment.Engine);
        Services.AddSingleton(environment.Environment);
        Services.AddSingleton(new ApiKeyResolver(name => environment.Environment.Variable(name)));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ProcessSampler>();
        Render<MudPopoverProvider>();
    }

    public WebTestEnvironment Environment { get; }

    /// <summary>Renders a page after navigating to <paramref name="address"/>, so its query parameters are supplied.</summary>
    public IRenderedComponent<TPage> RenderAt<TPage>(string address, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render(parameters ?? (_ => { }));
    }
}
