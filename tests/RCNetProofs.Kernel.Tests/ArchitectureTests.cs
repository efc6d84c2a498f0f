using System.Reflection;
using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

/// <summary>The trust boundary, checked on the compiled kernel assembly.</summary>
public class ArchitectureTests
{
    private static readonly Assembly Kernel = typeof(Verdict).Assembly;

    [Fact]
    public void Kernel_ReferencesOnlyNumericsAndTheFramework()
    {
        var names = Kernel.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("RCNetProofs", StringComparison.Ordinal));
        Assert.Equal(["RCNetProofs.Numerics"], names);
    }

    [Fact]
    public void Kernel_PublicClassesAreSealedStaticOrClosed()
    {
        // An abstract class is closed to other assemblies when it has an abstract member they cannot override.
        static bool Closed(Type t) => t.IsAbstract && t.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Any(m => m.IsAbstract && m.IsAssembly);
        var open = Kernel.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !Closed(t))
            .Select(t => t.FullName).ToList();
        Assert.Empty(open);
    }

    [Theory]
    [InlineData(typeof(Verdict))]
    [InlineData(typeof(Witness))]
    public void VerdictTypes_CannotBeConstructedOutsideTheKernel(Type t)
    {
        Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.DoesNotContain(t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsFamily || c.IsFamilyOrAssembly);
    }

    [Fact]
    public void Kernel_HasNoFloatingPointFieldsOrPublicDoubleSignaturesOutsideConversions()
    {
        var offenders = Kernel.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(double) || f.FieldType == typeof(float))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }
}
