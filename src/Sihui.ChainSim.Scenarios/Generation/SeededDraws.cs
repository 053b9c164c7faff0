namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>The generator's random draws, all from one <see cref="Random"/> seeded by the user: same seed, same scenario.</summary>
public sealed class SeededDraws(int seed)
{
    private readonly Random _random = new(seed);

    public double Between(double min, double max) => min + (max - min) * _random.NextDouble();

    public int Index(int count) => _random.Next(count);

    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double StandardNormal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary><paramref name="count"/> distinct indices below <paramref name="total"/>, in ascending order.</summary>
    public int[] Distinct(int count, int total)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, total))
        {
            chosen.Add(_random.Next(total));
        }
        return [.. chosen];
    }
}
