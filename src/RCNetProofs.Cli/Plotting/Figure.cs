namespace RCNetProofs.Cli.Plotting;

/// <summary>A whole picture: a title and one or more panels stacked top to bottom.</summary>
internal sealed record Figure(string Title, IReadOnlyList<Panel> Panels);
