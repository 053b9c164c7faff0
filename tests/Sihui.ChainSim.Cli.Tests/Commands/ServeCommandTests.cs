using System.Text.RegularExpressions;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_binds_loopback_by_default_says_so_and_stops_on_cancel()
    {
        var (code, output, error, page) = await ServeAsync("--port", "0");
        Assert.Equal(0, code);
        Assert.Matches(@"serving http://127\.0\.0\.1:\d+ \(loopback only\)", output);
        Assert.Contains("sihui-2024", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        Assert.Contains("/assets/app.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_loopback_host_with_a_token_prints_the_link_and_a_warning()
    {
        var (code, output, error, page) = await ServeAsync("--port", "0", "--host", "0.0.0.0", "--token", "cli-test-token");
        Assert.Equal(0, code);
        Assert.Matches(@"serving http://0\.0\.0\.0:\d+/\?token=cli-test-token \(reachable from the network\)", output);
        Assert.Contains("warning: --host 0.0.0.0", error, StringComparison.Ordinal);
        Assert.Contains("/assets/app.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_loopback_host_without_a_token_exits_2()
    {
        var scenario = RepositoryPaths.SihuiScenario;
        var result = await CliHarness.RunAsync("serve", scenario, "--port", "0", "--host", "0.0.0.0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs --token", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_exits_2()
    {
        var result = await CliHarness.RunAsync("serve", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no scenario file or folder", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error, string Page)> ServeAsync(params string[] options)
    {
        var scenario = RepositoryPaths.SihuiScenario;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = CliApp.RunAsync(["serve", scenario, .. options], TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token);
        Match address = Match.Empty;
        for (var i = 0; i < 600 && !serving.IsCompleted && !(address = Regex.Match(stdout.ToString(), @"serving (http://\S+)")).Success; i++)
        {
            await Task.Delay(50);
        }
        Assert.True(address.Success, $"no start message: {stdout} {stderr}");
        var url = address.Groups[1].Value.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        using var client = new HttpClient();
        var page = await client.GetStringAsync(url.Contains('?', StringComparison.Ordinal) ? url : url + "/");
        await stop.CancelAsync();
        var code = await serving.WaitAsync(TimeSpan.FromSeconds(60));
        return (code, stdout.ToString(), stderr.ToString(), page);
    }
}
