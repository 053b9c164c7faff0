using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>Which lane width fills a block of trials; every path gives the same bits, only the speed differs.</summary>
internal enum DrawPath
{
    Scalar,
    Vector128,
    Vector256,
    Vector512,
}

/// <summary>The widest path this CPU runs in hardware, chosen once per process.</summary>
internal static class DrawPaths
{
    public static DrawPath Best { get; } =
        Vector512.IsHardwareAccelerated ? DrawPath.Vector512
        : Vector256.IsHardwareAccelerated ? DrawPath.Vector256
        : Vector128.IsHardwareAccelerated ? DrawPath.Vector128
        : DrawPath.Scalar;
}
