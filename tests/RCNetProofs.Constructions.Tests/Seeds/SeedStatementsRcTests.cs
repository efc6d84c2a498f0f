using System.Numerics;
using RCNetProofs.Constructions.Intrinsic;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Constructions.Seeds;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.Seeds;

/// <summary>
/// Re-derives every datum of <see cref="SeedStatementsRc"/>: true values from the RCNet and intrinsic-parameter
/// constructions through the kernel, from networks with the stated architecture, or by exact arithmetic written here;
/// seed values from the seeds' own formulas.
/// </summary>
public class SeedStatementsRcTests
{
    private static readonly Claim Count = new("SEED-RC-SLIDE", "seed S0", "composition count of the RCNet built for Theorem 1.1");

    /// <summary>The kernel's composition count of the Theorem 1.1 network for a d-dimensional target at r.</summary>
    private static int MeasuredCompositions(int d, int r)
    {
        var net = CompositionApprox.Build(d == 1 ? ApproximationTarget.AbsDistance(Rational.Create(1, 3)) : ApproximationTarget.Max2(), r, 1);
        var v = Check.Compositions(Count, net.Flatten(), net.L1, net.G, net.L2, 3 * r + 1);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        return int.Parse(v.Measured!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Dense parameters of a network with the given layer sizes (inputs, hidden…, outputs), measured from its layers.</summary>
    private static long MeasuredParameters(params int[] sizes)
    {
        var layers = new List<AffineLayer>();
        for (int l = 1; l < sizes.Length; l++)
            layers.Add(AffineLayer.Sparse(sizes[l - 1], Enumerable.Range(0, sizes[l]).Select(_ => (IReadOnlyList<(int, Rational)>)[]).ToArray(),
                new Rational[sizes[l]], l == sizes.Length - 1 ? Activation.Identity : Activation.Relu));
        return NetworkSizes.Measure(new Network(sizes[0], layers)).Parameters;
    }

    [Fact]
    public void All_IdsAreTheCatalogueSeedIdsOfS0S1S2()
    {
        Assert.Equal(["SEED-RC-SLIDE", "SEED-RC-LINF", "SEED-RC-STUDENT-T1.1", "SEED-RC-T13", "SEED-RC-PARAMS", "SEED-RC-TABLE-LOGIC", "SEED-RC-EXP", "SEED-RC-MISC"],
            SeedStatementsRc.Rc.Select(s => s.Id));
        Assert.Equal(["SEED-INT-CONST", "SEED-INT-LINF", "SEED-INT-3P"], SeedStatementsRc.Intrinsic.Select(s => s.Id));
        Assert.Equal(["SEED-RC-STUDENT-T1.1", "SEED-INT-CONST", "SEED-INT-3P"], SeedStatementsRc.All.Where(s => s.SeedIsCorrect).Select(s => s.Id));
        Assert.All(SeedStatementsRc.All, s => Assert.True(ClaimId.IsValid(s.Id)));
        Assert.All(SeedStatementsRc.All.Where(s => !s.SeedIsCorrect && s.Id != "SEED-INT-LINF"), s => Assert.NotEmpty(s.Counterexamples));
        Assert.Equal(["S0", "S0", "S2", "S2", "S2", "S2", "S2", "S2", "S1", "S1", "S1"], SeedStatementsRc.All.Select(s => s.Seed));
        Assert.Throws<KeyNotFoundException>(() => SeedStatementsRc.Get("SEED-NONE"));
    }

    [Fact]
    public void Slide_CompositionCountsAndTheBoundAtTheActualCount()
    {
        var data = SeedStatementsRc.Get("SEED-RC-SLIDE").Data;
        foreach (var datum in data.Where(x => x.Quantity == "compositions of g"))
        {
            int d = datum.Parameters["d"], r = datum.Parameters["r"];
            Assert.Equal((Rational)r, datum.SeedValue);
            Assert.Equal((Rational)MeasuredCompositions(d, r), datum.TrueValue);
        }
        var bound = data.Single(x => x.Quantity.StartsWith("bound", StringComparison.Ordinal));
        int rr = bound.Parameters["R"];
        Assert.Equal(6 / (Rational)rr, bound.SeedValue);                     // 6√d·R^{−1/d} read with R compositions, d = 1
        Assert.Equal(6 / ((Rational)(rr - 1) / 3), bound.TrueValue);         // 6√d·((R − 1)/3)^{−1/d}
    }

    [Fact]
    public void LInfinity_SizesOfTheorem13AgainstTheLpNetwork()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-RC-LINF").Data)
        {
            int d = datum.Parameters["d"];
            switch (datum.Quantity)
            {
                case "width of g":
                    Assert.Equal(BigInteger.Pow(4, d + 5) * d, datum.TrueValue.Numerator);
                    break;
                case "state dimension":
                    Assert.Equal((Rational)(BigInteger.Pow(3, d) * (5 * d + 4) - 1), datum.TrueValue);
                    Assert.Equal((Rational)UniformCompositionApprox.Build(ApproximationTarget.Max2(), 4).StateDimension, datum.TrueValue);
                    Assert.Equal((Rational)CompositionApprox.Build(ApproximationTarget.Max2(), 4, 1).StateDimension, datum.SeedValue);
                    break;
                default:
                    int r = datum.Parameters["r"];
                    Assert.Equal((Rational)(3 * r + 2 * d - 1), datum.TrueValue);
                    var uniform = UniformCompositionApprox.Build(ApproximationTarget.Max2(), r);
                    var (count, _) = CompositionStructure.Measure(uniform.Flatten(), uniform.L1, uniform.G, uniform.L2);
                    Assert.Equal(datum.TrueValue, (Rational)count!.Value);
                    Assert.Equal((Rational)MeasuredCompositions(d, r), datum.SeedValue);
                    break;
            }
        }
    }

    [Fact]
    public void StudentTheorem11_IsConfirmedByTheBuiltNetwork()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-RC-STUDENT-T1.1").Data)
        {
            int d = datum.Parameters["d"];
            Rational measured = datum.Quantity switch
            {
                "compositions of g" => MeasuredCompositions(d, datum.Parameters["r"]),
                "depth of g (hidden layers)" => NetworkSizes.Measure(CompositionApprox.Build(ApproximationTarget.Square(), 2, 1).G).Depth,
                _ => CompositionApprox.Build(ApproximationTarget.Product2(), 4, 1).StateDimension,
            };
            Assert.Equal(measured, datum.TrueValue);
            Assert.Equal(datum.SeedValue, datum.TrueValue);
        }
    }

