namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>An entity handed to a mapping prompt (from its entities_json block).</summary>
public sealed record GivenEntity(string Id, string Text, string Type);
