using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Tests.Scoring.Values;

public sealed class PerformanceStatusValueTests
{
    [Theory]
    [InlineData("0-1", "0,1")]
    [InlineData("0 or 1", "0,1")]
    [InlineData("=< 1", "0,1")]
    [InlineData("<= 1", "0,1")]
    [InlineData("≤1", "0,1")]
    [InlineData("< 2", "0,1")]
    [InlineData("ECOG 0-1", "0,1")]
    [InlineData("ECOG 0\u20101", "0,1")]
    [InlineData("ECOG 0\u20111", "0,1")]
    [InlineData("ECOG 0\u20121", "0,1")]
    [InlineData("ECOG 0\u20131", "0,1")]
    [InlineData("ECOG 0\u20141", "0,1")]
    [InlineData("ECOG 0\u20151", "0,1")]
    [InlineData("ECOG PS 0 to 1", "0,1")]
    [InlineData("1 or better", "0,1")]
    [InlineData("2 or better", "0,1,2")]
    [InlineData("0, 1, or 2", "0,1,2")]
    [InlineData("between 0 and 2", "0,1,2")]
    [InlineData("ECOG (Zubrod) performance status of 0-2", "0,1,2")]
    [InlineData("a performance status of 0 or 1 on the ECOG scale", "0,1")]
    [InlineData("at most 2", "0,1,2")]
    [InlineData("no more than 1", "0,1")]
    [InlineData("ECOG >= 2", "2,3,4,5")]
    [InlineData("> 1", "2,3,4,5")]
    [InlineData("2 or worse", "2,3,4,5")]
    [InlineData("ECOG 1", "1")]
    [InlineData("WHO performance status 0", "0")]
    public void Ecog_values_read_as_the_grades_they_allow(string value, string grades) =>
        Assert.Equal("ecog:" + grades, PerformanceStatusValue.Canonical(value, PerformanceScale.Ecog));

    [Theory]
    [InlineData(">= 70", "70,80,90,100")]
    [InlineData("70-100", "70,80,90,100")]
    [InlineData("Karnofsky >= 70", "70,80,90,100")]
    [InlineData("KPS ≥ 70%", "70,80,90,100")]
    [InlineData("KPS scores of 70 or greater", "70,80,90,100")]
    [InlineData("70 or better", "70,80,90,100")]
    [InlineData("at least 70", "70,80,90,100")]
    [InlineData("> 60", "70,80,90,100")]
    [InlineData(">= 65", "70,80,90,100")]
    [InlineData("Karnofsky or Lansky >= 50", "50,60,70,80,90,100")]
    [InlineData("Karnofsky/Lansky ≥ 50", "50,60,70,80,90,100")]
    [InlineData("Karnofsky 80", "80")]
    [InlineData("< 50", "0,10,20,30,40")]
    public void Karnofsky_values_read_as_the_scores_they_allow(string value, string scores) =>
        Assert.Equal("karnofsky:" + scores, PerformanceStatusValue.Canonical(value, PerformanceScale.Karnofsky));

    [Theory]
    [InlineData("Karnofsky >= 70")]   // another scale in an ECOG value
    [InlineData("ECOG 7")]            // not a grade
    [InlineData("good performance status")]
    [InlineData("ECOG 0-1 or KPS >= 70")]
    [InlineData(">= 1 or 2")]         // a comparator before a list is ambiguous
    [InlineData("")]
    public void Values_that_do_not_read_as_ecog_grades_are_left_to_text(string value) =>
        Assert.Null(PerformanceStatusValue.Canonical(value, PerformanceScale.Ecog));

    [Theory]
    [InlineData("ECOG 0-1")]
    [InlineData("75")]                // not a Karnofsky score
    [InlineData("fully active")]
    public void Values_that_do_not_read_as_karnofsky_scores_are_left_to_text(string value) =>
        Assert.Null(PerformanceStatusValue.Canonical(value, PerformanceScale.Karnofsky));
}
