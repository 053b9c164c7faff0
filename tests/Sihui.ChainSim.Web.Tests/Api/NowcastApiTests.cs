using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>The run endpoint conditioned on this year's figures: the same reader as <c>--observed</c>, within the server's bounds.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NowcastApiTests(WebApp app)
{
    private const string Run = "/api/scenarios/sihui-2024/run";

    private static string Observed(double output) =>
        $$"""{"trials": 2000, "observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": {{output}}}]}""";

    [Fact]
    public async Task Output_below_the_pace_lowers_the_odds_and_above_it_raises_them()
    {
        var plain = await (await app.Client.PostJsonAsync(Run, """{"trials": 2000}""")).JsonAsync();
        var low = await (await app.Client.PostJsonAsync(Run, Observed(440))).JsonAsync();
        var high = await (await app.Client.PostJsonAsync(Run, Observed(520))).JsonAsync();

        var before = Http.TargetProbability(plain, "output_2024");
        Assert.True(Http.TargetProbability(low, "output_2024") < before - 0.2, $"{Http.TargetProbability(low, "output_2024")} vs {before}");
        Assert.True(Http.TargetProbability(high, "output_2024") > before + 0.1, $"{Http.TargetProbability(high, "output_2024")} vs {before}");

        var conditioning = low.GetProperty("conditioning");
        Assert.Equal(["observations[0] (total_output 2024 through month 6)"], conditioning.GetProperty("rows").EnumerateArray().Select(r => r.GetString()));
        var drawn = conditioning.GetProperty("trials_drawn").GetInt32();
        Assert.Equal(drawn, low.GetProperty("trials").GetInt32());
        Assert.InRange(conditioning.GetProperty("ess").GetDouble(), 1, drawn);
        // "Before" is the same trials unweighted: a plain run of as many trials.
        var same = await (await app.Client.PostJsonAsync(Run, $$"""{"trials": {{drawn}}}""")).JsonAsync();
        var beforeRow = conditioning.GetProperty("before").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "output_2024");
        Assert.Equal(Http.TargetProbability(same, "output_2024"), beforeRow.GetProperty("probability").GetDouble());
    }

    [Fact]
    public async Task Without_observations_the_answer_is_the_plain_run_byte_for_byte()
    {
        var plain = await (await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7}""")).Content.ReadAsStringAsync();
        var empty = await (await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7, "observations": [], "min_ess": 5000}""")).Content.ReadAsStringAsync();
        var none = await (await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7, "observations": null, "observations_csv": null}""")).Content.ReadAsStringAsync();

        Assert.Equal(plain, empty);
        Assert.Equal(plain, none);
        Assert.DoesNotContain("conditioning", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_with_no_figures_yet_is_the_plain_run_with_a_conditioning_of_no_rows()
    {
        var plain = await (await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7}""")).JsonAsync();
        var none = await (await app.Client.PostJsonAsync(Run, """{"trials": 300, "seed": 7, "observations_csv": "metric,year,through_month,value,growth_yoy\n"}""")).JsonAsync();

        var conditioning = none.GetProperty("conditioning");
        Assert.Equal(0, conditioning.GetProperty("rows").GetArrayLength());
        Assert.Equal(300, conditioning.GetProperty("ess").GetDouble());
        Assert.Equal(plain.GetProperty("targets").ToString(), none.GetProperty("targets").ToString());
        Assert.Equal(plain.GetProperty("years").ToString(), none.GetProperty("years").ToString());
    }

    [Fact]
    public async Task Rows_and_a_csv_text_condition_alike()
    {
        var rows = await (await app.Client.PostJsonAsync(Run, """
            {"trials": 1000, "max_trials": 1000, "observations": [
              {"metric": "total_output", "year": 2024, "through_month": 6, "value": 470},
              {"metric": "projects_started", "year": 2024, "through_month": 6, "value": 9}]}
            """)).JsonAsync();
        var csv = await (await app.Client.PostJsonAsync(Run, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["trials"] = 1000,
            ["max_trials"] = 1000,
            ["observations_csv"] = "metric,year,through_month,value,growth_yoy\ntotal_output,2024,6,470,\nprojects_started,2024,6,9,\n",
        }))).JsonAsync();

        Assert.Equal(rows.GetProperty("targets").ToString(), csv.GetProperty("targets").ToString());
        Assert.Equal(rows.GetProperty("conditioning").GetProperty("ess").GetDouble(), csv.GetProperty("conditioning").GetProperty("ess").GetDouble());
        Assert.Equal("observations.csv:3 (projects_started 2024 through month 6)", csv.GetProperty("conditioning").GetProperty("rows")[1].GetString());
    }

    [Fact]
    public async Task A_low_ess_draws_more_trials_up_to_max_trials_and_no_further()
    {
        var summary = await (await app.Client.PostJsonAsync(Run, """
            {"trials": 500, "min_ess": 100000, "max_trials": 1200,
             "observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "growth_yoy": 0.05}]}
            """)).JsonAsync();
        var conditioning = summary.GetProperty("conditioning");
        Assert.Equal(1200, conditioning.GetProperty("trials_drawn").GetInt32());
        Assert.True(conditioning.GetProperty("ess").GetDouble() < 100000);
    }

    [Theory]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 13, "value": 480}]}""", "observations[0].through_month", "between 1 and 12")]
    [InlineData("""{"observations": [{"metric": "total_outpt", "year": 2024, "through_month": 6, "value": 480}]}""", "observations[0].metric", "total_output")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": 480}, {"metric": "projects_started", "year": 2024, "through_month": 6, "value": -1}]}""", "observations[1].value", "")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2031, "through_month": 6, "value": 480}]}""", "observations[0].year", "2024..2027")]
    [InlineData("""{"observations": [{"metric": "projects_started", "year": 2024, "through_month": 6, "growth_yoy": 0.1}]}""", "observations[0].growth_yoy", "count")]
    [InlineData("""{"observations": [{"metric": "projects_started", "year": 2024, "through_month": 6, "value": 2.5}]}""", "observations[0].value", "whole")]
    [InlineData("""{"observations": [{"metric": "growth:total_output", "year": 2024, "through_month": 6, "value": 1}]}""", "observations[0].metric", "cannot be observed")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": "480"}]}""", "observations[0].value", "must be a number")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": 480, "colour": 1}]}""", "observations[0].colour", "unknown field")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "value": 480}]}""", "observations[0].through_month", "missing")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": 480, "growth_yoy": 0.05}]}""", "observations[0].growth_yoy", "exactly one")]
    [InlineData("""{"observations": [5]}""", "observations[0]", "object")]
    [InlineData("""{"observations": {"metric": "total_output"}}""", "observations", "list")]
    [InlineData("""{"observations_csv": "metric,year,through_month,value,growth_yoy\ntotal_output,2024,0,480,\n"}""", "observations_csv", "line 2")]
    [InlineData("""{"observations_csv": 5}""", "observations_csv", "text")]
    [InlineData("""{"observations": [], "observations_csv": "x"}""", "observations_csv", "")]
    [InlineData("""{"observations": [{"metric": "total_output", "year": 2024, "through_month": 6, "value": 1}], "observations_csv": "x"}""", "observations_csv", "not both")]
    [InlineData("""{"min_ess": 0}""", "min_ess", "at least 1")]
    [InlineData("""{"max_trials": 20001}""", "max_trials", "20000")]
    [InlineData("""{"max_trials": 1.5}""", "max_trials", "whole")]
    public async Task A_bad_observation_is_a_400_naming_the_row_and_field(string body, string field, string message)
    {
        var response = await app.Client.PostJsonAsync(Run, body);
        Assert.Contains(message, await response.AssertFieldProblemAsync(field));
    }

    [Fact]
    public async Task Observations_no_trial_can_explain_are_a_400_naming_the_row()
    {
        var response = await app.Client.PostJsonAsync(Run, """
            {"trials": 200, "max_trials": 200, "observations": [{"metric": "projects_started", "year": 2024, "through_month": 6, "value": 5000}]}
            """);
        var message = await response.AssertFieldProblemAsync("observations");
        Assert.Contains("observations[0] (projects_started 2024 through month 6)", message);
        Assert.DoesNotContain("   at ", message);
    }

    [Fact]
    public async Task The_detail_lists_the_observable_metrics_and_the_min_ess()
    {
        var detail = await (await app.Client.GetAsync("/api/scenarios/sihui-2024")).JsonAsync();
        Assert.Equal(1000, detail.GetProperty("min_ess").GetInt32());
        var observable = detail.GetProperty("observable").EnumerateArray()
            .ToDictionary(o => o.GetProperty("metric").GetString()!, o => (Kind: o.GetProperty("kind").GetString(), Name: o.GetProperty("name").GetString()));
        Assert.Equal(("money", null), observable["total_output"]);
        Assert.Equal(("count", null), observable["projects_started"]);
        Assert.Equal("money", observable["industry_output:copper"].Kind);
        Assert.Contains("Above-size industrial enterprises", observable["indicator:above_size_enterprises"].Name, StringComparison.Ordinal);
        Assert.Equal("count", observable["indicator:above_size_enterprises"].Kind);
        Assert.DoesNotContain(observable.Keys, m => m.StartsWith("growth:", StringComparison.Ordinal) || m.StartsWith("land_used:", StringComparison.Ordinal));
        Assert.False(observable.ContainsKey("indicator:high_tech_enterprises"));
    }

    [Fact]
    public async Task A_scenario_with_its_own_observations_refuses_more_from_the_request()
    {
        var file = Path.Combine(app.Folder, "observed.yaml");
        await File.WriteAllTextAsync(file, """
            scenario: observed
            base_year: 2024
            end_year: 2025
            trials: 200
            industries:
              - id: copper
            enterprises:
              - {id: jintian, industry: copper, output: 100, growth: {dist: normal, mean: 0.05, sd: 0.1}}
            targets:
              - {id: t, metric: total_output, year: 2025, at_least: 110}
            observations:
              - {metric: total_output, year: 2025, through_month: 6, value: 56}
            """);
        try
        {
            var own = await (await app.Client.PostJsonAsync("/api/scenarios/observed/run", """{"trials": 200}""")).JsonAsync();
            Assert.Equal("observations[0] (total_output 2025 through month 6)", own.GetProperty("conditioning").GetProperty("rows")[0].GetString());

            var response = await app.Client.PostJsonAsync("/api/scenarios/observed/run",
                """{"observations": [{"metric": "total_output", "year": 2025, "through_month": 6, "value": 50}]}""");
            Assert.Contains("its own observations", await response.AssertFieldProblemAsync("observations"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Extra_trials_count_against_the_work_budget()
    {
        // 77 years of the Sihui scenario: a few thousand trials exhaust the 10,000,000 budget.
        const string far = "\"set\": {\"end_year\": 2100}";
        var refused = await app.Client.PostJsonAsync(Run, $$"""{"trials": 500, "max_trials": 5000, {{far}}}""");
        Assert.Contains("budget", await refused.AssertFieldProblemAsync("max_trials"));

        // Without max_trials, a nowcast may draw as many as fit: 10× the trials would not.
        var runs = app.Services.GetRequiredService<RunService>();
        var entry = app.Services.GetRequiredService<ScenarioCatalog>().Find("sihui-2024").Entry!;
        var request = runs.Request(entry, null) with { Trials = 500, LoadOptions = new() { Set = [new("end_year", "2100")] } };
        var limited = runs.WithTrialLimit(entry, request);
        Assert.InRange(limited.MaxTrials!.Value, 501, 4999);
        Assert.Null(runs.NowcastBudgetProblem(entry, limited));
        Assert.NotNull(runs.NowcastBudgetProblem(entry, limited with { MaxTrials = limited.MaxTrials + 1 }));
    }
}
