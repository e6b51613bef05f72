using MudBlazor;

namespace ClaimTracker.Web.Components.Layout;

/// <summary>The one theme every page uses, light and dark. Fonts are the system's: the app must work offline.</summary>
internal static class AppTheme
{
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a4b08",
            Tertiary = "#2e7d6b",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            Warning = "#b45309",
            Error = "#b91c1c",
            Success = "#15803d",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb3e6",
            Secondary = "#f0b36b",
            Tertiary = "#6fd3bb",
            AppbarBackground = "#15202b",
            Background = "#101418",
            Surface = "#1a2027",
            DrawerBackground = "#151b21",
            Warning = "#f59e0b",
            Error = "#f87171",
            Success = "#4ade80",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
