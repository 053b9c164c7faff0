namespace Sihui.ChainSim.Cli;

/// <summary>The process exit codes of <c>chainsim</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    /// <summary>Stopped by SIGINT (Ctrl-C); Program reports 143 instead when SIGTERM stopped it.</summary>
    public const int Cancelled = 130;
}
