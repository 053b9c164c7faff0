using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Tests.Randomness;

public sealed class CounterRandomTests
{
    private static double[] Sequence(ulong key, int trial, int count = 16)
    {
        var random = new CounterRandom().Reset(key, trial);
        return Enumerable.Range(0, count).Select(_ => random.NextDouble()).ToArray();
    }

    [Fact]
    public void SameKeyAndTrial_GiveTheSameSequence_EvenFromAnotherInstanceAfterOtherUse()
    {
        var reused = new CounterRandom().Reset(99, 1);
        reused.NextDouble();
        reused.Reset(42, 3);
        var again = Enumerable.Range(0, 16).Select(_ => reused.NextDouble()).ToArray();

        Assert.Equal(Sequence(42, 3), again);
    }

    [Fact]
    public void DifferentTrials_GiveDifferentSequences()
    {
        var first = Sequence(42, 0);
        for (var trial = 1; trial < 50; trial++)
        {
            Assert.NotEqual(first[0], Sequence(42, trial)[0]);
        }
    }

    [Fact]
    public void DifferentKeys_GiveDifferentSequences()
    {
        Assert.NotEqual(Sequence(1, 0), Sequence(2, 0));
    }

    [Fact]
    public void NextDouble_IsUniformOnTheUnitInterval()
    {
        // U(0,1): mean 1/2, variance 1/12; 100,000 draws spread over many trials.
        var values = new List<double>();
        for (var trial = 0; trial < 1000; trial++)
        {
            values.AddRange(Sequence(7, trial, 100));
        }
        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999999999));
        var (mean, error) = TestDefinitions.MeanAndError(values);
        Assert.InRange(mean, 0.5 - 4 * error, 0.5 + 4 * error);
        var belowTenth = values.Count(v => v < 0.1) / (double)values.Count;
        var binomialError = Math.Sqrt(0.1 * 0.9 / values.Count);
        Assert.InRange(belowTenth, 0.1 - 4 * binomialError, 0.1 + 4 * binomialError);
    }

    [Fact]
    public void IntegerDraws_StayInTheirRange()
    {
        var random = new CounterRandom().Reset(5, 0);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(random.Next(7), 0, 6);
            Assert.InRange(random.Next(-3, 4), -3, 3);
            Assert.True(random.Next() >= 0);
        }
    }

    [Fact]
    public void EveryRandomMethod_IsAFunctionOfKeyAndTrial()
    {
        // Distribution libraries may call any method of Random; none may fall back to a process-seeded generator.
        static string Calls(CounterRandom r)
        {
            var bytes = new byte[8];
            r.NextBytes(bytes);
            return string.Join(" ", r.NextDouble(), r.NextSingle(), r.Next(), r.Next(1000), r.Next(-5, 5), r.NextInt64(),
                r.NextInt64(1L << 40), r.NextInt64(-(1L << 40), 1L << 40), Convert.ToHexString(bytes));
        }
        var first = Calls(new CounterRandom().Reset(3, 4));
        var second = Calls(new CounterRandom().Reset(3, 4));
        Assert.Equal(first, second);
        Assert.NotEqual(first, Calls(new CounterRandom().Reset(3, 5)));
    }
}
