namespace RCNetProofs.Scripting.Tests;

/// <summary>A private folder for one test's script files and compile cache, deleted afterwards.</summary>
internal sealed class TempScripts : IDisposable
{
    public TempScripts()
    {
        Folder = Path.Combine(Path.GetTempPath(), "rcnet-scripting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string CacheFolder => Path.Combine(Folder, "cache");

    public RunOptions Options => new() { CacheDirectory = CacheFolder };

    public string Write(string name, string source)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, source);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
