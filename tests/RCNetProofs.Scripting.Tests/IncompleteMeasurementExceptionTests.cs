using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class IncompleteMeasurementExceptionTests
{
    [Theory]
    [InlineData("budget", "piece budget reached after 12 pieces")]
    [InlineData("timeout", "time limit reached after 12 pieces")]
    public void Message_SaysWhichLimitStoppedTheEnumeration(string stoppedBy, string expected) =>
        Assert.Equal(expected, new IncompleteMeasurementException(new EnumerationResult(false, 12, stoppedBy)).Message);
}
