using System.Numerics;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Float;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// A claim about one network, waiting for what is claimed: membership in a class, a distance to a target, values
/// at points, or a count (pieces, breakpoints, neurons, parameters).
/// </summary>
/// <remarks>
/// Arguments are validated when the script states the claim, so a malformed claim fails at its own line; the
/// exact work runs later, when the host checks the claim under its budget and time limit.
/// </remarks>
public sealed partial class NetworkClaim
{
    private readonly ClaimRecord _record;
    private readonly Network _network;

    internal NetworkClaim(ClaimRecord record, Network network)
    {
        _record = record; _network = network;
    }

    /// <summary>
    /// Claims N ∈ NN{width, depth; R^inputs → R^outputs}: width and depth (in the claim's
    /// <see cref="ClaimBuilder.Convention"/>) at most the stated ones, dimensions equal, all measured from the weights.
    /// </summary>
    public void InClass(int width, int depth, int inputs = 1, int outputs = 1) =>
        InClass(new NetworkClass(width, depth, inputs, outputs, _record.Convention));

    /// <summary>Claims N ∈ <paramref name="stated"/>, with sizes measured from the weights.</summary>
    public void InClass(NetworkClass stated)
    {
        ArgumentNullException.ThrowIfNull(stated);
        if (stated.Convention != _record.Convention)
            throw new ArgumentException($"claim {_record.Id}: the class counts depth as {stated.Convention} but the claim as {_record.Convention}");
        _record.SetQuantity("class", stated);
        var network = _network;
        _record.State((claim, _) => new CheckOutcome(Check.Size(claim, network, stated), new ClaimEvidence(network)));
    }

    /// <summary>
    /// The distance between N and the target <paramref name="target"/> (text such as "x^2" or "abs(x - 1/3)") on
    /// the interval <paramref name="on"/>; the bound follows.
    /// </summary>
    /// <exception cref="TargetParseException">For malformed target text.</exception>
    public DistanceClaim Distance(string target, (Rational From, Rational To) on, Norm norm = Norm.Sup) =>
        Distance(TargetParser.Parse(target), on, norm);

