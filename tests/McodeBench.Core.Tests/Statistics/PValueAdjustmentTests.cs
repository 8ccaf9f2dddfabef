using McodeBench.Core.Statistics.Adjustment;

namespace McodeBench.Core.Tests.Statistics;

public sealed class PValueAdjustmentTests
{
    /// <summary>
    /// Sorted: 0.005, 0.01, 0.03, 0.04 (m = 4). Holm: 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 = 0.04 → kept
    /// monotone at 0.06. Back in input order: 0.03, 0.06, 0.06, 0.02.
    /// BH from the top: 4·0.04/4 = 0.04; 4·0.03/3 = 0.04; 4·0.01/2 = 0.02; 4·0.005/1 = 0.02. Input order: 0.02, 0.04, 0.04, 0.02.
    /// </summary>
    [Fact]
    public void Holm_and_bh_on_a_four_value_textbook_vector()
    {
        double?[] p = [0.01, 0.04, 0.03, 0.005];

        var holm = PValueAdjustment.Holm(p);
        var bh = PValueAdjustment.BenjaminiHochberg(p);

        AssertClose([0.03, 0.06, 0.06, 0.02], holm);
        AssertClose([0.02, 0.04, 0.04, 0.02], bh);
    }

    /// <summary>
    /// The fifteen p-values of Benjamini and Hochberg (1995, section 4). At 0.05 the paper's step-up procedure rejects
    /// four hypotheses and Holm's procedure three. By hand: BH q of the 4th = min over j ≥ 4 of 15·p₍ⱼ₎/j = 15·0.0095/4 =
    /// 0.035625; of the 5th = 15·0.0201/5 = 0.0603; Holm of the 3rd = 13·0.0019 = 0.0247, of the 4th = 12·0.0095 = 0.114.
    /// </summary>
    [Fact]
    public void Benjamini_hochberg_1995_example_rejects_four_and_holm_three()
    {
        double?[] p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

        var holm = PValueAdjustment.Holm(p);
        var bh = PValueAdjustment.BenjaminiHochberg(p);

        Assert.Equal(4, bh.Count(q => q <= 0.05));
        Assert.Equal(3, holm.Count(q => q <= 0.05));
        Assert.Equal(0.035625, bh[3]!.Value, 12);
        Assert.Equal(0.0603, bh[4]!.Value, 12);
        Assert.Equal(0.0247, holm[2]!.Value, 12);
        Assert.Equal(0.114, holm[3]!.Value, 12);
        Assert.Equal(1, holm[14]);
        Assert.Equal(1, bh[14]);
    }

    [Fact]
    public void Undefined_p_values_stay_undefined_and_do_not_count_in_the_family()
    {
        double?[] p = [0.01, null, 0.04];

        var holm = PValueAdjustment.Holm(p);
        var bh = PValueAdjustment.BenjaminiHochberg(p);

        AssertClose([0.02, null, 0.04], holm); // m = 2, not 3
        AssertClose([0.02, null, 0.04], bh);
    }

    [Fact]
    public void Adjusted_values_are_capped_at_one()
    {
        var holm = PValueAdjustment.Holm([0.6, 0.7, 0.9]);

        Assert.All(holm, value => Assert.Equal(1, value));
    }

    [Fact]
    public void A_p_value_outside_zero_and_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PValueAdjustment.Holm([0.2, 1.5]));
    }

    private static void AssertClose(double?[] expected, IReadOnlyList<double?> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null)
            {
                Assert.Null(actual[i]);
            }
            else
            {
                Assert.Equal(expected[i]!.Value, actual[i]!.Value, 12);
            }
        }
    }
}
