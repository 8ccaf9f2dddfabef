using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>A small trial and prompts shaped like the default templates (tagged data), for pipeline tests.</summary>
public static class PipelineFixtures
{
    public const string EligibilityText = "Inclusion: HER2-positive disease treated with trastuzumab; metastatic breast cancer.";

    public static Trial Trial { get; } = new(
        "NCT09999999",
        "Trastuzumab in HER2-positive metastatic breast cancer",
        [new TrialSection(SectionNames.Eligibility, EligibilityText)],
        ["Breast Cancer", "HER2-positive Breast Cancer"],
        [],
        []);

    public static TrialText Text { get; } = new(Trial.Id, EligibilityText, [new SectionOffset(SectionNames.Eligibility, 0, EligibilityText.Length)]);

    public static string Context { get; } = TrialContextText.Describe(Trial);

    public static PromptDefinition Extraction { get; } = Prompt(
        "extract-test", PromptType.Extraction, "Extract entities as JSON {\"entities\": [...]}.\n<clinical_text>\n{clinical_text}\n</clinical_text>");

    public static PromptDefinition Mapping { get; } = Prompt(
        "map-test", PromptType.Mapping, "Map to mCODE.\n<entities_json>\n{entities_json}\n</entities_json>\n<trial_context>\n{trial_context}\n</trial_context>");

    public static PromptDefinition Direct { get; } = Prompt(
        "direct-test", PromptType.Direct, "Return mcode_mappings.\n<clinical_text>\n{clinical_text}\n</clinical_text>\n<trial_context>\n{trial_context}\n</trial_context>");

    public static PromptDefinition Prompt(string key, PromptType type, string template) =>
        new(key, type, template, key + ".txt", "1.0", "test prompt", [], PromptStatus.Production, false);

    public static PipelineRequest TwoStepRequest(GenerationParameters? parameters = null, int repeatIndex = 0) =>
        new(Text, Context, Extraction, Mapping, parameters ?? new GenerationParameters(), repeatIndex);

    public static PipelineRequest DirectRequest(GenerationParameters? parameters = null, int repeatIndex = 0) =>
        new(Text, Context, Direct, null, parameters ?? new GenerationParameters(), repeatIndex);
}
