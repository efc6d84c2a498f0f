namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// A network file cannot be read; the message is "file: location: reason", naming the file, the place in
/// it (a JSON path such as <c>$.layers[1].bias[2]</c>, or a line and column for a syntax error) and what was
/// expected against what was found.
/// </summary>
public sealed class NetworkFormatException : FormatException
{
    /// <summary>Creates the error for <paramref name="location"/> in <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The file as the caller named it.</param>
    /// <param name="location">A JSON path ("$.layers[0].weights") or "line L, column C".</param>
    /// <param name="reason">What was expected and what was found.</param>
    /// <param name="inner">The underlying parser or validation error, if any.</param>
    public NetworkFormatException(string fileName, string location, string reason, Exception? inner = null)
        : base($"{fileName}: {location}: {reason}", inner)
    {
        FileName = fileName;
        Location = location;
        Reason = reason;
    }

    /// <summary>The file as the caller named it.</summary>
    public string FileName { get; }
    /// <summary>Where in the file the problem is: a JSON path, or "line L, column C" for a syntax error.</summary>
    public string Location { get; }
    /// <summary>What was expected and what was found, without the file and location.</summary>
    public string Reason { get; }
}
