// Remembers the light/dark choice for a year; read back on the server by App.razor (ThemePreference).
window.mcodebenchTheme = {
    remember: function (dark) {
        document.cookie = "mcodebench_theme=" + (dark ? "dark" : "light") + "; path=/; max-age=31536000; samesite=lax";
    }
};
