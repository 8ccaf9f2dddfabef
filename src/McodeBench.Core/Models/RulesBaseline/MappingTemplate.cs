using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>What a recognised mention maps to before it is attached to an entity: an mCODE element, a canonical value, a code when known.</summary>
public sealed record MappingTemplate(string Element, string Value, CodeRef? Code = null);
