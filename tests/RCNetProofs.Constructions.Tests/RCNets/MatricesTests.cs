using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class MatricesTests
{
    [Property]
    public Property SelectionAfterEmbedding_IsTheIdentityAndEmbeddingPadsWithZeros() => Prop.ForAll(
        Arb.From(from rows in Gen.Choose(1, 6) from extra in Gen.Choose(0, 4) from offset in Gen.Choose(0, 4) from x in Gen.ArrayOf(RandomNetworks.Coordinate, rows)
                 select (rows, rows + extra + offset, offset % (extra + 1), x)), t =>
        {
            var (rows, n, offset, x) = t;
            var embedded = RandomNetworks.Apply(Matrices.Embedding(n, rows, offset), x);
            Assert.Equal(n, embedded.Length);
            Assert.Equal(x, RandomNetworks.Apply(Matrices.Selection(rows, n, offset), embedded));
            Assert.All(embedded.Where((_, i) => i < offset || i >= offset + rows), v => Assert.Equal(Rational.Zero, v));
            Assert.Equal(x, RandomNetworks.Apply(Matrices.Identity(rows), x));
        });

    [Fact]
    public void Zero_HasOnlyZeros() => Assert.All(Matrices.Zero(2, 3).Cast<Rational>(), v => Assert.True(v.IsZero));
}
