namespace Sihui.ChainSim.Grains;

/// <summary>
/// A grain of a running run was asked for a year it cannot be at: its silo died and it came back with fresh state.
/// Carrying on would give wrong numbers, so the run stops and the client replays it.
/// </summary>
[GenerateSerializer, Alias("GrainStateLostException")]
public sealed class GrainStateLostException : Exception
{
    public GrainStateLostException()
    {
    }

    public GrainStateLostException(string message)
        : base(message)
    {
    }

    public GrainStateLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws unless a grain that expects <paramref name="expectedYear"/> was asked for it.</summary>
    public static void ThrowIfNotExpected(string grain, int expectedYear, int askedYear)
    {
        if (askedYear != expectedYear)
        {
            throw new GrainStateLostException(
                $"{grain} was asked for year {askedYear} but holds the state for year {expectedYear}; its silo was probably lost");
        }
    }
}
