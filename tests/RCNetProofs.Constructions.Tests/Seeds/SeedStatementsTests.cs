using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Constructions.Seeds;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Seeds;

/// <summary>
/// Re-derives every datum of <see cref="SeedStatements"/> from the constructions and the kernel: the seed's side from
/// <see cref="SeedNetworks"/> (or the seed's formula), the true side from the paper's construction.
/// </summary>
public class SeedStatementsTests
{
    [Fact]
    public void All_IdsAreTheCatalogueSeedIdsOfS3AndS4()
    {
        string[] s4 = ["SEED-DELTA", "SEED-FRAC", "SEED-HI", "SEED-HI-SIZE", "SEED-X2-ERR", "SEED-PAR", "SEED-SYM", "SEED-MISC-S4"];
        string[] s3 = ["SEED-DAN-EQ", "SEED-DAN-PNF", "SEED-DAN-WIDTH", "SEED-DAN-NOTATION", "SEED-DAN-REC"];
        Assert.Equal(s4, SeedStatements.Telgarsky.Select(s => s.Id));
        Assert.Equal(s3, SeedStatements.Daniely.Select(s => s.Id));
        Assert.All(SeedStatements.Telgarsky, s => Assert.Equal("S4", s.Seed));
        Assert.All(SeedStatements.Daniely, s => Assert.Equal("S3", s.Seed));
        Assert.Equal(["SEED-X2-ERR", "SEED-DAN-REC"], SeedStatements.All.Where(s => s.SeedIsCorrect).Select(s => s.Id));
        Assert.Equal(SeedStatements.Get("SEED-PAR"), SeedStatements.All[5]);
        Assert.Throws<KeyNotFoundException>(() => SeedStatements.Get("SEED-NONE"));
    }

    [Fact]
    public void Delta_Data_MatchSeedNetworkAndTriangle()
    {
        foreach (var d in SeedStatements.Get("SEED-DELTA").Data)
        {
            Assert.Equal(d.SeedValue, SeedNetworks.Delta().EvaluateScalar(d.Point[0]));
            Assert.Equal(d.TrueValue, Triangle.Build().EvaluateScalar(d.Point[0]));
        }
    }

    [Fact]
    public void Frac_Data_MatchSeedRightSideAndSawtooth()
    {
        foreach (var d in SeedStatements.Get("SEED-FRAC").Data)
        {
            int l = d.Parameters["L"];
            Assert.Equal(d.SeedValue, SeedNetworks.FractalRightSide(l).EvaluateScalar(d.Point[0]));
            Assert.Equal(d.TrueValue, Sawtooth.Build(l).EvaluateScalar(d.Point[0]));
        }
    }

    [Fact]
    public void Hi_Data_MatchSeedInterpolantAndYarotsky()
    {
        foreach (var d in SeedStatements.Get("SEED-HI").Data)
        {
            var x = d.Point[0];
            if (d.Parameters.TryGetValue("i", out int i))
            {
                Assert.Equal(d.SeedValue, SeedNetworks.SquareInterpolant(i).EvaluateScalar(x));
                Assert.Equal(d.TrueValue, SquareApprox.Build(i).EvaluateScalar(x));
            }
            else
            {
                int j = d.Parameters["j"];
                Rational Seed(int levels) => levels == 0 ? x : SeedNetworks.SquareInterpolant(levels).EvaluateScalar(x);
                Assert.Equal(d.SeedValue, Seed(j + 1) - Seed(j));
                Assert.Equal(d.TrueValue, SquareApprox.Build(j + 1).EvaluateScalar(x) - SquareApprox.Build(j).EvaluateScalar(x));
            }
        }
    }

    [Fact]
    public void HiSize_Data_MatchMeasuredSizes()
    {
        var data = SeedStatements.Get("SEED-HI-SIZE").Data;
        var sizes = NetworkSizes.Measure(SquareApprox.Build(4));
        Assert.Equal(((Rational)16, (Rational)sizes.Depth), (data[0].SeedValue!.Value, data[0].TrueValue));
        Assert.Equal(((Rational)((1 << 4) + 1), (Rational)sizes.Neurons), (data[1].SeedValue!.Value, data[1].TrueValue));
        var eps = Rational.Pow(4, -5);
        Assert.Equal((1 / (eps * eps), (Rational)SquareApprox.LevelsFor(eps)), (data[2].SeedValue!.Value, data[2].TrueValue));
    }

    [Fact]
    public void X2Err_Data_MatchKernelSup()
    {
        foreach (var d in SeedStatements.Get("SEED-X2-ERR").Data)
        {
            var sup = Distance.Sup(SquareApprox.Build(d.Parameters["i"]), new PiecewisePolynomial([new PolynomialPiece(0, 1, Polynomial.Monomial(1, 2))]));
            Assert.Equal(d.TrueValue, sup.Exact);
            Assert.Equal(d.SeedValue, sup.Exact);
        }
    }

