using MudBlazor;

namespace McodeBench.Web.Layout;

/// <summary>
/// The tracker's colours. Status and log-level colours are used as text as well as fills, so each is dark enough on
/// the light background and light enough on the dark one to keep a contrast of at least 4.5:1 (WCAG AA).
/// </summary>
public static class TrackerTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#6a1b9a",
            Info = "#0b57a4",
            Success = "#1b6b20",
            Warning = "#8a5300",
            Error = "#b3261e",
            AppbarBackground = "#1565c0",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90caf9",
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            Secondary = "#ce93d8",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            Info = "#7cc0f8",
            InfoContrastText = "rgba(0,0,0,0.87)",
            Success = "#8fd694",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            Warning = "#ffd166",
            WarningContrastText = "rgba(0,0,0,0.87)",
            Error = "#ffaba5",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(255,255,255,0.75)",
        },
    };
}
