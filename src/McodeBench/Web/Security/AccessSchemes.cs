namespace McodeBench.Web.Security;

/// <summary>Names of the tracker's authentication schemes and of the one user they sign in.</summary>
internal static class AccessSchemes
{
    /// <summary>Picks <see cref="Token"/> when a token header is present, else <see cref="Cookie"/>.</summary>
    public const string Selector = "McodeBench";

    public const string Token = "McodeBench.Token";

    public const string Cookie = "McodeBench.Cookie";

    public const string CookieName = "mcodebench_access";

    /// <summary>Everyone who has the token is the same user: the tracker has no accounts.</summary>
    public const string UserName = "token holder";

    public const string SignInPath = "/access";
}