    [Fact]
    public void Par_Data_MatchSeedNetworkAndParity()
    {
        foreach (var d in SeedStatements.Get("SEED-PAR").Data)
        {
            int l = d.Parameters["L"];
            Assert.Equal(1 << l, d.Parameters["d"]);
            Assert.Equal(d.SeedValue, SeedNetworks.Parity(l).Evaluate([.. d.Point])[0]);
            Assert.Equal(d.TrueValue, Parity.Build(l).Evaluate([.. d.Point])[0]);
            Assert.Equal(d.TrueValue, d.Point.Aggregate(Rational.One, (p, v) => p * v));
        }
    }

    [Fact]
    public void Sym_Data_MatchSeedRightSideAndSawtooth()
    {
        var data = SeedStatements.Get("SEED-SYM").Data;
        static Rational F(Rational z) => z * (1 - z);
        int l = data[0].Parameters["L"];
        var x = data[0].Point[0];
        Assert.Equal(data[0].TrueValue, F(Sawtooth.Build(l).EvaluateScalar(x)));
        Assert.Equal(data[0].SeedValue, F(SeedNetworks.FractalRightSide(l).EvaluateScalar(x)));
        // copies: with f = Δ (two pieces per copy) the kernel counts 2·copies pieces of f∘Δ^{∘L} on [0, 1]
        var pieces = PiecewiseLinear.CountDistinctPieces(SymmetricCopies.Build(Triangle.Build(), l), Segment.Interval(0, 1), out _);
        Assert.Equal(data[1].TrueValue, (Rational)(pieces!.Value / 2));
        Assert.Equal(data[1].SeedValue, (Rational)(1 << (l + 1)));
    }

    [Fact]
    public void MiscS4_Datum_IsTheTriangleOutputDimension() =>
        Assert.Equal(SeedStatements.Get("SEED-MISC-S4").Data[0].TrueValue, (Rational)Triangle.Build().OutputDimension);

    [Fact]
    public void DanEq_Datum_MatchesExactOrthonormality()
    {
        var d0 = SeedStatements.Get("SEED-DAN-EQ").Data[0];
        int d = d0.Parameters["d"], n = d0.Parameters["n"];
        var p = Gegenbauer.BuildAll(d, n);
        // F = h_0 + h_n with h_i = √N_{d,i} P_i: ‖F‖² = N_0⟨P_0,P_0⟩ + N_n⟨P_n,P_n⟩ + 2√(N_0N_n)⟨P_0,P_n⟩, the cross term 0 exactly.
        Assert.Equal(Rational.Zero, SphereMarginal.InnerProduct(d, p[0], p[n]));
        var lhs = HarmonicDimension.Of(d, 0) * SphereMarginal.InnerProduct(d, p[0], p[0]) + HarmonicDimension.Of(d, n) * SphereMarginal.InnerProduct(d, p[n], p[n]);
        var rhs = HarmonicDimension.Of(d, n) * SphereMarginal.InnerProduct(d, p[n], p[n]); // ‖P_nF‖², with g_j ≡ 0
        Assert.Equal((d0.TrueValue, d0.SeedValue!.Value), (lhs, rhs));
    }

    [Fact]
    public void DanPnfWidthNotationRec_Data_MatchConstructions()
    {
        foreach (var d in SeedStatements.Get("SEED-DAN-PNF").Data)
            Assert.Equal(d.TrueValue, SinExample.ProjectionFactor(d.Parameters["d"]));
        var w = SeedStatements.Get("SEED-DAN-WIDTH").Data[0];
        int dim = w.Parameters["d"];
        Assert.Equal(w.TrueValue, (Rational)HarmonicDimension.Of(dim, dim * dim)); // a Python-computed integer against the C# code
        var n = SeedStatements.Get("SEED-DAN-NOTATION").Data[0];
        var (r, l, eps) = ((Rational)n.Parameters["R"], (Rational)n.Parameters["L"], n.Point[0]);
        Assert.Equal(n.SeedValue, 2 * r * l / eps);
        Assert.Equal(n.TrueValue, (Rational)NetworkSizes.Measure(LipschitzApprox.BuildSeed(new LipschitzTarget("x", x => x, l), r, eps)).Width);
        foreach (var d in SeedStatements.Get("SEED-DAN-REC").Data)
        {
            var value = d.Point.Length == 1
                ? Gegenbauer.Build(d.Parameters["d"], d.Parameters["n"]).Evaluate(d.Point[0])
                : (Rational)HarmonicDimension.Of(d.Parameters["d"], d.Parameters["n"]);
            Assert.Equal((d.TrueValue, d.TrueValue), (value, d.SeedValue!.Value));
        }
    }
}
