namespace McodeBench.Core.Library;

/// <summary>What a prompt asks a model to do; each type has its own required placeholders.</summary>
public enum PromptType
{
    /// <summary>Text → entities (first step of the two-step pipeline). Requires <c>{clinical_text}</c>.</summary>
    Extraction,

    /// <summary>Entities → mCODE mappings (second step). Requires <c>{entities_json}</c> and <c>{trial_context}</c>.</summary>
    Mapping,

    /// <summary>Text → mCODE mappings in one call. Requires <c>{clinical_text}</c>.</summary>
    Direct,
}
