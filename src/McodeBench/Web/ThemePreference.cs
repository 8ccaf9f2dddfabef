namespace McodeBench.Web;

/// <summary>
/// The visitor's light or dark choice, remembered in a cookie (wwwroot/js/theme.js writes it) so every page and every
/// visit starts in the theme chosen last.
/// </summary>
public sealed record ThemePreference(bool DarkMode)
{
    public const string CookieName = "mcodebench_theme";

    public const string DarkValue = "dark";

    public static bool IsDark(string? cookieValue) => string.Equals(cookieValue, DarkValue, StringComparison.Ordinal);
}
