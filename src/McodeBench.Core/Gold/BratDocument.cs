using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>One brat document as McodeBench uses it: the trial made from its <c>.txt</c> (one <c>eligibility</c> section) and its gold.</summary>
public sealed record BratDocument(Trial Trial, GoldStandard Gold);
