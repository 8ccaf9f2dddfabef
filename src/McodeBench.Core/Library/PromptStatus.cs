namespace McodeBench.Core.Library;

public enum PromptStatus
{
    Draft,
    Experimental,
    Production,
    Deprecated,
}
