using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>
/// One real <c>chainsim serve</c> over a folder with the Sihui scenario, tutorial copies, a file that does not
/// validate, a scenario whose sidecar is a link out of the folder and one whose sidecar is not YAML. Its work budget
/// is set low (2,000,000) so the budget's 400 can be seen without a long run.
/// </summary>
public sealed class GuardedServe : IAsyncLifetime
{
    public const long WorkBudget = 2_000_000;
    private ServeProcess? _serve;

    public ServedFolder Folder { get; } = new ServedFolder().WithSihui().WithTutorial().WithTutorial("victim").WithTutorial("linked").WithTutorial("badcar");
    public ServeProcess Serve => _serve ?? throw new InvalidOperationException("serve did not start");
    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        File.WriteAllText(Folder.File("broken.yaml"), "scenario: broken\nbase_year: 2023\nend_year: 2020\ntrials: many\n");
        File.WriteAllText(Path.Combine(Folder.Outside, "elsewhere.variants.yaml"), "variants:\n  away:\n    set: {}\n");
        File.CreateSymbolicLink(Folder.File("linked.variants.yaml"), Path.Combine(Folder.Outside, "elsewhere.variants.yaml"));
        File.WriteAllText(Folder.File("badcar.variants.yaml"), "variants: [unclosed\n");
        _serve = await ServeProcess.StartAsync(Folder.Path, ["--max-work", WorkBudget.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Client = new HttpClient { BaseAddress = new Uri(Serve.BaseAddress), Timeout = TimeSpan.FromMinutes(3) };
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _serve?.Dispose();
        Folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The guarded serve process, shared by the tests that drive it.</summary>
[CollectionDefinition(Name)]
public sealed class GuardedServeCollection : ICollectionFixture<GuardedServe>
{
    public const string Name = "guarded serve";
}
