namespace McodeBench.Core.Statistics.Options;

/// <summary>
/// How the statistics layer resamples and decides (docs/statistics.md). The defaults are what every leaderboard uses;
/// the seed is fixed so the same run always gives the same intervals and p-values.
/// </summary>
/// <param name="Resamples">Cluster-bootstrap resamples per interval.</param>
/// <param name="Seed">Seed of every random draw; change it to see how much the Monte Carlo error moves a figure.</param>
/// <param name="Confidence">Coverage of the percentile intervals (0.95 gives 2.5 % and 97.5 % percentiles).</param>
/// <param name="Alpha">Significance level: a comparison with an adjusted p below it is a real difference.</param>
/// <param name="Shuffles">Approximate-randomization shuffles per paired test when the exact enumeration is too large.</param>
/// <param name="ExactEnumerationMaxTrials">At or below this many paired trials the test enumerates all 2^n swaps instead.</param>
/// <param name="MinTrialsPerStratum">A stratum with fewer trials gets "too few trials" instead of an interval.</param>
/// <param name="MaxUndefinedShare">An interval is withheld (null) when more resamples than this share are undefined.</param>
/// <param name="TrialFlipsListed">How many trials whose metric moved most a run-against-run row lists.</param>
public sealed record StatisticsOptions(
    int Resamples = 2000,
    ulong Seed = 0x5EED_2026_0009UL,
    double Confidence = 0.95,
    double Alpha = 0.05,
    int Shuffles = 9999,
    int ExactEnumerationMaxTrials = 16,
    int MinTrialsPerStratum = 10,
    double MaxUndefinedShare = 0.05,
    int TrialFlipsListed = 10)
{
    public static StatisticsOptions Default { get; } = new();

    /// <summary>Throws when a value would make the statistics meaningless, naming the option and the allowed range.</summary>
    public void Validate()
    {
        if (Resamples < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Resamples), Resamples, "Use at least 100 bootstrap resamples (2,000 by default).");
        }

        if (Shuffles < 99)
        {
            throw new ArgumentOutOfRangeException(nameof(Shuffles), Shuffles, "Use at least 99 shuffles (9,999 by default).");
        }

        if (Confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "Confidence must lie strictly between 0 and 1 (0.95 by default).");
        }

        if (Alpha is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must lie strictly between 0 and 1 (0.05 by default).");
        }

        if (ExactEnumerationMaxTrials is < 0 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(ExactEnumerationMaxTrials), ExactEnumerationMaxTrials, "Exact enumeration is limited to 0–24 trials (2^24 swaps); 16 by default.");
        }

        if (MinTrialsPerStratum < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinTrialsPerStratum), MinTrialsPerStratum, "A stratum needs at least 2 trials to resample.");
        }

        if (MaxUndefinedShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxUndefinedShare), MaxUndefinedShare, "The undefined share must lie between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(TrialFlipsListed);
    }
}
