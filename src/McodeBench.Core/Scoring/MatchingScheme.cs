namespace McodeBench.Core.Scoring;

public enum MatchingScheme { Strict, Exact, Partial, Type }
