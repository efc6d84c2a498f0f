using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Cli.Reports;

/// <summary>One claim's line in a report: the kernel's verdict, how long it took, and its certificate file if written.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Seconds">Wall time of the check.</param>
/// <param name="CertificatePath">Path of the certificate written for it, if any.</param>
public sealed record ReportEntry(Verdict Verdict, double Seconds, string? CertificatePath = null);
