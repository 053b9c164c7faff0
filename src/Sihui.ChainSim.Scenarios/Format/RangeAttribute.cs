using System.Globalization;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>A plain range on a number (or on each number of a list or map); the loader and the schema both read it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class RangeAttribute(double min, double max) : Attribute
{
    public double Min { get; } = min;
    public double Max { get; } = max;

    /// <summary>How the message names the value; null means the key, e.g. "output must be >= 0".</summary>
    public string? What { get; init; }

    /// <summary>True when <see cref="Max"/> itself is refused, as for persistence in [0, 1).</summary>
    public bool MaxExcluded { get; init; }

    /// <summary>True when <see cref="Min"/> itself is refused, as for a value-added ratio in (0, 1].</summary>
    public bool MinExcluded { get; init; }

    public bool Holds(double value) => (MinExcluded ? value > Min : value >= Min) && (MaxExcluded ? value < Max : value <= Max);

    /// <summary>The refusal, e.g. "output must be >= 0, got -5".</summary>
    public abstract string Message(string what, double value);

    protected static string Bound(double bound) =>
        bound == Math.Floor(bound) && Math.Abs(bound) < 1e15 ? bound.ToString("N0", CultureInfo.InvariantCulture) : bound.ToString(CultureInfo.InvariantCulture);
}
