using System.Net;
using System.Text.Json;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Saved;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary><c>POST /calibrate/variant</c>: a history's fit saved as a variant with the set <c>chainsim calibrate</c> writes.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CalibratedVariantApiTests(WebApp app)
{
    private const string Save = "/api/scenarios/sihui-2024/calibrate/variant";

    private static string Unique(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_fit_is_saved_with_the_clis_set_and_runs_by_name()
    {
        var name = Unique("fit");
        var response = await app.Client.PostJsonAsync(Save, JsonSerializer.Serialize(new { name }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var saved = JsonDocument.Parse(text).RootElement;
        Assert.Equal(name, saved.GetProperty("name").GetString());
        Assert.Equal("Growth, shocks and indicator changes calibrated to history/sihui-history.csv", saved.GetProperty("description").GetString());
        var set = saved.GetProperty("set").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        Assert.Contains("enterprises.fuji.growth.mean", set.Keys);

        // The CLI's variant for the same history, on its own copy of the scenario.
        using (var calibrated = await CliCalibration.RunAsync(app, "--trials", "50"))
        {
            var errors = new ErrorList();
            var cli = SavedVariantFile.Definitions(SavedVariantFile.ReadBeside(calibrated.Scenario, errors)!, errors).Single(v => v.Name == "calibrated");
            Assert.False(errors.Any);
            Assert.Equal(cli.Set.Select(s => s.Path), set.Keys);
            Assert.Equal(cli.Set.Select(s => s.Value), set.Values);
        }

        // Listed as a saved variant, and it runs as its set does.
        var detail = await (await app.Client.GetAsync("/api/scenarios/sihui-2024")).JsonAsync();
        Assert.Equal("saved", detail.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("source").GetString());
        var byName = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", $$"""{"trials": 300, "variant": "{{name}}"}""")).JsonAsync();
        var bySet = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run",
            JsonSerializer.Serialize(new { trials = 300, set = saved.GetProperty("set") }))).JsonAsync();
        Assert.Equal(name, byName.GetProperty("variant").GetString());
        Assert.Equal(bySet.GetProperty("targets").ToString(), byName.GetProperty("targets").ToString());
    }

    [Fact]
    public async Task A_history_workbook_saves_the_same_set_as_its_csv()
    {
        var csv = await File.ReadAllTextAsync(Path.Combine(app.Folder, "history", "sihui-history.csv"));
        var fromCsv = await (await app.Client.PostJsonAsync(Save, JsonSerializer.Serialize(new { name = Unique("csv"), history = csv }))).JsonAsync();
        var response = await app.Client.PostJsonAsync(Save, JsonSerializer.Serialize(new
        {
            name = Unique("xlsx"), description = "按历史数据校准", history_xlsx = Convert.ToBase64String(Workbooks.FromCsv("历史", csv)),
        }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var fromXlsx = await response.JsonAsync();
        Assert.Equal(fromCsv.GetProperty("set").ToString(), fromXlsx.GetProperty("set").ToString());
        Assert.Equal("按历史数据校准", fromXlsx.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_taken_name_is_a_409_and_the_sidecar_is_kept()
    {
        var name = Unique("taken");
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostJsonAsync(Save, JsonSerializer.Serialize(new { name }))).StatusCode);
        var sidecar = await File.ReadAllBytesAsync(app.Sidecar);
        await (await app.Client.PostJsonAsync(Save, JsonSerializer.Serialize(new { name }))).AssertFieldProblemAsync("name", HttpStatusCode.Conflict);
        await (await app.Client.PostJsonAsync(Save, """{"name": "pessimistic"}""")).AssertFieldProblemAsync("name", HttpStatusCode.Conflict);
        Assert.Equal(sidecar, await File.ReadAllBytesAsync(app.Sidecar));
    }

    [Theory]
    [InlineData("""{"name": "has space"}""", "name", "letters")]
    [InlineData("""{"name": "ok_fit", "history": 3}""", "history", "CSV")]
    [InlineData("""{"name": "ok_fit", "history": "metric,id,year,value\nenterprise_output,jintan,2023,160\n"}""", "history", "line 2, column 19: id: unknown enterprise 'jintan'")]
    [InlineData("""{"name": "ok_fit", "history": "metric,id,year,value\nenterprise_output,jintian,2022,153\n"}""", "history", "fits nothing")]
    [InlineData("""{"name": "ok_fit", "history_xlsx": "UEsDBA=="}""", "history_xlsx", "not an Excel workbook")]
    [InlineData("""{"name": "ok_fit", "colour": 1}""", "colour", "unknown field")]
    [InlineData("""[1]""", "body", "object")]
    public async Task Bad_input_is_a_400_naming_the_field_and_saves_nothing(string body, string field, string message)
    {
        var before = File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null;
        Assert.Contains(message, await (await app.Client.PostJsonAsync(Save, body)).AssertFieldProblemAsync(field));
        Assert.Equal(before, File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null);
    }
}
