using System.Runtime.InteropServices;

namespace Sihui.ChainSim.Reports;

/// <summary>Swaps two folders in one step where the system can (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>).</summary>
internal static partial class DirectoryExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> traded places atomically; false when the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return RenameAt2(CurrentDirectory, a, CurrentDirectory, b, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28 or musl 1.2.4
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
