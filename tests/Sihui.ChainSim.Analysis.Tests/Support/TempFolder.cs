namespace Sihui.ChainSim.Analysis.Tests.Support;

/// <summary>
/// A fresh folder under the temp directory, deleted on dispose. With CHAINSIM_TEST_OUTPUT set, files go to a
/// subfolder of it instead and are kept, so charts and reports can be looked at.
/// </summary>
public sealed class TempFolder : IDisposable
{
    private readonly bool _keep;

    public TempFolder(string name = "")
    {
        var keepIn = Environment.GetEnvironmentVariable("CHAINSIM_TEST_OUTPUT");
        _keep = !string.IsNullOrEmpty(keepIn);
        Path = _keep
            ? Directory.CreateDirectory(System.IO.Path.Combine(keepIn!, name)).FullName
            : Directory.CreateTempSubdirectory("chainsim-analysis-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        if (!_keep && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
