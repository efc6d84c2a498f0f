namespace RCNetProofs.Kernel.Networks;

/// <summary>A network is malformed; the message names the layer and the sizes involved.</summary>
public sealed class NetworkException(string message) : Exception(message);
