using McodeBench.Configuration;

namespace McodeBench.Tests.Configuration;

/// <summary>What <c>config show</c> may print of a value: secrets by key name, connection-string passwords, pasted credentials.</summary>
public sealed class SecretMaskerTests
{
    [Theory]
    [InlineData("Host=db;Username=app;Password=s3cret;Database=mb", "Host=db;Username=app;Password=***;Database=mb")]
    [InlineData("Server=db; User Id=app; Pwd=s3cret", "Server=db; User Id=app; Pwd=***")]
    [InlineData("Host=db;Password=\"a;b=c\";Port=5432", "Host=db;Password=***;Port=5432")]
    [InlineData("Data Source=/tmp/x.db", "Data Source=/tmp/x.db")]
    [InlineData("postgres://app:s3cret@db:5432/mb", "postgres://app:***@db:5432/mb")]
    public void Connection_strings_keep_everything_but_their_secrets(string connectionString, string expected)
    {
        Assert.Equal(expected, SecretMasker.MaskConnectionString(connectionString));
    }

    [Theory]
    [InlineData("AccessToken")]
    [InlineData("OpenAI:ApiKey")]
    [InlineData("Smtp:Password")]
    [InlineData("ClientSecret")]
    [InlineData("github_token")]
    public void A_value_whose_key_names_a_secret_is_masked_whole(string key)
    {
        Assert.Equal(SecretMasker.Mask, SecretMasker.Display(key, "plain-looking-value"));
    }

    [Fact]
    public void Other_values_are_shown_but_a_pasted_bearer_token_is_still_scrubbed()
    {
        Assert.Equal("./.mcodebench", SecretMasker.Display("DataDir", "./.mcodebench"));
        var shown = SecretMasker.Display("Note", "Authorization: Bearer abcDEF123456");
        Assert.StartsWith("Authorization: ", shown, StringComparison.Ordinal);
        Assert.Contains(SecretMasker.Mask, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("abcDEF123456", shown, StringComparison.Ordinal);
        Assert.Equal(string.Empty, SecretMasker.Display("AccessToken", string.Empty));
    }

    [Fact]
    public void PWD_as_a_name_is_not_a_secret_but_Pwd_in_a_connection_string_is()
    {
        Assert.False(SecretMasker.IsSecretName("PWD"));
        Assert.True(SecretMasker.IsSecretKeyword("Pwd"));
    }
}
