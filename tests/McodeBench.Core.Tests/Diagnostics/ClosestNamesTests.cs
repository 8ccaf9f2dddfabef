using McodeBench.Core.Library;

using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Tests.Diagnostics;

public sealed class ClosestNamesTests
{
    [Fact]
    public void Finds_typos_and_fragments_nearest_first()
    {
        string[] keys = ["gpt-4o-mini", "gpt-4.1", "deepseek-chat", "rules-baseline"];

        Assert.Equal("gpt-4o-mini", ClosestNames.Find("gpt-4o-mnii", keys)[0]);
        Assert.Contains("gpt-4o-mini", ClosestNames.Find("gpt-4o", keys));
        Assert.Equal(["deepseek-chat"], ClosestNames.Find("DeepSeek-Chat", keys));
        Assert.Empty(ClosestNames.Find("claude", keys));
    }
}
