using McodeBench.Core.Pipelines;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class TrialContextTextTests
{
    [Fact]
    public void Describes_the_title_and_conditions()
    {
        Assert.Equal(
            "Title: Trastuzumab in HER2-positive metastatic breast cancer\nConditions: Breast Cancer; HER2-positive Breast Cancer",
            TrialContextText.Describe(PipelineFixtures.Trial));
    }

    [Fact]
    public void Omits_the_conditions_line_when_there_are_none()
    {
        var trial = new Trial("NCT1", " A title ", [], [" ", ""], [], []);

        Assert.Equal("Title: A title", TrialContextText.Describe(trial));
    }
}
