namespace RCNetProofs.Cli.Plotting;

/// <summary>A shaded vertical strip x ∈ (From, To) of a panel, e.g. one strip of the trifling region Ω.</summary>
/// <param name="From">Left end.</param>
/// <param name="To">Right end.</param>
/// <param name="Label">The legend text (empty for every strip after the first of a kind).</param>
/// <param name="Colour">A CSS hex colour; drawn translucent.</param>
internal sealed record Band(double From, double To, string Label, string Colour);
