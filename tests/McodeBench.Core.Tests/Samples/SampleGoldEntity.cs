namespace McodeBench.Core.Tests.Samples;

/// <summary>A gold entity as the sample file states it.</summary>
public sealed record SampleGoldEntity(string Id, string Section, int Start, int End, string Text, string Type, string Criterion, bool Negated);
