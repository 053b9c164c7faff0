using Sihui.ChainSim.Cli;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>
/// <c>chainsim calibrate</c> on the served folder's shipped history, run on a copy of the scenario in a folder of its own,
/// so the sidecar it writes goes nowhere the web app reads. Deleting the folder deletes the copy and the sidecar.
/// </summary>
public sealed class CliCalibration : IDisposable
{
    private CliCalibration(string folder, string stdout)
    {
        Folder = folder;
        Stdout = stdout;
    }

    public string Folder { get; }

    /// <summary>The scenario copy the CLI calibrated; its sidecar sits beside it.</summary>
    public string Scenario => Path.Combine(Folder, "sihui-2024.yaml");

    /// <summary>What the CLI printed (with --json, the calibration document).</summary>
    public string Stdout { get; }

    public static async Task<CliCalibration> RunAsync(WebApp app, params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("chainsim-calibrate-").FullName;
        try
        {
            var scenario = Path.Combine(folder, "sihui-2024.yaml");
            File.Copy(app.ScenarioFile, scenario);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(
                ["calibrate", scenario, "--history", Path.Combine(app.Folder, "history", "sihui-history.csv"), "--json", "--engine", "direct",
                    "--out", Path.Combine(folder, "out"), .. options],
                stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            return new CliCalibration(folder, stdout.ToString());
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
