using System.Text;
using System.Text.Json;
using Sihui.ChainSim.Scenarios.Generation;
using Sihui.ChainSim.Scenarios.Tests.Loading;

namespace Sihui.ChainSim.Cli.Tests.Checker;

/// <summary>Warnings reach stderr and summary.json, --strict refuses them, and a file in another encoding is refused by run as by validate.</summary>
public sealed class WarningTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_refuses_a_GB18030_copy_of_the_sihui_scenario_naming_the_encoding_and_the_iconv_line()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = await File.ReadAllTextAsync(RepositoryPaths.SihuiScenario);
        var file = _temp.File("gbk.yaml");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding("GB18030").GetBytes(utf8));
        var output = _temp.File("out");

        var run = await CliHarness.RunAsync("run", file, "--engine", "direct", "--trials", "20", "--out", output);
        var validate = await CliHarness.RunAsync("validate", file);

        Assert.Equal((2, 2), (run.ExitCode, validate.ExitCode));
        Assert.Contains("it looks like GBK/GB18030", run.Error, StringComparison.Ordinal);
        Assert.Equal(run.Error, validate.Error);
        Assert.Contains($"iconv -f GB18030 -t UTF-8 {file} > {file}.utf8", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Run_prints_warnings_and_writes_them_to_summary_json_and_strict_refuses_them()
    {
        var file = _temp.File("fast.yaml");
        await File.WriteAllTextAsync(file, CheckerCases.Warned["growth of 800% a year"].Text);

        var run = await CliHarness.RunAsync("run", file, "--engine", "direct", "--trials", "20", "--quiet", "--out", _temp.File("out"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {file}:14:5: enterprises.jintian.growth: growth averages 800% a year", run.Error, StringComparison.Ordinal);
        var summary = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.File("out/summary.json"))).RootElement;
        var warning = Assert.Single(summary.GetProperty("warnings").EnumerateArray());
        Assert.Equal((14, "enterprises.jintian.growth"), (warning.GetProperty("line").GetInt32(), warning.GetProperty("path").GetString()));

        var strict = await CliHarness.RunAsync("run", file, "--engine", "direct", "--trials", "20", "--strict", "--out", _temp.File("strict"));
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("--strict: 1 warning above; nothing was run", strict.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("strict")));

        var validate = await CliHarness.RunAsync("validate", file);
        var validateStrict = await CliHarness.RunAsync("validate", "--strict", file);
        Assert.Equal((0, 2), (validate.ExitCode, validateStrict.ExitCode));
        Assert.Contains("1 warning)", validate.Out, StringComparison.Ordinal);
        Assert.Contains("warning: ", validateStrict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_too_large_for_this_machine_is_flagged_with_its_estimate()
    {
        var settings = new GeneratorSettings { Enterprises = 3000, Parks = 2, Industries = 3, Projects = 6, Years = 10, Seed = 1, Trials = 1_000_000 };
        var file = _temp.File("large.yaml");
        await File.WriteAllTextAsync(file, ScenarioGenerator.Generate(settings));

        var validate = await CliHarness.RunAsync("validate", file);

        Assert.Equal(0, validate.ExitCode);
        Assert.Matches(@"warning: .*large\.yaml:1:1: trials: this run \(3,000 enterprises × 10 years × 1,000,000 trials\) is estimated to need about [\d.]+ GiB of memory, more than this machine's", validate.Error);
        Assert.Matches(@"is estimated to take about \d+ (minutes|hours) on this machine's \d+ cores", validate.Error);
        Assert.Equal(2, (await CliHarness.RunAsync("run", file, "--strict", "--engine", "direct")).ExitCode);
    }
}
