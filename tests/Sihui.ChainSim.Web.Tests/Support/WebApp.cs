using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Web.Hosting;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>
/// The real app on a free loopback port, serving a temporary folder with copies of the shipped scenarios (so saved
/// variants never touch the repository), a symlink that points outside it, and a file that is not a scenario.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    public const int MaxTrials = 20_000;
    private readonly Func<ISimulationRunner>? _runner;
    private WebApplication? _app;

    public WebApp() : this(null)
    {
    }

    internal WebApp(Func<ISimulationRunner>? runner)
    {
        _runner = runner;
        Folder = Path.Combine(Path.GetTempPath(), "chainsim-web-" + Guid.NewGuid().ToString("N"));
        Outside = Folder + "-outside";
    }

    public string Folder { get; }
    public string Outside { get; }
    public string BaseAddress { get; private set; } = "";
    public HttpClient Client { get; private set; } = new();
    public IServiceProvider Services => _app!.Services;

    public string ScenarioFile => Path.Combine(Folder, "sihui-2024.yaml");
    public string Sidecar => Path.Combine(Folder, "sihui-2024.variants.yaml");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Outside);
        File.Copy(RepositoryPaths.SihuiScenario, ScenarioFile);
        File.Copy(RepositoryPaths.Tutorial, Path.Combine(Folder, "tutorial.yaml"));
        Directory.CreateDirectory(Path.Combine(Folder, "history"));
        File.Copy(RepositoryPaths.Scenario(Path.Combine("history", "sihui-history.csv")), Path.Combine(Folder, "history", "sihui-history.csv"));
        File.Copy(RepositoryPaths.Tutorial, Path.Combine(Outside, "secret.yaml"));
        File.CreateSymbolicLink(Path.Combine(Folder, "escape.yaml"), Path.Combine(Outside, "secret.yaml"));
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "not a scenario");

        var settings = new WebHostSettings { ScenarioPath = Folder, Port = 0, MaxTrials = MaxTrials };
        _app = _runner is null
            ? ChainSimWebHost.Build(settings)
            : ChainSimWebHost.Build(settings, b => b.Services.AddSingleton(_ => _runner()));
        await _app.StartAsync();
        BaseAddress = ChainSimWebHost.Address(_app);
        Client = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(Outside, recursive: true);
    }
}

/// <summary>One app with the embedded silo, shared by the API and browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebApp>
{
    public const string Name = "web app";
}
