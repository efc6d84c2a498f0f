using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.RCNets;

/// <summary>
/// Kernel-side checks of the RCNet theorems, shared by the auxiliary and main theorem tests. Targets and moduli are
/// written here independently of <see cref="ApproximationTarget"/>: d = 1 targets are parsed expressions, d = 2 ones
/// closed forms, and every modulus and √d enters as a hand-picked rational lower bound.
/// </summary>
internal static class RcChecks
{
    /// <summary>
    /// Compares the state labels that name an exact value with the states s_k the kernel's evaluator computes at x:
    /// input copies (in a copy at x ± δe_i, of the shifted point), step indices, cleared coordinates, counters, and the
    /// output (clipped or smoothed) at the last state. Returns how many values of each kind were checked.
    /// </summary>
    public static Dictionary<string, int> CheckLabels(RCNet net, Rational[] x)
    {
        Assert.All(net.Labels, l => Assert.Equal(net.Compositions, l.Last));
        var k = Rational.Parse(net.Meta["K"]); var delta = Rational.Parse(net.Meta["delta"]);
        var inner = (1 - k * delta) * delta;
        var states = net.States(x);
        var output = net.Evaluate(x)[0];
        var seen = new Dictionary<string, int>();
        void Seen(string kind) => seen[kind] = seen.GetValueOrDefault(kind) + 1;
        for (int i = 0; i < net.StateDimension; i++)
            foreach (var phase in net.Labels[i].Phases)
                for (int s = phase.First; s <= phase.Last; s++)
                {
                    var v = states[s][i]; int j = s - phase.First; var m = phase.Meaning;
                    // "[copy at x − δe₂] [copy at x + δe₁] …": the point this copy runs at
                    var point = (Rational[])x.Clone();
                    while (m.StartsWith("[copy at x", StringComparison.Ordinal))
                    {
                        int close = m.IndexOf(']', StringComparison.Ordinal);
                        var shift = m[..close];
                        if (shift.Length > "[copy at x".Length)
                        {
                            int axis = "₁₂₃".IndexOf(shift[^1]);
                            point[axis] += shift.Contains('−', StringComparison.Ordinal) ? -delta : delta;
                        }
                        m = m[(close + 2)..];
                    }
                    if (m.EndsWith("(input copy)", StringComparison.Ordinal))
                    {
                        int which = "₁₂₃".IndexOf(m[1]);
                        Assert.Equal((k - k * delta - inner) * point[which] + k * delta, v); Seen("input");
                    }
                    else if (m == "j+1 (floor step index)") { Assert.Equal((Rational)(j + 1), v); Seen("step"); }
                    else if (m.StartsWith("0 (", StringComparison.Ordinal) || m == "0") { Assert.Equal(Rational.Zero, v); Seen("zero"); }
                    else if (m.Contains("counter: ", StringComparison.Ordinal))
                    {
                        int start = int.Parse(m[..m.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                        Assert.Equal((Rational)(start - 2 * j), v); Seen("counter");
                    }
                    else if (s == net.Compositions && (m.EndsWith("(clipped: the output)", StringComparison.Ordinal) || m.EndsWith("(smoothed value)", StringComparison.Ordinal)))
                    {
                        Assert.Equal(output, v); Seen("output");
                    }
                }
        return seen;
    }

    /// <summary>A test case: target name, d, r and the exact value of f at a point.</summary>
    public sealed record Case(string Name, int D, int R)
    {
        public override string ToString() => $"{Name}, d={D}, r={R}";

        public ApproximationTarget Target => Name switch
        {
            "abs(x-1/3)" => ApproximationTarget.AbsDistance(Rational.Create(1, 3)),
            "x^2" => ApproximationTarget.Square(),
            "max(x1,x2)" => ApproximationTarget.Max2(),
            _ => ApproximationTarget.Product2(),
        };

        /// <summary>f by its closed form (d = 2 targets are non-decreasing in each coordinate on [0,1]²).</summary>
        public Rational F(IReadOnlyList<Rational> x) => Name switch
        {
            "abs(x-1/3)" => Rational.Abs(x[0] - Rational.Create(1, 3)),
            "x^2" => x[0] * x[0],
            "max(x1,x2)" => Rational.Max(x[0], x[1]),
            _ => x[0] * x[1],
        };

        /// <summary>A rational lower bound of ω_f(r^{−1/d}) (r a perfect square when d = 2).</summary>
        public Rational OmegaLower()
        {
            if (D == 1)
            {
                Rational t = Rational.Create(1, R);
                return Name == "x^2" ? 2 * t - t * t : Rational.Min(t, Rational.Create(2, 3));
            }
            int root = Enumerable.Range(1, R).First(q => q * q >= R);
            Assert.Equal(R, root * root);
            Rational s = Rational.Create(1, root);
            if (Name == "max(x1,x2)") return s;
            var u = s * Rational.Create(707, 1000);                 // ≤ s/√2
            return 2 * u - u * u;
        }

        /// <summary>sup |f| on [0,1]^d (2/3 for |x − 1/3|, at x = 1; 1 for the others).</summary>
        public Rational SupNorm => Name == "abs(x-1/3)" ? Rational.Create(2, 3) : Rational.One;

        /// <summary>A rational lower bound of √d (1.414 for d = 2).</summary>
        public Rational SqrtDLower => D == 1 ? Rational.One : Rational.Create(1414, 1000);

        /// <summary>A rational upper bound of √d.</summary>
        public Rational SqrtDUpper => D == 1 ? Rational.One : Rational.Create(1415, 1000);
    }

    /// <summary>
    /// Outside Ω: on every closed cube Q_β the kernel decides that the network has a fixed activation pattern and is
    /// constant, and the constant is within <paramref name="bound"/> of f on the cube (d = 1: the kernel's exact sup
    /// against the parsed target; d = 2: the corners, f being monotone). Returns the constants and the largest error.
    /// </summary>
    public static (Dictionary<string, Rational> Values, Rational Worst) CheckCubes(Case c, Network flat, Rational delta, Rational bound, string id)
    {
        int k = TriflingRegion.GridSize(c.R, c.D);
        var omega = new TriflingRegion(c.D, k, delta);
        var values = new Dictionary<string, Rational>();
        var worst = Rational.Zero;
        foreach (var beta in omega.Indices())
        {
            var cube = omega.Cube(beta);
            var affine = BoxAnalysis.DecideAffine(flat, cube);
            Assert.True(affine.PatternFixed, $"{c}: pattern not fixed on Q_({string.Join(",", beta)}) at layer {affine.UnfixedLayer}");
            Assert.True(affine.IsConstant, $"{c}: not constant on Q_({string.Join(",", beta)})");
            var value = affine.Offset![0];
            values[string.Join(",", beta)] = value;
            Rational error;
            if (c.D == 1)
            {
                var claim = new Claim($"{id}/d=1,r={c.R},f={c.Name},beta={beta[0]}", "Zhang–Lu–Zhao", "error outside Ω on one cube");
                var (verdict, outcome) = Check.Distance(claim, flat, TargetParser.Parse(c.Name), cube.Lower[0], cube.Upper[0], Norm.Sup, bound);
                Assert.Equal(VerdictKind.Proved, verdict.Kind);
                error = outcome!.High;
            }
            else
                error = Rational.Max(Rational.Abs(value - c.F(cube.Lower.ToArray())), Rational.Abs(value - c.F(cube.Upper.ToArray())));
            Assert.True(error <= bound, $"{c}: error {error} > {bound} on Q_({string.Join(",", beta)})");
            worst = Rational.Max(worst, error);
        }
        return (values, worst);
    }
}
