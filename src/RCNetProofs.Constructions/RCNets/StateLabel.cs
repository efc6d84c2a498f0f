using System.Collections.Immutable;
using System.Text;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// What one state coordinate of an RCNet holds, phase by phase: consecutive <see cref="StatePhase"/>s covering the
/// states s_0 … s_r. Descriptive only: the function the RCNet computes does not depend on it.
/// </summary>
/// <remarks>
/// Leaf constructions (the floor block, the bit-sum extractor, the clip) describe their own coordinates; merging two
/// RCNets (<see cref="RCNetMerge"/>) places the inner labels on the first states, the outer ones after the read-out step,
/// and describes the two counters it adds.
/// </remarks>
public sealed class StateLabel
{
    /// <summary>A label from its phases, which must follow one another without gaps from state 0.</summary>
    /// <exception cref="ArgumentException">When there are no phases, the first does not start at 0 or two do not join.</exception>
    public StateLabel(IEnumerable<StatePhase> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var merged = new List<StatePhase>();
        foreach (var p in phases)
        {
            if (p.Last < p.First) throw new ArgumentException($"state label: phase {p.First}..{p.Last} is empty", nameof(phases));
            int expected = merged.Count == 0 ? 0 : merged[^1].Last + 1;
            if (p.First != expected) throw new ArgumentException($"state label: a phase starts at state {p.First}, expected {expected}", nameof(phases));
            // Two phases with one constant meaning (no j in it) join into one.
            if (merged.Count > 0 && merged[^1].Meaning == p.Meaning && !UsesStep(p.Meaning)) merged[^1] = merged[^1] with { Last = p.Last };
            else merged.Add(p);
        }
        if (merged.Count == 0) throw new ArgumentException("state label: needs at least one phase", nameof(phases));
        Phases = [.. merged];
    }

    /// <summary>The phases, in order; the first starts at state 0.</summary>
    public ImmutableArray<StatePhase> Phases { get; }

    /// <summary>The last state index covered (the RCNet's composition count).</summary>
    public int Last => Phases[^1].Last;

    /// <summary>One meaning for the states 0..<paramref name="last"/>.</summary>
    public static StateLabel Constant(int last, string meaning) => new([new StatePhase(0, last, meaning)]);

    /// <summary>The meaning at state s_k.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When k is not covered.</exception>
    public StatePhase At(int k)
    {
        foreach (var p in Phases) if (p.First <= k && k <= p.Last) return p;
        throw new ArgumentOutOfRangeException(nameof(k), k, $"state label: covers states 0..{Last}");
    }

    /// <summary>The same phases moved <paramref name="by"/> states later, as a list (to be joined after other phases).</summary>
    public IEnumerable<StatePhase> Shifted(int by) => Phases.Select(p => p with { First = p.First + by, Last = p.Last + by });

    /// <summary>The same label with every meaning prefixed (e.g. by the copy it belongs to).</summary>
    public StateLabel Prefixed(string prefix) => new(Phases.Select(p => p with { Meaning = prefix + p.Meaning }));

    /// <summary>"k = 0..3: …; k = 4: …".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var p in Phases)
        {
            if (text.Length > 0) text.Append("; ");
            text.Append(Range(p)).Append(": ").Append(p.Meaning);
        }
        return text.ToString();
    }

    /// <summary>"k = 4" or "k = 4..11".</summary>
    public static string Range(StatePhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return phase.First == phase.Last ? $"k = {phase.First}" : $"k = {phase.First}..{phase.Last}";
    }

    /// <summary>i in subscript digits (₀…₉), for coordinate names like y₁₂.</summary>
    public static string Subscript(int i) =>
        string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c == '-' ? '₋' : (char)('₀' + (c - '0'))));

    // A meaning that speaks of the step j within its phase changes from state to state.
    private static bool UsesStep(string meaning) => meaning.Contains('j', StringComparison.Ordinal);
}
