namespace Sihui.ChainSim.Cli;

/// <summary>The process exit codes of <c>chainsim</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Cancelled = 130;
}
