using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;
using LppdMetrics.Tests.Numbers;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The Theil decomposition on data spanning the double range (incomes and weights 2^±1000, products wᵢyᵢ below the
/// normal range): its total is <see cref="GeneralizedEntropy.Theil"/>, its between part Σ s_g ln(μ_g/μ) and within part
/// Σ s_g T_g are those of exact arithmetic (the shares s_g = T_g/T and the ratios μ_g/μ as <see cref="Rational"/>s).
/// </summary>
public class TheilDecompositionExtremeTests
{
    private static double P2(int k) => Math.ScaleB(1.0, k);

    // n households: income m·2^a, weight v·2^b, group 0–2; shrinking to fewer households, mantissas toward 1,
    // exponents toward 0 and groups toward 0.
    private static Arbitrary<(((int, int), (int, int)), int)[]> Households()
    {
        Gen<(((int, int), (int, int)), int)> row =
            from ym in Gen.Choose(1, 1000)
            from ya in Gen.Choose(-1000, 1000)
            from wm in Gen.Choose(1, 1000)
            from wb in Gen.Choose(-1000, 1000)
            from g in Gen.Choose(0, 2)
            select (((ym, ya), (wm, wb)), g);
        return Arb.From(Gen.Choose(1, 6).SelectMany(n => row.ArrayOf(n)),
            rows => Shrinkers.Array(rows, r => Shrinkers.Pair(r,
                h => Shrinkers.Pair(h,
                    y => Shrinkers.Pair(y, m => Shrinkers.Int(m, 1), a => Shrinkers.Int(a, 0)),
                    w => Shrinkers.Pair(w, m => Shrinkers.Int(m, 1), b => Shrinkers.Int(b, 0))),
                g => Shrinkers.Int(g, 0)), minLength: 1));
    }

    [Property(MaxTest = 400)]
    public Property DecompositionMatchesTheilAndExactSharesOnDataSpanningTheDoubleRange() =>
        Prop.ForAll(Households(), rows =>
        {
            double[] y = rows.Select(r => Math.ScaleB((double)r.Item1.Item1.Item1, r.Item1.Item1.Item2)).ToArray();
            double[] w = rows.Select(r => Math.ScaleB((double)r.Item1.Item2.Item1, r.Item1.Item2.Item2)).ToArray();
            int[] groups = rows.Select(r => r.Item2).ToArray();
            Check(y, w, groups);
        });

    /// <summary>
    /// By hand, groups A = {(y 2^-600, w 2^-600), (y 3·2^-600, w 2^-600)} and B = {(y 1, w 1)}: every product in A is
    /// 2^-1200 or 3·2^-1200, below the normal range (and 2^-1200 is below even the subnormals once scaled), so group A's
    /// mean was lost. Exactly: μ_A = 2^-599 (= 2·2^-600), T = 1 + 4·2^-1200, W = 1 + 2^-599; s_A = 4·2^-1200/T ≈ 2^-1198.
    /// The decomposition must agree with <see cref="GeneralizedEntropy.Theil"/> and report μ_A = 2^-599 and
    /// T_A = ½(½ ln ½ + 3/2 ln 3/2) (incomes 1 and 3 in the unit 2^-600, equal weights).
    /// </summary>
    [Fact]
    public void AGroupWhoseProductsAreBelowTheNormalRangeKeepsItsMeanAndTheil()
    {
        double[] y = [P2(-600), 3 * P2(-600), 1], w = [P2(-600), P2(-600), 1];
        int[] groups = [0, 0, 1];
        TheilDecomposition d = TheilDecomposition.Compute(y, w, groups);
        Assert.Equal(P2(-599), d.Groups[0].Mean);
        Assert.Equal(0.5 * (0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)), d.Groups[0].Theil, 15);
        Check(y, w, groups);
    }

    private static void Check(double[] y, double[] w, int[] groups)
    {
        bool anyIncome = y.Zip(w).Any(p => p.First > 0 && p.Second > 0);
        if (!anyIncome)
            return;
        TheilDecomposition d = TheilDecomposition.Compute(y, w, groups);
        double theil = GeneralizedEntropy.Theil(y, w);
        Rational total = Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) * Rational.Of(yi)));
        Rational weight = Rational.Sum(w.Select(Rational.Of));
        double within = 0, between = 0;
        foreach (TheilGroup g in d.Groups)
        {
            int code = int.Parse(g.Group, System.Globalization.CultureInfo.InvariantCulture);
            int[] members = Enumerable.Range(0, y.Length).Where(i => groups[i] == code).ToArray();
            Rational tg = Rational.Sum(members.Select(i => Rational.Of(w[i]) * Rational.Of(y[i])));
            Rational wg = Rational.Sum(members.Select(i => Rational.Of(w[i])));
            double share = (tg / total).ToDouble();
            Assert.True(Math.Abs(g.IncomeShare - share) <= 1e-15 * share + double.Epsilon, $"group {code}: share {g.IncomeShare:R}, exactly {share:R}");
            if (tg.N.IsZero)
                continue;
            double ratio = (tg / wg / (total / weight)).Log();
            double groupTheil = GeneralizedEntropy.Theil(members.Select(i => y[i]).ToArray(), members.Select(i => w[i]).ToArray());
            Assert.True(Math.Abs(g.Theil - groupTheil) <= 1e-14 * groupTheil + 1e-16, $"group {code}: Theil {g.Theil:R}, alone {groupTheil:R}");
            within += share * groupTheil;
            between += share * ratio;
        }
        // 1e-14 relative, and 5e-16 absolute: a logarithm of a ratio near 1 rounded to a double is only that close
        // (Theil itself is then a rounding of a sum of terms ±1e-16: y = (2^-78, 168·2^174), w = (2^-606, 781·2^-928)
        // have T = 1.987e-14 exactly, and every double evaluation lands within 2e-16 of it).
        double tolerance = 1e-14 * theil + 5e-16;
        Assert.True(Math.Abs(d.Total - theil) <= tolerance, $"total {d.Total:R}, Theil {theil:R}");
        Assert.True(Math.Abs(d.Within - within) <= tolerance, $"within {d.Within:R}, exactly {within:R}");
        Assert.True(Math.Abs(d.Between - between) <= tolerance, $"between {d.Between:R}, exactly {between:R}");
    }
}
