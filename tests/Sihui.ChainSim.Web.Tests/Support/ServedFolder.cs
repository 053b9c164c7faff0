namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>A temporary folder to serve, with copies of the shipped scenarios; deleted with its neighbour "-outside".</summary>
public sealed class ServedFolder : IDisposable
{
    public ServedFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chainsim-serve-" + Guid.NewGuid().ToString("N"));
        Outside = Path + "-outside";
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(Outside);
    }

    public string Path { get; }
    public string Outside { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public ServedFolder WithSihui()
    {
        System.IO.File.Copy(RepositoryPaths.SihuiScenario, File("sihui-2024.yaml"));
        return this;
    }

    public ServedFolder WithTutorial(string name = "tutorial")
    {
        System.IO.File.Copy(RepositoryPaths.Tutorial, File(name + ".yaml"));
        return this;
    }

    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
        Directory.Delete(Outside, recursive: true);
    }
}
