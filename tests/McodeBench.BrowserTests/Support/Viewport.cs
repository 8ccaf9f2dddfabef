namespace McodeBench.BrowserTests.Support;

/// <summary>A browser window size in CSS pixels.</summary>
public sealed record Viewport(int Width, int Height)
{
    public override string ToString() => FormattableString.Invariant($"{Width}×{Height}");
}
