using McodeBench.Core.Models.Retry;

namespace McodeBench.Core.Tests.Models.Retry;

public sealed class RetryAfterValueTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData(" 1.5 ", 1.5)]
    [InlineData("Sat, 01 Mar 2025 12:00:45 GMT", 45)]
    [InlineData("Sat, 01 Mar 2025 11:59:00 GMT", 0)]
    public void ReadsSecondsAndHttpDates(string header, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterValue.Parse(header, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    public void UnreadableValuesGiveNull(string? header) => Assert.Null(RetryAfterValue.Parse(header, Now));

    [Fact]
    public void ReadsOpenAIMilliseconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryAfterValue.ParseMilliseconds("250"));
}
