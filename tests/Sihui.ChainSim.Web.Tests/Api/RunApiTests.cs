using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class RunApiTests(WebApp app)
{
    private const string Run = "/api/scenarios/sihui-2024/run";

    [Fact]
    public async Task Run_returns_summary_json_byte_for_byte_as_the_writer_makes_it()
    {
        var response = await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7, "set": {"economy.shock.mean": 0.01}}""");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        var fileBytes = await File.ReadAllBytesAsync(app.ScenarioFile);
        var runner = app.Services.GetRequiredService<ISimulationRunner>();
        var outcome = await runner.RunAsync(new RunRequest
        {
            ScenarioText = Encoding.UTF8.GetString(fileBytes),
            FileName = "sihui-2024.yaml",
            LoadOptions = new ScenarioLoadOptions { Set = [new OverrideDefinition("economy.shock.mean", "0.01")] },
            Trials = 300,
            Seed = 7,
        });
        var expected = SummaryJsonWriter.Write(new RunReport(outcome, "sihui-2024.yaml", Convert.ToHexStringLower(SHA256.HashData(fileBytes)), ChainSimWeb.Version)
        {
            Overrides = [new RunOverride("economy.shock.mean", "0.01", RunOverride.FromPage)],
        });
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(bytes));
        Assert.Contains("run;dur=", response.Headers.GetValues("Server-Timing").Single());
    }

    [Fact]
    public async Task Moving_an_assumption_moves_the_probability()
    {
        var low = await (await app.Client.PostJsonAsync(Run, """{"trials": 400, "set": {"economy.shock.mean": -0.05}}""")).JsonAsync();
        var high = await (await app.Client.PostJsonAsync(Run, """{"trials": 400, "set": {"economy.shock.mean": 0.05}}""")).JsonAsync();
        Assert.True(Http.TargetProbability(high, "output_2024") > Http.TargetProbability(low, "output_2024") + 0.1);
    }

    [Fact]
    public async Task A_file_variant_runs_and_is_named_in_the_summary()
    {
        var summary = await (await app.Client.PostJsonAsync(Run, """{"trials": 200, "variant": "pessimistic"}""")).JsonAsync();
        Assert.Equal("pessimistic", summary.GetProperty("variant").GetString());
        Assert.Equal(200, summary.GetProperty("trials").GetInt32());
    }

    [Fact]
    public async Task The_summary_download_carries_the_slider_state_and_the_variant_values()
    {
        var summary = await (await app.Client.PostJsonAsync(Run,
            """{"trials": 100, "variant": "pessimistic", "set": {"economy.shock.sd": 0.03, "parks.hitech.attraction.projects_per_year.mean": 6}}""")).JsonAsync();

        var overrides = summary.GetProperty("overrides").EnumerateArray()
            .Select(o => (o.GetProperty("path").GetString(), o.GetProperty("value").GetString(), o.GetProperty("source").GetString())).ToList();
        Assert.Equal(("economy.shock.mean", "-0.02", "variant pessimistic"), overrides[0]);
        Assert.Equal(("economy.shock.sd", "0.03", "page"), overrides[^2]);
        Assert.Equal(("parks.hitech.attraction.projects_per_year.mean", "6", "page"), overrides[^1]);
        Assert.All(overrides[..^2], o => Assert.Equal("variant pessimistic", o.Item3));
    }

    [Fact]
    public async Task The_report_download_lists_the_slider_state()
    {
        var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report", """{"trials": 100, "set": {"economy.shock.mean": 0.02}}""");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("| `economy.shock.mean` | `0.02` | page |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(baseline)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_variant_s_values_are_listed_under_its_name()
    {
        var name = "listed_" + Guid.NewGuid().ToString("N")[..8];
        var save = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/variants",
            $$$"""{"name": "{{{name}}}", "set": {"industries.copper.price.drift": -0.1}}""");
        Assert.Equal(HttpStatusCode.Created, save.StatusCode);

        var summary = await (await app.Client.PostJsonAsync(Run, $$$"""{"trials": 100, "variant": "{{{name}}}", "set": {"economy.shock.mean": 0.01}}""")).JsonAsync();

        var overrides = summary.GetProperty("overrides").EnumerateArray()
            .Select(o => $"{o.GetProperty("path").GetString()}={o.GetProperty("value").GetString()} ({o.GetProperty("source").GetString()})");
        Assert.Equal([$"industries.copper.price.drift=-0.1 (variant {name})", "economy.shock.mean=0.01 (page)"], overrides);
    }

    [Fact]
    public async Task Report_returns_the_markdown_report()
    {
        var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report?lang=en", """{"trials": 200}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# sihui-2024", text);
        Assert.Contains("## Targets", text);
    }

    [Theory]
    [InlineData("""{"set": {"enterprises.nobody.growth.mean": 0.1}}""", "set.enterprises.nobody.growth.mean", "unknown path")]
    [InlineData("""{"set": {"economy.nokey.mean": 0.1}}""", "set.economy.nokey.mean", "unknown path")]
    [InlineData("""{"set": {"projects.jintian_phase2.start_probability": -0.1}}""", "set.projects.jintian_phase2.start_probability", "probability must be in [0, 1]")]
    [InlineData("""{"set": {"economy.shock.sd": "[1, 2"}}""", "set.economy.shock.sd", "")]
    [InlineData("""{"set": {"economy.shock.mean": true}}""", "set.economy.shock.mean", "number")]
    [InlineData("""{"set": 5}""", "set", "object")]
    [InlineData("""{"trials": 20001}""", "trials", "20000")]
    [InlineData("""{"trials": 0}""", "trials", "between")]
    [InlineData("""{"trials": 2.5}""", "trials", "whole")]
    [InlineData("""{"seed": -1}""", "seed", "whole")]
    [InlineData("""{"variant": "nope"}""", "variant", "pessimistic")]
    [InlineData("""{"colour": "red"}""", "colour", "unknown field")]
    [InlineData("""{"trials": 10""", "body", "JSON")]
    [InlineData("""[1, 2]""", "body", "object")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field, string message)
    {
        var response = await app.Client.PostJsonAsync(Run, body);
        Assert.Contains(message, await response.AssertFieldProblemAsync(field));
    }

    [Fact]
    public async Task A_value_outside_a_tunables_range_runs_with_a_warning_as_with_set()
    {
        var response = await app.Client.PostJsonAsync(Run, """{"trials": 50, "set": {"economy.shock.mean": 0.5}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warning = Assert.Single((await response.JsonAsync()).GetProperty("warnings").EnumerateArray());
        Assert.Equal("economy.shock.mean", warning.GetProperty("path").GetString());
        Assert.Contains("outside the tunable's range", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_override_that_breaks_a_scenario_rule_is_a_400_not_a_500()
    {
        var response = await app.Client.PostJsonAsync(Run, """{"trials": 50, "set": {"industries.copper.price.volatility": "{dist: normal}"}}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task A_bad_channel_id_is_refused()
    {
        var response = await app.Client.PostJsonAsync(Run, """{"trials": 10}""", channel: "no spaces/please");
        await response.AssertFieldProblemAsync("channel");
    }

    [Fact]
    public async Task A_newer_run_on_the_same_channel_cancels_the_older_one_on_the_real_runner()
    {
        var channel = "real-" + Guid.NewGuid().ToString("N");
        var slow = app.Client.PostJsonAsync(Run, $$"""{"trials": {{WebApp.MaxTrials}}}""", channel);
        var channels = app.Services.GetRequiredService<Runs.RunChannels>();
        for (var i = 0; i < 600 && channels.ActiveCount == 0; i++)
        {
            await Task.Delay(50);
        }
        var fast = await app.Client.PostJsonAsync(Run, """{"trials": 100}""", channel);
        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
        var older = await slow;
        var body = await older.Content.ReadAsStringAsync();
        // The older run either was cancelled, or (on a very fast machine) had finished before the newer one started.
        Assert.True(older.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.OK, body);
        if (older.StatusCode == HttpStatusCode.Conflict)
        {
            Assert.Contains("Superseded", body);
        }
    }
}
