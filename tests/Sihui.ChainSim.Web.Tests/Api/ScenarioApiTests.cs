using System.Net;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class ScenarioApiTests(WebApp app)
{
    [Fact]
    public async Task List_shows_the_scenarios_in_the_folder_and_not_a_link_out_of_it()
    {
        var list = await (await app.Client.GetAsync("/api/scenarios")).JsonAsync();
        var names = list.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("sihui-2024", names);
        Assert.Contains("tutorial", names);
        Assert.DoesNotContain("escape", names);
        Assert.DoesNotContain("notes", names);
    }

    [Fact]
    public async Task Detail_has_targets_variants_and_tunables_with_metadata_and_current_values()
    {
        var detail = await (await app.Client.GetAsync("/api/scenarios/sihui-2024")).JsonAsync();
        Assert.Equal(2023, detail.GetProperty("base_year").GetInt32());
        Assert.Equal(WebApp.MaxTrials, detail.GetProperty("max_trials").GetInt32());
        Assert.Contains(detail.GetProperty("targets").EnumerateArray(), t => t.GetProperty("id").GetString() == "output_2024");
        var variants = detail.GetProperty("variants").EnumerateArray().ToList();
        Assert.Contains(variants, v => v.GetProperty("name").GetString() == "pessimistic" && v.GetProperty("source").GetString() == "file");
        var tunables = detail.GetProperty("tunables").EnumerateArray().ToList();
        Assert.Equal(18, tunables.Count);
        var shock = tunables.Single(t => t.GetProperty("path").GetString() == "economy.shock.mean");
        Assert.Equal(0, shock.GetProperty("value").GetDouble());
        Assert.Equal(-0.05, shock.GetProperty("min").GetDouble());
        Assert.Equal(0.005, shock.GetProperty("step").GetDouble());
        Assert.Equal("economy", shock.GetProperty("group").GetString());
        Assert.Equal("宏观经济冲击（均值）", shock.GetProperty("label_zh").GetString());
        var land = tunables.Single(t => t.GetProperty("path").GetString() == "parks.hitech.land_additions.2024");
        Assert.True(land.GetProperty("value").GetDouble() >= 0);
    }

    [Fact]
    public async Task Unknown_scenario_is_a_404_problem()
    {
        var response = await app.Client.GetAsync("/api/scenarios/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%2Fsihui-2024")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("..")]
    [InlineData("%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("..%5C..%5Cwindows")]
    public async Task Names_that_climb_out_of_the_folder_are_refused(string name)
    {
        foreach (var response in new[]
        {
            await app.Client.GetAsync("/api/scenarios/" + name),
            await app.Client.PostJsonAsync("/api/scenarios/" + name + "/run", "{\"trials\": 10}"),
            await app.Client.PostJsonAsync("/api/scenarios/" + name + "/variants", "{\"name\": \"x\"}"),
        })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{name}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain("root:", body);
            Assert.DoesNotContain("scenario:", body);
        }
    }

    [Fact]
    public async Task A_symlink_to_a_scenario_outside_the_folder_is_not_served()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/scenarios/escape")).StatusCode);
        var run = await app.Client.PostJsonAsync("/api/scenarios/escape/run", "{\"trials\": 10}");
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_assets_are_served_from_the_app()
    {
        var page = await app.Client.GetStringAsync("/");
        Assert.Contains("<script src=\"/assets/app.js\">", page);
        Assert.DoesNotContain("https://", page);
        foreach (var asset in new[] { "app.js", "api.js", "charts.js", "i18n.js", "observed.js", "style.css" })
        {
            var response = await app.Client.GetAsync("/assets/" + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/assets/..%2F..%2Fappsettings.json")).StatusCode);
    }
}