    [Fact]
    public void Theorem13_WidthMissesTheFactorD()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-RC-T13").Data)
        {
            int d = datum.Parameters["d"];
            if (datum.Quantity == "width of g")
            {
                Assert.Equal((Rational)BigInteger.Pow(4, d + 5), datum.SeedValue);
                Assert.Equal((Rational)(BigInteger.Pow(4, d + 5) * d), datum.TrueValue);
                Assert.Equal(d > 1, datum.IsCounterexample);
            }
            else Assert.Equal(datum.SeedValue, datum.TrueValue);
        }
    }

    [Fact]
    public void Params_MeasuredFromTheStatedArchitecture()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-RC-PARAMS").Data)
        {
            if (datum.Quantity == "hidden layers of g")
            {
                Assert.Equal((Rational)NetworkSizes.Measure(CompositionApprox.Build(ApproximationTarget.Square(), 1, 1).G).Depth, datum.TrueValue);
                continue;
            }
            int d = datum.Parameters["d"];
            int n = 69 * d + 48, s = 5 * d + 5;
            long measured = MeasuredParameters(s, n, n, n, n, n, s) + MeasuredParameters(d, s) + MeasuredParameters(s, 1);
            Assert.Equal((Rational)measured, datum.TrueValue);
            Assert.Equal((Rational)(2L * (d * (d + 5L) + (d + 5L) * n + (long)n * n)), datum.SeedValue);
        }
        // the student's table is the student's formula
        Assert.Equal([28794L, 71824, 134178, 215856, 316858], Enumerable.Range(1, 5).Select(SeedStatementsRc.StudentParameterFormula));
        Assert.Equal([57722L, 144970, 271696, 437900, 643582], Enumerable.Range(1, 5).Select(SeedStatementsRc.RcParameterFormula));
    }

    [Fact]
    public void TableLogic_CompositionsForTenToTheMinusFour()
    {
        var data = SeedStatementsRc.Get("SEED-RC-TABLE-LOGIC").Data;
        Assert.Equal(SeedStatementsRc.Get("SEED-RC-PARAMS").Data[0].TrueValue, data[0].TrueValue);
        foreach (var datum in data.Skip(1))
        {
            int d = datum.Parameters["d"];
            var r = (datum.TrueValue - 1) / 3;
            Assert.True(r.IsInteger);
            // r is the least integer with r ≥ (6√d·10^4)^d, i.e. r² ≥ 36^d·d^d·10^{8d}
            var threshold = BigInteger.Pow(36, d) * BigInteger.Pow(d, d) * BigInteger.Pow(10, 8 * d);
            var ri = r.Numerator;
            Assert.True(ri * ri >= threshold && (ri - 1) * (ri - 1) < threshold);
        }
        Assert.Equal((Rational)180001, data[1].TrueValue);
        Assert.Equal((Rational)21600000001, data[2].TrueValue);
    }

    [Fact]
    public void Experiments_NearestPowersOfTenOfTableOneRatios()
    {
        // Table 1 (MSE) as printed, written here independently of the source's copy
        var mse = new Dictionary<(int, int), Rational>
        {
            [(100, 1)] = Rational.Create(122, 10000), [(100, 2)] = Rational.Create(202, 1000000), [(100, 3)] = Rational.Create(346, 10000000), [(100, 4)] = Rational.Create(127, 10000000),
            [(200, 1)] = Rational.Create(892, 100000), [(200, 2)] = Rational.Create(46, 1000000), [(200, 3)] = Rational.Create(351, 100000000), [(200, 4)] = Rational.Create(111, 100000000),
        };
        Assert.Equal(mse, SeedStatementsRc.TableOneMse);
        static int Nearest(Rational x)
        {
            // the k with 10^{2k−1} ≤ x² < 10^{2k+1}
            int k = 0;
            while (x * x >= Rational.Pow(10, 2 * k + 1)) k++;
            while (x * x < Rational.Pow(10, 2 * k - 1)) k--;
            return k;
        }
        foreach (var datum in SeedStatementsRc.Get("SEED-RC-EXP").Data)
        {
            var ratio = datum.Parameters.TryGetValue("n", out int n) ? mse[(n, 1)] / mse[(n, 4)] : mse[(100, datum.Parameters["r"])] / mse[(200, datum.Parameters["r"])];
            Assert.Equal((Rational)Nearest(ratio), datum.TrueValue);
        }
        Assert.Equal(Rational.Create(122000, 127), mse[(100, 1)] / mse[(100, 4)]);   // ×960.6
    }

    [Fact]
    public void IntrinsicConst_BoundIsTheTheoremsForOneLipschitzAndTheKernelProvesIt()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-INT-CONST").Data)
        {
            int d = datum.Parameters["d"], n = datum.Parameters["n"];
            if (datum.Quantity == "intrinsic parameters")
            {
                Assert.Equal((Rational)(IntrinsicApprox.ScaledParameters(ApproximationTarget.Max2(), n).Length + 2), datum.TrueValue);
                continue;
            }
            var h = Rational.Pow(2, -n);
            Assert.Equal(h + 4 * h, datum.TrueValue);                     // ω(√d 2^{−n}) + 2^{−n+2}ω(√d) with ω(t) = t, d = 1
            Assert.Equal(5 * h, datum.SeedValue);
            if (n > 2) continue;
            var net = IntrinsicApprox.Build(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), n, IntrinsicApprox.Gap(1, n, 1));
            var (verdict, _) = Check.Distance(new Claim($"SEED-INT-CONST/d=1,n={n}", "seed S1", "‖φ − f‖_1 ≤ 5√d 2^{−n}"), net, TargetParser.Parse("abs(x-1/3)"), 0, 1, Norm.L1, datum.TrueValue);
            Assert.Equal(VerdictKind.Proved, verdict.Kind);
        }
    }

    [Fact]
    public void IntrinsicLInfinityAndThreeParameters_Counts()
    {
        foreach (var datum in SeedStatementsRc.Get("SEED-INT-LINF").Data)
        {
            int d = datum.Parameters["d"], n = datum.Parameters["n"];
            Assert.Equal((Rational)(BigInteger.Pow(3, d) * n + 2), datum.TrueValue);
            var target = d == 1 ? ApproximationTarget.AbsDistance(Rational.Create(1, 3)) : ApproximationTarget.Max2();
            Assert.Equal(datum.TrueValue, (Rational)(UniformIntrinsicApprox.Parameters(target, n).Length + 2));
        }
        foreach (var datum in SeedStatementsRc.Get("SEED-INT-3P").Data)
        {
            int d = datum.Parameters["d"];
            int n = ThreeParameters.Levels(Rational.Create(1, datum.Parameters["eps_inverse"]), 1, d);
            Assert.Equal((Rational)ThreeParameters.Bits(d, n), datum.TrueValue);
        }
        Assert.Single(SeedStatementsRc.Get("SEED-RC-MISC").Counterexamples);
    }
}
