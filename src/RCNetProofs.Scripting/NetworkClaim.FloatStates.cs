using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

public sealed partial class NetworkClaim
{
    /// <summary>
    /// Claims that the double state of an RCNet after <paramref name="compositions"/> copies of g agrees with the exact
    /// state within <paramref name="within"/> at each sample point, coordinate by coordinate over
    /// <paramref name="coordinates"/> (all by default). The double state comes from
    /// <see cref="FloatCrossCheck.TraceCompositions"/> (L1, then g applied k times, each part in binary64 from the
    /// nearest doubles to x); each double value is taken exactly, and for each coordinate i the kernel evaluates the
    /// network e_i∘g^{∘k}∘L1 exactly and compares (<see cref="Check.AtPoints(Claim, Network, Func{IReadOnlyList{Rational}, Rational}, IReadOnlyList{IReadOnlyList{Rational}}, Rational, bool)"/>).
    /// Sampled when every coordinate agrees (the verdict shown is that of the coordinate with the largest error);
    /// Refuted with the point, the exact value and the double value as witness at the first coordinate that does not;
    /// Unknown when a double value is not finite. The claim's network must be L2∘g^{∘r}∘L1 of <paramref name="parts"/>,
    /// measured by <see cref="CompositionStructure"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When the claim's network is not the flattened RCNet, k is outside 0..r, the
    /// coordinate range is outside the state, or the tolerance is negative.</exception>
    public void FloatStateAgrees(RCNet parts, int compositions, IEnumerable<IReadOnlyList<Rational>> at, Rational within, Range? coordinates = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(at);
        if (within.Sign < 0) throw new ArgumentException($"claim {_record.Id}: tolerance {within} is negative");
        if (compositions < 0 || compositions > parts.Compositions)
            throw new ArgumentException($"claim {_record.Id}: composition {compositions} is outside 0..{parts.Compositions}");
        var (start, length) = (coordinates ?? Range.All).GetOffsetAndLength(parts.StateDimension);
        if (length == 0) throw new ArgumentException($"claim {_record.Id}: the coordinate range is empty");
        var (measured, reason) = CompositionStructure.Measure(_network, parts.L1, parts.G, parts.L2);
        if (measured != parts.Compositions)
            throw new ArgumentException($"claim {_record.Id}: the network is not L2∘g^∘{parts.Compositions}∘L1 of the given parts ({reason ?? $"{measured} compositions"})");
        _record.SetQuantity("within", within);
        _record.SetQuantity("float", $"binary64 state after {compositions} compositions, coordinates {start}..{start + length - 1}");
        _record.State((claim, _) =>
        {
            var list = at.Select(p => (IReadOnlyList<Rational>)p.ToArray()).ToList();
            var states = new Dictionary<string, CompositionTraceStep>(StringComparer.Ordinal);
            foreach (var x in list)
            {
                var step = FloatCrossCheck.TraceCompositions(parts.L1, parts.G, parts.L2, compositions, x, within).Steps[compositions];
                for (int i = start; i < start + length; i++)
                    if (!double.IsFinite(step.Float[i]))
                        return new CheckOutcome(Check.Unknown(claim, $"FloatStateAgrees: the double state coordinate {i} at x = ({string.Join(", ", x)}) is not finite"), new ClaimEvidence(_network));
                states[Key(x)] = step;
            }
            var prefix = compositions == 0 ? parts.L1 : NetworkCalculus.Compose(NetworkCalculus.Power(parts.G, compositions), parts.L1);
            (CheckOutcome Outcome, Rational Error)? worst = null;
            for (int i = start; i < start + length; i++)
            {
                int coordinate = i;
                var state = NetworkCalculus.Compose(Projection(parts.StateDimension, coordinate), prefix);
                var verdict = Check.AtPoints(claim, state, x => Rational.FromDouble(states[Key(x)].Float[coordinate]), list, within);
                var outcome = new CheckOutcome(verdict, new ClaimEvidence(state));
                if (verdict.Kind != VerdictKind.Sampled) return outcome;
                var error = list.Select(x => states[Key(x)].Errors[coordinate]!.Value).Max();
                if (worst is null || error > worst.Value.Error) worst = (outcome, error);
            }
            return worst!.Value.Outcome;
        });
    }

    /// <summary>x ↦ x_i on R^dimension, as a one-layer network.</summary>
    private static Network Projection(int dimension, int i) =>
        new(dimension, [AffineLayer.Sparse(dimension, [[(i, Rational.One)]], [Rational.Zero], [Activation.Identity])]);
}
