using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>Compare, sensitivity and goal-seek on the Sihui scenario, on the embedded silo: answers, bad input and budget.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AnalysisApiTests(WebApp app)
{
    private const string Compare = "/api/scenarios/sihui-2024/compare";
    private const string Sensitivity = "/api/scenarios/sihui-2024/sensitivity";
    private const string GoalSeek = "/api/scenarios/sihui-2024/goal-seek";

    [Fact]
    public async Task Compare_answers_as_the_analysis_library_writes_it_and_the_sliders_make_a_difference()
    {
        var response = await app.Client.PostJsonAsync(Compare,
            """{"columns": [{}, {"set": {"economy.shock.mean": -0.04}, "label": "sliders"}], "trials": 200, "seed": 11}""");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        // The same document `chainsim compare --json` prints, from the same columns on the same runner.
        var file = new RunRequest { ScenarioText = await File.ReadAllTextAsync(app.ScenarioFile), FileName = "sihui-2024.yaml" };
        LabelledRun[] columns =
        [
            new("baseline", file),
            new("sliders", file.WithOverrides(new OverrideDefinition("economy.shock.mean", "-0.04"))),
        ];
        var expected = await Comparer.RunAsync(app.Services.GetRequiredService<ISimulationRunner>(), columns, new AnalysisSettings { Trials = 200, Seed = 11 });
        Assert.Equal(AnalysisJson.Comparison(expected, null) + "\n", text);

        var document = JsonDocument.Parse(text).RootElement;
        var output = document.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target_id").GetString() == "output_2024");
        Assert.True(output.GetProperty("cells")[1].GetProperty("p50_difference").GetDouble() < 0);
        Assert.Equal("economy.shock.mean", document.GetProperty("columns")[1].GetProperty("overrides")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Columns_run_lately_are_answered_from_their_outcomes_with_the_same_document()
    {
        const string body = """{"columns": [{}, {"set": {"economy.shock.mean": -0.02}}], "trials": 120, "seed": 21}""";
        var recent = app.Services.GetRequiredService<Web.Analyses.RecentRuns>();

        var first = await (await app.Client.PostJsonAsync(Compare, body)).Content.ReadAsStringAsync();
        var reused = recent.Reused;
        var second = await (await app.Client.PostJsonAsync(Compare, body)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Equal(reused + 2, recent.Reused);
        Assert.Contains("\"trials\": 120", second);
    }

    [Fact]
    public async Task Explain_splits_the_gap_into_parts_that_sum_to_the_total()
    {
        var response = await app.Client.PostJsonAsync(Compare, """
            {"columns": [{"variant": null}, {"set": {"economy.shock.mean": -0.03, "industries.copper.price.drift": -0.1}}],
             "explain": [0, 1], "target": "output_2024", "trials": 200, "seed": 3}
            """);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var gap = JsonDocument.Parse(text).RootElement.GetProperty("explanation");
        Assert.Equal("output_2024", gap.GetProperty("target_id").GetString());
        var parts = gap.GetProperty("assumptions").EnumerateArray().ToList();
        Assert.Equal(["economy.shock.mean", "industries.copper.price.drift"], parts.Select(p => p.GetProperty("path").GetString()));
        var p50 = gap.GetProperty("p50");
        var total = p50.GetProperty("total").GetDouble();
        Assert.NotEqual(0, total);
        Assert.Equal(total, parts.Sum(p => p.GetProperty("p50_effect").GetDouble()) + p50.GetProperty("interaction").GetDouble(), 9);
        Assert.Equal(4, gap.GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task Sensitivity_streams_one_line_per_bar_then_the_whole_tornado()
    {
        using var response = await app.Client.PostStreamingAsync(Sensitivity,
            """{"target": "output_2024", "params": ["economy.shock.mean", "industries.copper.price.drift", "economy.shock.sd"], "trials": 150, "seed": 5}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonLines.MediaType, response.Content.Headers.ContentType?.MediaType);
        using var reader = await response.LinesAsync();
        var lines = await reader.RestAsync();

        Assert.Equal(["start", "bar", "bar", "bar", "result"], lines.Select(l => l.Type()));
        Assert.Equal(7, lines[0].GetProperty("runs").GetInt32());
        Assert.Equal([1, 2, 3], lines.Skip(1).Take(3).Select(l => l.GetProperty("done").GetInt32()));
        var result = lines[^1].GetProperty("result");
        var bars = result.GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(3, bars.Count);
        // Every streamed bar is one of the result's, with the same numbers; the result ranks them by size.
        foreach (var line in lines.Skip(1).Take(3))
        {
            var bar = line.GetProperty("bar");
            Assert.Equal(0, bar.GetProperty("rank").GetInt32());
            var ranked = bars.Single(b => b.GetProperty("path").GetString() == bar.GetProperty("path").GetString());
            Assert.Equal(ranked.GetProperty("probability_at_low").GetDouble(), bar.GetProperty("probability_at_low").GetDouble());
            Assert.Equal(ranked.GetProperty("p50_at_high").GetDouble(), bar.GetProperty("p50_at_high").GetDouble());
            Assert.Equal(result.GetProperty("base_p50").GetDouble(), line.GetProperty("base_p50").GetDouble());
        }
        var effects = bars.Select(b => Math.Abs(b.GetProperty("probability_effect").GetDouble())).ToList();
        Assert.Equal(effects.OrderDescending(), effects);
        Assert.Equal(7, result.GetProperty("runs").GetInt32());
        Assert.Equal(150, result.GetProperty("trials").GetInt32());
    }

    [Fact]
    public async Task Sensitivity_on_moved_sliders_names_them_in_its_overrides()
    {
        using var response = await app.Client.PostStreamingAsync(Sensitivity,
            """{"params": ["economy.shock.sd"], "variant": "pessimistic", "set": {"economy.shock.mean": 0.01}, "trials": 100}""");
        using var reader = await response.LinesAsync();
        var result = (await reader.RestAsync())[^1].GetProperty("result");
        var overrides = result.GetProperty("overrides").EnumerateArray().ToList();
        Assert.Contains(overrides, o => o.GetProperty("path").GetString() == "economy.shock.mean" && o.GetProperty("value").GetString() == "0.01");
        Assert.Contains(overrides, o => o.GetProperty("source").GetString()!.Contains("pessimistic"));
    }

    [Theory]
    [InlineData(Compare, """{"columns": [{}]}""", "columns")]
    [InlineData(Compare, """{"columns": "baseline"}""", "columns")]
    [InlineData(Compare, """{}""", "columns")]
    [InlineData(Compare, """{"columns": [{}, 3]}""", "columns[1]")]
    [InlineData(Compare, """{"columns": [{}, {"set": {"no.such.path": 1}}]}""", "columns[1].set.no.such.path")]
    [InlineData(Compare, """{"columns": [{}, {"set": {"projects.jintian_phase2.start_probability": -0.1}}]}""", "columns[1].set.projects.jintian_phase2.start_probability")]
    [InlineData(Compare, """{"columns": [{}, {"variant": "no-such-variant"}]}""", "columns[1].variant")]
    [InlineData(Compare, """{"columns": [{}, {"colour": "red"}]}""", "columns[1].colour")]
    [InlineData(Compare, """{"columns": [{}, {}], "explain": [0, 0]}""", "explain")]
    [InlineData(Compare, """{"columns": [{}, {}], "explain": [0, 2]}""", "explain")]
    [InlineData(Compare, """{"columns": [{}, {}], "explain": [0, 1], "target": "nope"}""", "target")]
    [InlineData(Compare, """{"columns": [{}, {}], "target": "output_2024"}""", "target")]
    [InlineData(Compare, """{"columns": [{}, {}], "trials": 0}""", "trials")]
    [InlineData(Compare, """{"columns": [{}, {}], "seed": -1}""", "seed")]
    [InlineData(Sensitivity, """{"target": "nope"}""", "target")]
    [InlineData(Sensitivity, """{"params": ["economy.shock.mean", "no.such.path"]}""", "params[1]")]
    [InlineData(Sensitivity, """{"params": "economy.shock.mean"}""", "params")]
    [InlineData(Sensitivity, """{"set": {"no.such.path": 1}}""", "set.no.such.path")]
    [InlineData(Sensitivity, """{"trials": 20001}""", "trials")]
    [InlineData(Sensitivity, """[1]""", "body")]
    [InlineData(GoalSeek, """{"probability": 0.8, "param": "economy.shock.mean"}""", "target")]
    [InlineData(GoalSeek, """{"target": "output_2024", "param": "economy.shock.mean"}""", "probability")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 1.5, "param": "economy.shock.mean"}""", "probability")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8}""", "param")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8, "param": "no.such.path"}""", "param")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8, "param": "economy.shock.mean", "min": 0.04, "max": 0.01}""", "min")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8, "param": "economy.shock.mean", "tolerance": 0}""", "tolerance")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8, "param": "economy.shock.mean", "min": "low"}""", "min")]
    [InlineData(GoalSeek, """{"target": "output_2024", "probability": 0.8, "param": "scenario_year_that_is_not", "min": 0, "max": 1}""", "param")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string body, string field)
    {
        var response = await app.Client.PostJsonAsync(url, body);
        await response.AssertFieldProblemAsync(field);
    }

    [Fact]
    public async Task A_path_that_is_not_a_tunable_needs_both_ends_as_on_the_command_line()
    {
        var response = await app.Client.PostJsonAsync(GoalSeek,
            """{"target": "output_2024", "probability": 0.5, "param": "industries.copper.value_added_ratio"}""");
        Assert.Contains("give both min and max", await response.AssertFieldProblemAsync("min"));
    }

    [Fact]
    public async Task An_analysis_over_the_budget_is_refused_on_trials_before_any_run()
    {
        // 37 runs of 20,000 trials: each run fits the per-run budget, all of them together do not.
        var response = await app.Client.PostJsonAsync(Sensitivity, """{"trials": 20000}""");
        var message = await response.AssertFieldProblemAsync("trials");
        Assert.Contains("37 runs of 20,000 trials", message);
        Assert.Contains("per analysis", message);

        // A bisection to a very fine tolerance counts every halving: 2 + 30 runs.
        var goalSeek = await app.Client.PostJsonAsync(GoalSeek,
            """{"target": "output_2024", "probability": 0.5, "param": "economy.shock.mean", "min": 0, "max": 1, "tolerance": 1e-9, "trials": 20000}""");
        Assert.Contains("32 runs of 20,000 trials", await goalSeek.AssertFieldProblemAsync("trials"));
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_404_for_every_analysis()
    {
        foreach (var url in new[] { "compare", "sensitivity", "goal-seek" })
        {
            var response = await app.Client.PostJsonAsync($"/api/scenarios/nowhere/{url}", "{}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
