using Bunit;
using McodeBench.Core.Library;
using McodeBench.Engine.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace McodeBench.Tests.Web.Support;

/// <summary>A bUnit context with what the tracker's components need: MudBlazor, the test engine, API-key presence from the test's variables.</summary>
internal static class TrackerComponentContext
{
    public static BunitContext Create(WebTestEnvironment environment)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        context.Services.AddSingleton<IBenchmarkEngine>(environment.Engine);
        context.Services.AddSingleton(new ApiKeyResolver(name => environment.Variables.TryGetValue(name, out var value) ? value : null));
        return context;
    }
}
