// MUST FAIL (exit 2, no claims checked): the script tries to mint a Proved verdict for a false claim with
// reflection (the verdict's constructor is internal to the kernel) and to slip it into the host. The host must
// refuse to compile it, with error RCN0001 at each line that uses reflection or ends the process (lines 9, 10, 14 and 17), so no
// forged verdict can reach a report.

var claim = new Claim("TEL-SHALLOW/k=5,part=size", "forged", "Δ^∘5 ∈ NN{3, 4}");

// Mint a verdict through the kernel's internal constructor.
var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
var forged = Activator.CreateInstance(typeof(Verdict), flags, null, [claim, VerdictKind.Proved, "forged", null, null, null, null, null, null], null);

// Try to replace the deferred check of a stated claim by one returning the forged verdict.
var builder = Claim("TEL-SHALLOW/k=5,part=size", "forged", "Δ^∘5 ∈ NN{3, 4}");
var record = builder.GetType().GetField("_record", flags)!.GetValue(builder);

// Or at least end the process before the report says otherwise.
Environment.Exit(0);