    /// <summary>The distance between N and <paramref name="target"/> on the interval <paramref name="on"/>; the bound follows.</summary>
    public DistanceClaim Distance(TargetExpression target, (Rational From, Rational To) on, Norm norm = Norm.Sup)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireScalar("a distance");
        if (on.From >= on.To) throw new ArgumentException($"claim {_record.Id}: interval [{on.From}, {on.To}] is empty or a point");
        return new DistanceClaim(_record, _network, target, on.From, on.To, norm);
    }

    /// <summary>
    /// The distance between N and a target given directly as polynomial pieces (e.g. Δ(⟨2^k x⟩) with 2^(k+1) pieces,
    /// written independently of the network), on <paramref name="on"/> inside the target's domain; the bound follows.
    /// <paramref name="description"/> names the target in reports.
    /// </summary>
    /// <remarks>For <see cref="Norm.Sup"/> the target must be continuous on the interval (the kernel checks it).</remarks>
    /// <exception cref="ArgumentException">When the interval is empty or not inside the target's domain, or the description is empty.</exception>
    public DistanceClaim Distance(PiecewisePolynomial target, string description, (Rational From, Rational To) on, Norm norm = Norm.Sup)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (on.From < target.Start || on.To > target.End)
            throw new ArgumentException($"claim {_record.Id}: interval [{on.From}, {on.To}] is not inside the target's domain [{target.Start}, {target.End}]");
        return Distance(() => target, description, on, norm);
    }

    /// <summary>
    /// The same, with the pieces built by <paramref name="target"/> only when the claim is checked (and counted in its
    /// time): a target of millions of pieces then never waits in memory beside the others.
    /// </summary>
    /// <exception cref="ArgumentException">When the interval is empty or a point, or the description is empty.</exception>
    public DistanceClaim Distance(Func<PiecewisePolynomial> target, string description, (Rational From, Rational To) on, Norm norm = Norm.Sup)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        RequireScalar("a distance");
        if (on.From >= on.To) throw new ArgumentException($"claim {_record.Id}: interval [{on.From}, {on.To}] is empty or a point");
        return new DistanceClaim(_record, _network, target, description, on.From, on.To, norm);
    }

    /// <summary>
    /// Claims N = <paramref name="other"/> at every point of the interval <paramref name="on"/>, decided exactly from
    /// the pieces of their difference (both networks R → R): Proved, or Refuted at a point where they differ.
    /// </summary>
    /// <exception cref="ArgumentException">When either network is not R → R or the interval is empty.</exception>
    public void EqualsNetwork(Network other, (Rational From, Rational To) on)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireScalar("equality on an interval");
        if (other.InputDimension != 1 || other.OutputDimension != 1)
            throw new ArgumentException($"claim {_record.Id}: equality on an interval needs the other network R → R; it maps R^{other.InputDimension} → R^{other.OutputDimension}");
        if (on.From >= on.To) throw new ArgumentException($"claim {_record.Id}: interval [{on.From}, {on.To}] is empty or a point");
        _record.SetQuantity("interval", $"[{on.From}, {on.To}]");
        if (other.Meta.TryGetValue("construction", out var construction)) _record.SetQuantity("equals", construction);
        var (network, from, to) = (_network, on.From, on.To);
        _record.State((claim, context) => new CheckOutcome(Check.EqualOn(claim, network, other, from, to, context.Budget, context.Cancellation),
            new ClaimEvidence(network, From: from, To: to)));
    }

    /// <summary>
    /// Claims |N(x) − f(x)| ≤ <paramref name="within"/> (default 0: equality) at each sample point. Passing is
    /// evidence on those points only (Sampled); one failing point refutes the claim with an exact witness.
    /// </summary>
    public void Matches(Func<Rational, Rational> f, IEnumerable<Rational> at, Rational? within = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireScalar("a scalar target");
        Points(x => f(x[0]), Scalar(at), within, exhaustive: false);
    }

    /// <summary>Claims |N(x) − f(x)| ≤ <paramref name="within"/> (default 0) at each sample point of R^d (Sampled when it holds).</summary>
    public void Matches(Func<IReadOnlyList<Rational>, Rational> f, IEnumerable<IReadOnlyList<Rational>> at, Rational? within = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        Points(f, at, within, exhaustive: false);
    }

    /// <summary>
    /// Claims |N(x) − f(x)| ≤ <paramref name="within"/> (default 0) on a finite domain given in full, e.g. {0,1}^d;
    /// checking every point proves the claim. Use only when <paramref name="on"/> really is the whole domain.
    /// </summary>
    public void MatchesEverywhere(Func<Rational, Rational> f, IEnumerable<Rational> on, Rational? within = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireScalar("a scalar target");
        Points(x => f(x[0]), Scalar(on), within, exhaustive: true);
    }

    /// <summary>Claims |N(x) − f(x)| ≤ <paramref name="within"/> (default 0) on a finite domain of R^d given in full (Proved when it holds).</summary>
    public void MatchesEverywhere(Func<IReadOnlyList<Rational>, Rational> f, IEnumerable<IReadOnlyList<Rational>> on, Rational? within = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        Points(f, on, within, exhaustive: true);
    }

    /// <summary>
    /// Claims that the double evaluation of N agrees with N within <paramref name="within"/> at each sample point:
    /// |F(fl(x)) − N(x)| ≤ within, where F is <see cref="FloatNetwork"/> (binary64, round to nearest) and fl(x) the
    /// nearest double to x. Each double result is a dyadic rational, taken exactly; the kernel evaluates N(x)
    /// exactly and compares (<see cref="Check.AtPoints(Claim, Network, Func{IReadOnlyList{Rational}, Rational}, IReadOnlyList{IReadOnlyList{Rational}}, Rational, bool)"/>).
    /// Sampled when it holds (the doubles are evidence from this run); Refuted with the point, the exact value and the
    /// double result as witness when it does not; Unknown when a double result is not finite.
    /// </summary>
    /// <exception cref="ArgumentException">When N is not R → R or the tolerance is negative.</exception>
    public void FloatAgrees(IEnumerable<Rational> at, Rational within)
    {
        RequireScalar("a scalar float cross-check");
        FloatAgrees(Scalar(at), within);
    }

    /// <summary>The same at points of R^d (N with one output).</summary>
    /// <exception cref="ArgumentException">When N has several outputs or the tolerance is negative.</exception>
    public void FloatAgrees(IEnumerable<IReadOnlyList<Rational>> at, Rational within)
    {
        ArgumentNullException.ThrowIfNull(at);
        RequireOneOutput("a float cross-check");
        if (within.Sign < 0) throw new ArgumentException($"claim {_record.Id}: tolerance {within} is negative");
        _record.SetQuantity("within", within);
        _record.SetQuantity("float", "binary64 at the nearest double to x");
        var network = _network;
        _record.State((claim, _) =>
        {
            var list = at.Select(p => (IReadOnlyList<Rational>)p.ToArray()).ToList();
            var doubles = DoubleResults(network, list, out var nonFinite);
            if (nonFinite is not null) return new CheckOutcome(Check.Unknown(claim, $"FloatAgrees: the double result at x = ({string.Join(", ", nonFinite)}) is not finite"), new ClaimEvidence(network));
            return new CheckOutcome(Check.AtPoints(claim, network, x => doubles[Key(x)], list, within), new ClaimEvidence(network));
        });
    }

    /// <summary>
    /// Claims that the double evaluation of N lies within the a-priori rounding bound B(x) of
    /// <see cref="RoundingErrorBound"/> at each sample point: |F(fl(x)) − N(x)| ≤ B(x), decided by the kernel as in
    /// <see cref="FloatAgrees(IEnumerable{IReadOnlyList{Rational}}, Rational)"/> with a bound per point. Sampled when it
    /// holds; Refuted (the bound would be wrong) with a witness; Unknown where the bound does not exist (a double
    /// intermediate might overflow) or a double result is not finite.
    /// </summary>
    /// <exception cref="ArgumentException">When N has several outputs.</exception>
    public void FloatWithinRoundingBound(IEnumerable<IReadOnlyList<Rational>> at)
    {
        ArgumentNullException.ThrowIfNull(at);
        RequireOneOutput("a float cross-check");
        _record.SetQuantity("within", "the a-priori rounding bound (docs/float-error-bound.md)");
        _record.SetQuantity("float", "binary64 at the nearest double to x");
        var network = _network;
        _record.State((claim, _) =>
        {
            var list = at.Select(p => (IReadOnlyList<Rational>)p.ToArray()).ToList();
            var doubles = DoubleResults(network, list, out var nonFinite);
            if (nonFinite is not null) return new CheckOutcome(Check.Unknown(claim, $"FloatWithinRoundingBound: the double result at x = ({string.Join(", ", nonFinite)}) is not finite"), new ClaimEvidence(network));
            var rounding = RoundingErrorBound.For(network);
            var bounds = new Dictionary<string, Rational>(StringComparer.Ordinal);
            foreach (var x in list)
            {
                if (rounding.At(x.ToArray()) is not { } b)
                    return new CheckOutcome(Check.Unknown(claim, $"FloatWithinRoundingBound: no a-priori bound at x = ({string.Join(", ", x)}): a double intermediate might overflow"), new ClaimEvidence(network));
                bounds[Key(x)] = b[0].ToRational();
            }
            return new CheckOutcome(Check.AtPoints(claim, network, x => doubles[Key(x)], list, x => bounds[Key(x)]), new ClaimEvidence(network));
        });
    }

    /// <summary>The same at points of R (N R → R).</summary>
    /// <exception cref="ArgumentException">When N is not R → R.</exception>
    public void FloatWithinRoundingBound(IEnumerable<Rational> at)
    {
        RequireScalar("a scalar float cross-check");
        FloatWithinRoundingBound(Scalar(at));
    }

    /// <summary>
    /// Claims N = L2∘g^{∘stated}∘L1 layer for layer, with the composition count measured by the kernel from the layers
    /// of N (<see cref="Check.Compositions"/>): Proved, Refuted with the measured count, or Unknown when N has no such form.
    /// </summary>
    public void Compositions(Network first, Network block, Network last, int stated)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(last);
        _record.SetQuantity("compositions", $"= {stated}");
        var network = _network;
        _record.State((claim, _) => new CheckOutcome(Check.Compositions(claim, network, first, block, last, stated), new ClaimEvidence(network)));
    }

    /// <summary>
    /// Claims that N is constant on every box and within <paramref name="within"/> of the target there
    /// (<see cref="Check.ConstantOnBoxes(Claim, Network, IReadOnlyList{Box}, TargetExpression, Rational, CancellationToken, IProgress{int})"/>);
    /// the target is text such as "x^2", "max(x1, x2)" or "floor(x)", and the kernel encloses it on each box itself.
    /// </summary>
    /// <exception cref="TargetParseException">For malformed target text.</exception>
    public void ConstantOn(Func<IEnumerable<Box>> boxes, string target, Rational within) =>
        ConstantOn(boxes, TargetParser.Parse(target), within);

    /// <summary>Claims that N is constant on every box and within <paramref name="within"/> of <paramref name="target"/> there.</summary>
    public void ConstantOn(Func<IEnumerable<Box>> boxes, TargetExpression target, Rational within)
    {
        ArgumentNullException.ThrowIfNull(target);
        StateConstantOn(boxes, within, (claim, list, context, judged) => Check.ConstantOnBoxes(claim, _network, list, target, within, context.Cancellation, judged));
    }

    /// <summary>
    /// Claims that N is constant on every box (intervals) and within <paramref name="within"/> of a target known by its
    /// values and Lipschitz constant, which the kernel encloses by f(midpoint) ± L·half-width (the constant is taken as stated).
    /// </summary>
    public void ConstantOn(Func<IEnumerable<Box>> boxes, LipschitzTarget target, Rational within)
    {
        ArgumentNullException.ThrowIfNull(target);
        StateConstantOn(boxes, within, (claim, list, context, judged) => Check.ConstantOnBoxes(claim, _network, list, target, within, context.Cancellation, judged));
    }

    private void StateConstantOn(Func<IEnumerable<Box>> boxes, Rational within, Func<Claim, IReadOnlyList<Box>, CheckContext, IProgress<int>?, Verdict> check)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        if (_network.OutputDimension != 1)
            throw new ArgumentException($"claim {_record.Id}: the network has {_network.OutputDimension} outputs; box claims need 1");
        if (within.Sign < 0) throw new ArgumentException($"claim {_record.Id}: bound {within} is negative");
        _record.SetQuantity("within", within);
        var network = _network;
        // The boxes are listed here, not when stated, so that listing them counts against the claim's time.
        _record.State((claim, context) =>
        {
            var list = boxes().ToList();
            var judged = context.Activity is { } activity ? new ActivityProgress<int>(done => activity($"box {done}/{list.Count}")) : null;
            return new CheckOutcome(check(claim, list, context, judged), new ClaimEvidence(network));
        });
    }

    /// <summary>The number of maximal linear pieces of N on the interval (neighbours with one affine map count once).</summary>
    public CountClaim Pieces((Rational From, Rational To) on) => PieceCount(on, "distinct linear pieces", 0);

    /// <summary>The number of breakpoints of N inside the open interval: maximal linear pieces minus one.</summary>
    public CountClaim Breakpoints((Rational From, Rational To) on) => PieceCount(on, "breakpoints", 1);

    /// <summary>The number of hidden neurons, measured from the layers.</summary>
    public CountClaim Neurons() => new(_record, "neurons", _ => NetworkSizes.Measure(_network).Neurons, _network);

    /// <summary>The number of parameters (all weights and biases, counted densely), measured from the layers.</summary>
    public CountClaim Parameters() => new(_record, "parameters", _ => NetworkSizes.Measure(_network).Parameters, _network);

    /// <summary>The number of non-zero weights and biases, measured from the layers.</summary>
    public CountClaim NonZeros() => new(_record, "non-zero parameters", _ => NetworkSizes.Measure(_network).NonZeros, _network);

    /// <summary>Any count <paramref name="measure"/> takes from the network itself; the relation follows.</summary>
    public CountClaim Count(string quantity, Func<Network, BigInteger> measure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentNullException.ThrowIfNull(measure);
        var network = _network;
        return new CountClaim(_record, quantity, _ => measure(network), network);
    }

    private CountClaim PieceCount((Rational From, Rational To) on, string quantity, int subtract)
    {
        RequireScalar("a piece count");
        var segment = Segment.Interval(on.From, on.To);
        var network = _network;
        string name = $"{quantity} on [{on.From}, {on.To}]";
        return new CountClaim(_record, name, context =>
        {
            var count = PiecewiseLinear.CountDistinctPieces(network, segment, out var result, context.Budget, context.Cancellation)
                ?? throw new IncompleteMeasurementException(result);
            return count - subtract;
        }, network, new ClaimEvidence(network, From: on.From, To: on.To));
    }

    private void Points(Func<IReadOnlyList<Rational>, Rational> f, IEnumerable<IReadOnlyList<Rational>> points, Rational? within, bool exhaustive)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (_network.OutputDimension != 1)
            throw new ArgumentException($"claim {_record.Id}: the network has {_network.OutputDimension} outputs; point claims need 1");
        var bound = within ?? Rational.Zero;
        if (bound.Sign < 0) throw new ArgumentException($"claim {_record.Id}: tolerance {bound} is negative");
        _record.SetQuantity("within", bound);
        var network = _network;
        _record.State((claim, _) =>
        {
            // Materialised here, not when stated, so that generating the points counts against the claim's time.
            var list = points.Select(p => (IReadOnlyList<Rational>)p.ToArray()).ToList();
            return new CheckOutcome(Check.AtPoints(claim, network, f, list, bound, exhaustive), new ClaimEvidence(network));
        });
    }

    // The double results at fl(x), as exact rationals, keyed by the point's text; the first point with a
    // non-finite result is reported instead.
    private static Dictionary<string, Rational> DoubleResults(Network network, List<IReadOnlyList<Rational>> points, out IReadOnlyList<Rational>? nonFinite)
    {
        int count = points.Count, dimension = network.InputDimension;
        var featureMajor = new double[dimension * count];
        for (int p = 0; p < count; p++)
        {
            if (points[p].Count != dimension)
                throw new ArgumentException($"a point has {points[p].Count} coordinates, the network takes {dimension}");
            for (int j = 0; j < dimension; j++) featureMajor[j * count + p] = points[p][j].ToDouble();
        }
        var results = FloatNetwork.Compile(network).Evaluate(featureMajor, count);
        var values = new Dictionary<string, Rational>(StringComparer.Ordinal);
        nonFinite = null;
        for (int p = 0; p < count; p++)
        {
            if (!double.IsFinite(results[p])) { nonFinite = points[p]; return values; }
            values[Key(points[p])] = Rational.FromDouble(results[p]);
        }
        return values;
    }

    private static string Key(IReadOnlyList<Rational> x) => string.Join(" ", x);

    private void RequireOneOutput(string what)
    {
        if (_network.OutputDimension != 1)
            throw new ArgumentException($"claim {_record.Id}: {what} needs one output; the network has {_network.OutputDimension}");
    }

    private static IEnumerable<IReadOnlyList<Rational>> Scalar(IEnumerable<Rational> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select(x => (IReadOnlyList<Rational>)new[] { x });
    }

    private void RequireScalar(string what)
    {
        if (_network.InputDimension != 1 || _network.OutputDimension != 1)
            throw new ArgumentException($"claim {_record.Id}: {what} needs a network R → R; this one maps R^{_network.InputDimension} → R^{_network.OutputDimension}");
    }
}
