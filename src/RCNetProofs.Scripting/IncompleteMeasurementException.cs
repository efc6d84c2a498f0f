using RCNetProofs.Kernel.Analysis;

namespace RCNetProofs.Scripting;

/// <summary>
/// Thrown by a measurement inside a count check when the piece enumeration stopped early (budget or time limit),
/// so that the check reports Unknown instead of a count it does not have.
/// </summary>
internal sealed class IncompleteMeasurementException(EnumerationResult result)
    : Exception($"{(result.StoppedBy == "timeout" ? "time limit" : "piece budget")} reached after {result.Pieces} pieces")
{
    public EnumerationResult Result { get; } = result;
}
