using System.Security.Cryptography;
using System.Text;
using McodeBench.Simulator.Hosting;

namespace McodeBench.Simulator.Tests.Hosting;

/// <summary>The simulator's per-body occurrence count: exact for recent bodies, bounded however long it serves.</summary>
public sealed class RecentOccurrenceCounterTests
{
    private static string Hash(int body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("body " + body)));

    [Fact]
    public void A_body_counts_from_zero_and_each_sight_adds_one()
    {
        var counter = new RecentOccurrenceCounter();

        Assert.Equal([0, 1, 2], [counter.Next(Hash(1)), counter.Next(Hash(1)), counter.Next(Hash(1))]);
        Assert.Equal(0, counter.Next(Hash(2)));
        Assert.Equal(3, counter.Next(Hash(1)));
    }

    [Fact]
    public void A_body_seen_within_the_last_generation_keeps_its_count_across_a_turnover()
    {
        var counter = new RecentOccurrenceCounter(generationSize: 4);
        counter.Next(Hash(0));
        counter.Next(Hash(0));
        for (var body = 1; body <= 4; body++)
        {
            counter.Next(Hash(body));
        }

        // Body 0 is now in the old generation; seeing it again carries its count into the young one.
        Assert.Equal(2, counter.Next(Hash(0)));
        for (var body = 5; body <= 8; body++)
        {
            counter.Next(Hash(body));
        }

        Assert.Equal(3, counter.Next(Hash(0)));
    }

    [Fact]
    public void A_body_unseen_for_two_generations_is_forgotten_and_counts_from_zero()
    {
        var counter = new RecentOccurrenceCounter(generationSize: 4);
        counter.Next(Hash(0));
        counter.Next(Hash(0));
        for (var body = 1; body <= 8; body++)
        {
            counter.Next(Hash(body));
        }

        Assert.Equal(0, counter.Next(Hash(0)));
    }

    [Fact]
    public void Never_holds_more_than_two_generations_of_bodies()
    {
        var counter = new RecentOccurrenceCounter(generationSize: 100);
        var most = 0;
        for (var body = 0; body < 1_000; body++)
        {
            counter.Next(Hash(body));
            most = Math.Max(most, counter.Count);
        }

        Assert.Equal(200, most);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-hash-not-a-hash-not-a-hash-not-a-hash")]
    public void A_value_that_is_not_a_hex_hash_is_refused_with_its_text(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new RecentOccurrenceCounter().Next(value));

        Assert.Contains("hex SHA-256", error.Message, StringComparison.Ordinal);
    }
}
