using System.Reflection;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ProofRunnerTests
{
    private const string SizeScript = """
        foreach (var L in Enumerable.Range(1, 4))
            Claim($"TEL-SHALLOW/k={L},part=size", source: "Telgarsky", statement: $"Δ^∘{L} ∈ NN{{3, {L}}}")
                .Network(Sawtooth.Build(L))
                .InClass(width: 3, depth: L);
        Claim("SEED-X", source: "test", statement: "Δ is within 1/64 of x² on [0, 1]")
            .Expect(Refuted)
            .Network(Triangle.Build())
            .Distance("x^2", on: (0, 1), Norm.Sup)
            .AtMost("1/64");
        """;

    [Fact]
    public void Run_SizeAndDistanceScript_GivesKernelVerdictsInOrderStated()
    {
        using var files = new TempScripts();
        var path = files.Write("sizes.csx", SizeScript);

        var run = ProofRunner.Run([path], files.Options);

        Assert.Empty(run.Errors);
        Assert.Equal(["TEL-SHALLOW/k=1,part=size", "TEL-SHALLOW/k=2,part=size", "TEL-SHALLOW/k=3,part=size", "TEL-SHALLOW/k=4,part=size", "SEED-X"],
            run.Claims.Select(c => c.Id));
        Assert.All(run.Claims.Take(4), c => Assert.Equal(VerdictKind.Proved, c.Verdict.Kind));
        var seed = run.Claims[4];
        Assert.Equal(VerdictKind.Refuted, seed.Verdict.Kind);
        Assert.False(seed.Unexpected);
        // Δ(1/2) = 1 against (1/2)² = 1/4 already exceeds 1/64; the witness must really exceed the bound.
        Assert.True(seed.Verdict.Witness!.Gap > Numerics.Rational.Create(1, 64));
        Assert.Equal(5, seed.Line);
        Assert.Equal(path, seed.ScriptPath);
        Assert.NotNull(seed.Evidence?.Distance);
        Assert.True(run.AllAsExpected);
        Assert.Equal(4, run.Count(VerdictKind.Proved));
    }

    [Fact]
    public void Run_SecondRunOfSameScript_LoadsFromCacheWithoutCompiling()
    {
        using var files = new TempScripts();
        var path = files.Write("sizes.csx", SizeScript);

        var first = ProofRunner.Run([path], files.Options);
        var entry = Assert.Single(Directory.GetFiles(files.CacheFolder, "*.dll"));
        var written = File.GetLastWriteTimeUtc(entry);
        var second = ProofRunner.Run([path], files.Options);

        Assert.False(first.Scripts[0].CacheHit);
        Assert.True(first.Scripts[0].CompileSeconds > 0);
        Assert.True(second.Scripts[0].CacheHit);
        Assert.Equal(0, second.Scripts[0].CompileSeconds);
        Assert.Equal(entry, second.Scripts[0].CacheFile);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        Assert.Empty(Directory.GetFiles(files.CacheFolder, "*.tmp"));
        Assert.Equal(first.Claims.Select(c => (c.Id, c.Verdict.Kind, c.Verdict.Message)), second.Claims.Select(c => (c.Id, c.Verdict.Kind, c.Verdict.Message)));
    }

    [Fact]
    public void Run_SourceChanged_CompilesAgainIntoNewEntry()
    {
        using var files = new TempScripts();
        var path = files.Write("one.csx", """Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);""");
        ProofRunner.Run([path], files.Options);
        files.Write("one.csx", """Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 1);""");

        var run = ProofRunner.Run([path], files.Options);

        Assert.False(run.Scripts[0].CacheHit);
        Assert.Equal(2, Directory.GetFiles(files.CacheFolder, "*.dll").Length);
        Assert.Equal(VerdictKind.Refuted, run.Claims[0].Verdict.Kind);
    }

    [Fact]
    public void Run_WithoutCache_CompilesInMemoryAndWritesNothing()
    {
        using var files = new TempScripts();
        var path = files.Write("one.csx", """Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);""");

        var run = ProofRunner.Run([path], files.Options with { UseCache = false });

        Assert.Equal(VerdictKind.Proved, run.Claims[0].Verdict.Kind);
        Assert.Null(run.Scripts[0].CacheFile);
        Assert.False(Directory.Exists(files.CacheFolder));
    }

    [Fact]
    public void Run_CompileError_ReportsFileLineColumnAndChecksNothing()
    {
        using var files = new TempScripts();
        var path = files.Write("broken.csx", "var n = Sawtooth.Build(2);\nvar m = Sawtooth.Bulid(3);\nClaim(\"A/n=1\", \"s\", \"t\").Network(n).InClass(3, 2);\n");

        var run = ProofRunner.Run([path], files.Options);

        Assert.Empty(run.Claims);
        var error = Assert.Single(run.Errors);
        Assert.Equal(ScriptErrorKind.Compile, error.Kind);
        Assert.Equal($"{path}(2,18): error CS0117: 'Sawtooth' does not contain a definition for 'Bulid'", error.ToString());
        Assert.True(run.Scripts[0].Failed);
        Assert.False(run.AllAsExpected);
    }

    [Fact]
    public void List_GivesEachClaimItsNetworkAndWhyItWouldNotBeChecked()
    {
        using var files = new TempScripts();
        var a = files.Write("a.csx", """
            Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            Claim("A/n=2", "s", "t").Count("one", () => 1).Exactly(1);
            Claim("A/n=3", "s", "t").Network(Sawtooth.Build(3));
            """);

        var (claims, errors) = ProofRunner.List([a], files.Options);

        Assert.Empty(errors);
        Assert.Equal(["A/n=1", "A/n=2", "A/n=3"], claims.Select(c => c.Id));
        // The very network the script built: two hidden layers of three neurons.
        Assert.Equal(3, claims[0].Network!.Layers.Length);
        Assert.Null(claims[0].Problem);
        Assert.Null(claims[1].Network);
        Assert.Equal(4, claims[2].Network!.Layers.Length);
        Assert.Contains("states no check", claims[2].Problem);
    }

    [Fact]
    public void Run_ScriptThrowsWhileStating_EveryClaimOfItIsErrorWithLineAndOtherScriptsRun()
    {
        using var files = new TempScripts();
        var bad = files.Write("bad.csx", """
            Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            Claim("A/n=2", "s", "t").Network(Sawtooth.Build(3)).InClass(width: 3, depth: 3);
            var broken = Sawtooth.Build(0);
            Claim("A/n=3", "s", "t").Network(broken).InClass(width: 3, depth: 3);
            """);
        var good = files.Write("good.csx", """Claim("B/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);""");

        var run = ProofRunner.Run([bad, good], files.Options);

        var error = Assert.Single(run.Errors);
        Assert.Equal(ScriptErrorKind.Registration, error.Kind);
        Assert.Equal(3, error.Line);
        Assert.Contains("ArgumentOutOfRangeException", error.Message);
        Assert.Equal(["A/n=1", "A/n=2", "B/n=1"], run.Claims.Select(c => c.Id));
        Assert.All(run.Claims.Take(2), c =>
        {
            Assert.Equal(VerdictKind.Error, c.Verdict.Kind);
            Assert.Contains($"{bad}(3)", c.Verdict.Message);
        });
        Assert.Equal(VerdictKind.Proved, run.Claims[2].Verdict.Kind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_CheckThrows_ClaimIsErrorAtTheScriptLineOfTheThrow(bool useCache)
    {
        using var files = new TempScripts();
        var path = files.Write("throws.csx", """
            Rational Inverse(Rational x) =>
                1 / x;
            Claim("A/n=1", "s", "t")
                .Network(Sawtooth.Build(2))
                .Matches(Inverse, at: new Rational[] { 0, 1 });
            Claim("A/n=2", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            """);

        var run = ProofRunner.Run([path], files.Options with { UseCache = useCache });

        Assert.Empty(run.Errors);
        Assert.Equal(VerdictKind.Error, run.Claims[0].Verdict.Kind);
        Assert.StartsWith($"{path}(2): the check threw DivideByZeroException", run.Claims[0].Verdict.Message);
        Assert.Equal(VerdictKind.Proved, run.Claims[1].Verdict.Kind);
    }

    [Fact]
    public void Run_ClaimWithoutCheck_IsErrorNamingItsLine()
    {
        using var files = new TempScripts();
        var path = files.Write("open.csx", "\nClaim(\"A/n=1\", \"s\", \"t\").Network(Sawtooth.Build(2));\n");

        var run = ProofRunner.Run([path], files.Options);

        Assert.Equal(VerdictKind.Error, run.Claims[0].Verdict.Kind);
        Assert.StartsWith($"{path}(2): the claim states no check", run.Claims[0].Verdict.Message);
    }

    [Fact]
    public void Run_DuplicateIdsAcrossScripts_AreErrorsNamingBothPlaces()
    {
        using var files = new TempScripts();
        var a = files.Write("a.csx", """
            Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            Claim("A/n=2", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            """);
        var b = files.Write("b.csx", "\n\nClaim(\"A/n=2\", \"s\", \"t\").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);");

        var run = ProofRunner.Run([a, b], files.Options);

        var error = Assert.Single(run.Errors);
        Assert.Equal(ScriptErrorKind.DuplicateId, error.Kind);
        Assert.Equal($"{b}(3): duplicate claim id 'A/n=2': already stated at {a}(2)", error.ToString());
        Assert.Equal(VerdictKind.Proved, run.Claims[0].Verdict.Kind);
        Assert.All(run.Claims.Where(c => c.Id == "A/n=2"), c =>
        {
            Assert.Equal(VerdictKind.Error, c.Verdict.Kind);
            Assert.Contains($"{a}(2)", c.Verdict.Message);
            Assert.Contains($"{b}(3)", c.Verdict.Message);
        });
    }

    [Fact]
    public void Run_SameScriptTwice_RunsItOnce()
    {
        using var files = new TempScripts();
        var path = files.Write("one.csx", """Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);""");

        var run = ProofRunner.Run([path, Path.Combine(files.Folder, ".", "one.csx")], files.Options);

        Assert.Single(run.Scripts);
        Assert.Empty(run.Errors);
        Assert.Single(run.Claims);
    }

    [Fact]
    public void Run_FilterAndShards_SelectByIdAndPartitionTheSelection()
    {
        using var files = new TempScripts();
        var path = files.Write("many.csx", """
            foreach (var k in Enumerable.Range(1, 12))
            {
                Claim($"TEL-SHALLOW/k={k},part=size", "s", "t").Network(Sawtooth.Build(k)).InClass(width: 3, depth: k);
                Claim($"TEL-SHALLOW/k={k},part=neurons", "s", "t").Network(Sawtooth.Build(k)).Neurons().Exactly(3 * k);
            }
            Claim("TEL-DELTA", "s", "t").Network(Triangle.Build()).InClass(width: 3, depth: 1);
            """);
        var filtered = files.Options with { Filters = ["TEL-SHALLOW/*,part=size", "TEL-DELTA"] };

        var all = ProofRunner.Run([path], filtered);
        var shards = Enumerable.Range(1, 3).Select(k => ProofRunner.Run([path], filtered with { Shard = new Shard(k, 3) })).ToList();

        Assert.Equal(25, all.ClaimsStated);
        Assert.Equal(13, all.ClaimsSelected);
        Assert.All(all.Claims, c => Assert.True(c.Id.EndsWith(",part=size", StringComparison.Ordinal) || c.Id == "TEL-DELTA"));
        var union = shards.SelectMany(s => s.Claims.Select(c => c.Id)).ToList();
        Assert.Equal(all.Claims.Select(c => c.Id).Order(), union.Order());
        Assert.Equal(union.Count, union.Distinct().Count());
        Assert.All(shards, s => Assert.Equal(13, s.ClaimsSelected));
    }

    [Fact]
    public void Run_TimeLimit_CooperativeEnumerationAndStuckMeasurementBecomeUnknown()
    {
        using var files = new TempScripts();
        var path = files.Write("slow.csx", """
            Claim("A/n=1", "s", "t").Network(Sawtooth.Build(40)).Pieces(on: (0, 1)).Exactly(BigInteger.Pow(2, 40));
            Claim("A/n=2", "s", "t").Count("a measurement that sleeps", () => { System.Threading.Thread.Sleep(4000); return 1; }).Exactly(1);
            Claim("A/n=3", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
            """);

        var run = ProofRunner.Run([path], files.Options with { TimeLimit = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(VerdictKind.Unknown, run.Claims[0].Verdict.Kind);
        Assert.Contains("time limit", run.Claims[0].Verdict.Message);
        Assert.Equal(VerdictKind.Unknown, run.Claims[1].Verdict.Kind);
        Assert.Contains("time limit", run.Claims[1].Verdict.Message);
        Assert.True(run.Claims[1].Seconds < 3, $"the stuck check held the run for {run.Claims[1].Seconds} s");
        Assert.Equal(VerdictKind.Proved, run.Claims[2].Verdict.Kind);
    }

    [Fact]
    public void Run_PieceBudget_TooSmallBudgetGivesUnknown()
    {
        using var files = new TempScripts();
        var path = files.Write("budget.csx", """
            Claim("A/n=1", "s", "t").Network(Sawtooth.Build(12)).Pieces(on: (0, 1)).Exactly(4096);
            Claim("A/n=2", "s", "t").Network(Sawtooth.Build(12)).Distance("x", on: (0, 1)).AtMost(1);
            """);

        var run = ProofRunner.Run([path], files.Options with { PieceBudget = 100 });

        Assert.All(run.Claims, c =>
        {
            Assert.Equal(VerdictKind.Unknown, c.Verdict.Kind);
            Assert.Contains("budget", c.Verdict.Message);
        });
    }

    [Fact]
    public void Run_Progress_ReportsEveryScriptAndClaimInOrder()
    {
        using var files = new TempScripts();
        var path = files.Write("sizes.csx", SizeScript);
        var reports = new List<RunProgress>();

        var run = ProofRunner.Run([path], files.Options, new SynchronousProgress<RunProgress>(reports.Add));

        Assert.Equal([RunStage.LoadingScript, RunStage.ScriptLoaded], reports.Take(2).Select(r => r.Stage));
        var finished = reports.Where(r => r.Stage == RunStage.ClaimChecked).ToList();
        Assert.Equal(run.Claims.Select(c => c.Id), finished.Select(r => r.ClaimId));
        Assert.Equal(Enumerable.Range(1, 5), finished.Select(r => r.Index));
        Assert.All(finished, r => Assert.Equal(5, r.Total));
        Assert.Equal(run.Claims, finished.Select(r => r.Result!));
    }

    [Fact]
    public void Run_Progress_ABoxClaimReportsEachBoxJudgedBeforeItFinishes()
    {
        using var files = new TempScripts();
        var path = files.Write("boxes.csx", """
            var one = new Network(1, new[] { AffineLayer.Dense(new[] { new[] { Q(0) } }, new[] { Q(1) }, Activation.Identity) });
            Claim("TEL-DELTA/part=boxes", source: "test", statement: "the constant 1 is within 1 of x on [0, 1]")
                .Network(one)
                .ConstantOn(() => new[] { Q(0), Q(1, 4), Q(1, 2) }.Select(a => new Box(new[] { a }, new[] { a + Q(1, 4) })), "x", Q(1));
            """);
        var reports = new List<RunProgress>();

        var run = ProofRunner.Run([path], files.Options, new SynchronousProgress<RunProgress>(reports.Add));

        Assert.Equal(VerdictKind.Proved, Assert.Single(run.Claims).Verdict.Kind);
        var claimReports = reports.SkipWhile(r => r.Stage != RunStage.CheckingClaim).Select(r => (r.Stage, r.Detail)).ToList();
        Assert.Equal([(RunStage.CheckingClaim, null), (RunStage.ClaimProgress, "box 1/3"), (RunStage.ClaimProgress, "box 2/3"),
            (RunStage.ClaimProgress, "box 3/3"), (RunStage.ClaimChecked, null)], claimReports);
    }

    [Fact]
    public void Run_Progress_ADistanceClaimReportsThePiecesFound()
    {
        using var files = new TempScripts();
        var path = files.Write("pieces.csx", """
            Claim("TEL-DELTA/L=14,part=pieces", source: "test", statement: "Δ^∘14 is within 1 of 1/2")
                .Network(Sawtooth.Build(14))
                .Distance("1/2", on: (0, 1))
                .AtMost(1);
            """);
        var reports = new List<RunProgress>();

        var run = ProofRunner.Run([path], files.Options, new SynchronousProgress<RunProgress>(reports.Add));

        Assert.Equal(VerdictKind.Proved, Assert.Single(run.Claims).Verdict.Kind);
        var details = reports.Where(r => r.Stage == RunStage.ClaimProgress).Select(r => r.Detail!).ToList();
        Assert.NotEmpty(details);
        Assert.All(details, d => Assert.Matches(@"^[0-9,]+ pieces$", d));
    }

    [Fact]
    public void Run_ForgeVerdictScript_IsRejectedBeforeAnythingRuns()
    {
        var path = RepositoryFiles.Proof("bad/forge-verdict.csx");

        var run = ProofRunner.Run([path], new RunOptions { UseCache = false });

        Assert.Empty(run.Claims);
        Assert.Equal([9, 10, 14, 17], run.Errors.Select(e => e.Line));
        Assert.All(run.Errors, e => Assert.Contains("error RCN0001", e.Message));
    }

    [Fact]
    public void Accept_VerdictAboutAnotherClaimObject_NeverReachesTheReport()
    {
        var script = new ProofScript("forge.csx");
        script.Claim("TEL-SHALLOW/k=5,part=size", "s", "Δ^∘5 ∈ NN{3, 4}").Network(Constructions.Telgarsky.Sawtooth.Build(5)).InClass(width: 3, depth: 4);
        var record = script.Records[0];
        // A Proved verdict minted through the kernel's internal constructor, for an equal-looking claim.
        var lookalike = record.ToClaim() with { };
        var forged = (Verdict)Activator.CreateInstance(typeof(Verdict), BindingFlags.NonPublic | BindingFlags.Instance, null,
            [lookalike, VerdictKind.Proved, "forged", null, null, null, null, null, null], null)!;

        var (verdict, _) = ProofRunner.Accept(record, new CheckOutcome(forged, null));
        var (genuine, _) = ProofRunner.Accept(record, record.Check!(new CheckContext(1000, CancellationToken.None)));

        Assert.Equal(VerdictKind.Error, verdict.Kind);
        Assert.Same(record.Claim, verdict.Claim);
        Assert.Contains("not about this claim", verdict.Message);
        Assert.Equal(VerdictKind.Refuted, genuine.Kind);
    }

    [Fact]
    public void Run_TelgarskyProofsFastPart_EveryVerdictAsExpected()
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof("telgarsky.csx")], new RunOptions
        {
            UseCache = false,
            Filters = ["TEL-DELTA*", "SEED-*", "TEL-FRAC/L=?", "TEL-SYM/L=?,*", "TEL-PAR/d=?", "TEL-SHALLOW/k=?,*"],
        });

        Assert.Empty(run.Errors);
        Assert.True(run.Claims.Count >= 40, $"only {run.Claims.Count} claims selected");
        Assert.All(run.Claims, c => Assert.False(c.Unexpected, $"{c.Id}: {c.Verdict.Kind}, expected {c.Claim.Expected}: {c.Verdict.Message}"));
        Assert.Equal(4, run.Count(VerdictKind.Refuted));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_TelgarskyProofsInFull_EveryVerdictAsExpected()
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof("telgarsky.csx")], new RunOptions { UseCache = false });

        Assert.Empty(run.Errors);
        Assert.True(run.AllAsExpected, string.Join("\n", run.Claims.Where(c => c.Unexpected).Select(c => $"{c.Id}: {c.Verdict.Message}")));
    }

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("yarotsky.csx", 250, 0, 14)]
    [InlineData("daniely.csx", 110, 0, 19)]
    [InlineData("seeds-lectures.csx", 40, 19, 0)]
    [InlineData("telgarsky.csx", 90, 4, 10)]
    [InlineData("float.csx", 0, 19, 36)]
    public void Run_RepositoryProofScript_EveryVerdictAsExpected(string file, int minimumProved, int refuted, int sampled)
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof(file)], new RunOptions { UseCache = false });

        Assert.Empty(run.Errors);
        Assert.All(run.Claims, c => Assert.False(c.Unexpected, $"{c.Id}: {c.Verdict.Kind}, expected {c.Claim.Expected}: {c.Verdict.Message}"));
        Assert.True(run.Count(VerdictKind.Proved) >= minimumProved, $"only {run.Count(VerdictKind.Proved)} proved");
        Assert.Equal(refuted, run.Count(VerdictKind.Refuted));
        Assert.Equal(sampled, run.Count(VerdictKind.Sampled));
        // Every refutation carries a witness the kernel re-evaluated.
        Assert.All(run.Claims.Where(c => c.Verdict.Kind == VerdictKind.Refuted), c => Assert.NotNull(c.Verdict.Witness));
    }

    [Fact]
    public void Run_SeedErrata_EverySeedStatementStandsBesideItsCorrection()
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof("seeds-lectures.csx")], new RunOptions { UseCache = false, Filters = ["SEED-HI*", "SEED-MISC-S4*", "SEED-DAN-EQ*"] });

        Assert.Empty(run.Errors);
        Assert.All(run.Claims, c => Assert.False(c.Unexpected, $"{c.Id}: {c.Verdict.Message}"));
        var refuted = run.Claims.Where(c => c.Verdict.Kind == VerdictKind.Refuted).ToList();
        Assert.NotEmpty(refuted);
        // Each refuted seed statement has a proved correction whose id starts with the same family and parameters.
        foreach (var r in refuted)
        {
            var stem = r.Id.Split(",part=")[0];
            Assert.Contains(run.Claims, c => c.Verdict.Kind == VerdictKind.Proved && c.Id.StartsWith(r.Id.Contains('/') ? stem : r.Id + "/", StringComparison.Ordinal)
                && c.Id.Contains("corrected", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Run_SlowYarotskyScript_CompilesAndStatesItsClaims()
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof("slow/yarotsky-large.csx")], new RunOptions { UseCache = false, Filters = ["YAR-SQ/m=24,part=size"] });

        Assert.Empty(run.Errors);
        Assert.Equal(2, run.ClaimsStated);
        Assert.Equal(VerdictKind.Proved, Assert.Single(run.Claims).Verdict.Kind);
    }

    [Theory]
    [InlineData("wrong-bound.csx", "YAR-SQ/m=1", VerdictKind.Refuted)]
    [InlineData("off-by-one-size.csx", "TEL-SHALLOW/k=5,part=size", VerdictKind.Refuted)]
    public void Run_BadScriptWithWrongClaim_GivesOneUnexpectedRefutation(string file, string id, VerdictKind kind)
    {
        var run = ProofRunner.Run([RepositoryFiles.Proof("bad/" + file)], new RunOptions { UseCache = false });

        Assert.Empty(run.Errors);
        var claim = Assert.Single(run.Claims);
        Assert.Equal(id, claim.Id);
        Assert.Equal(kind, claim.Verdict.Kind);
        Assert.True(claim.Unexpected);
        Assert.NotNull(claim.Verdict.Witness);
    }

    [Fact]
    public void Run_CompileErrorScript_ReportsTheLineItsHeaderPromises()
    {
        var path = RepositoryFiles.Proof("bad/compile-error.csx");

        var run = ProofRunner.Run([path], new RunOptions { UseCache = false });

        var error = Assert.Single(run.Errors);
        Assert.Empty(run.Claims);
        Assert.Contains($"compile-error.csx({error.Line},{error.Column}): {error.Message}", File.ReadAllText(path));
    }


}
