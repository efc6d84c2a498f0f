namespace RCNetProofs.Scripting.Tests;

/// <summary>Finds files of the repository (proofs/…) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "RCNetProofs.sln"))) return dir.FullName;
            throw new InvalidOperationException("RCNetProofs.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Proof(string relative) => Path.Combine(Root, "proofs", relative);
}
