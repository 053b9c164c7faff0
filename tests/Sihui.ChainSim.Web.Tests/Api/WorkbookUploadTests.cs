using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sihui.ChainSim.Cli;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>
/// Observations and histories sent as .xlsx workbooks (base64): read by the CLI's table reader, so a workbook gives the
/// numbers of the same CSV, and a bad cell is refused at its sheet, row and column with the message the CLI prints.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class WorkbookUploadTests(WebApp app)
{
    private const string Run = "/api/scenarios/sihui-2024/run";
    private static readonly string[] ObservedHeader = ["metric", "year", "through_month", "value", "growth_yoy"];

    private const string ObservedCsv = "metric,year,through_month,value,growth_yoy\ntotal_output,2024,6,470,\nprojects_started,2024,6,9,\n";

    private static string Body(string field, object value, int trials = 1000) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["trials"] = trials, ["max_trials"] = trials, [field] = value });

    [Fact]
    public async Task An_observations_workbook_conditions_the_run_as_the_same_csv_does()
    {
        var xlsx = Workbooks.FromCsv("观测", ObservedCsv);
        var fromCsv = await (await app.Client.PostJsonAsync(Run, Body("observations_csv", ObservedCsv))).JsonAsync();
        var response = await app.Client.PostJsonAsync(Run, Body("observations_xlsx", Convert.ToBase64String(xlsx)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var fromXlsx = JsonDocument.Parse(text).RootElement;

        Assert.Equal(fromCsv.GetProperty("targets").ToString(), fromXlsx.GetProperty("targets").ToString());
        Assert.Equal(fromCsv.GetProperty("years").ToString(), fromXlsx.GetProperty("years").ToString());
        var conditioning = fromXlsx.GetProperty("conditioning");
        Assert.Equal(fromCsv.GetProperty("conditioning").GetProperty("ess").GetDouble(), conditioning.GetProperty("ess").GetDouble());
        Assert.Equal("observations.xlsx (sheet 观测):3 (projects_started 2024 through month 6)", conditioning.GetProperty("rows")[1].GetString());

        // chainsim nowcast --observed reads the same workbook to the same odds.
        var folder = Directory.CreateTempSubdirectory("chainsim-upload-").FullName;
        try
        {
            var file = Path.Combine(folder, "observations.xlsx");
            await File.WriteAllBytesAsync(file, xlsx);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(["nowcast", app.ScenarioFile, "--observed", file, "--trials", "1000", "--max-trials", "1000",
                "--engine", "direct", "--json", "--out", Path.Combine(folder, "out")], stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            var cli = JsonDocument.Parse(stdout.ToString()).RootElement;
            Assert.Equal(Probabilities(fromXlsx), Probabilities(cli));
            Assert.Equal(conditioning.GetProperty("rows").ToString(), cli.GetProperty("conditioning").GetProperty("rows").ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(string?, double)> Probabilities(JsonElement summary) =>
        summary.GetProperty("targets").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("probability").GetDouble())).ToList();

    [Fact]
    public async Task A_bad_observation_cell_is_a_400_at_its_sheet_row_and_column_with_the_clis_message()
    {
        var xlsx = Workbooks.Sheet("观测", ObservedHeader, ["total_output", 2024, 13, 480, null]);
        var message = await (await app.Client.PostJsonAsync(Run, Body("observations_xlsx", Convert.ToBase64String(xlsx)))).AssertFieldProblemAsync("observations_xlsx");
        Assert.StartsWith("sheet 观测, row 2, column C: through_month: ", message);

        // chainsim nowcast --observed on the same workbook prints the same message at the same cell.
        var cli = await CliErrorAsync(xlsx, "observations.xlsx", file => ["nowcast", app.ScenarioFile, "--observed", file, "--trials", "100", "--engine", "direct"]);
        Assert.Contains($"observations.xlsx (sheet 观测):2:3: {message["sheet 观测, row 2, column C: ".Length..]}", cli);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused_by_what_it_is()
    {
        var message = await (await app.Client.PostJsonAsync(Run, Body("observations_xlsx", Convert.ToBase64String(Workbooks.ZipOfSomethingElse()))))
            .AssertFieldProblemAsync("observations_xlsx");
        Assert.StartsWith("observations.xlsx: is not an Excel workbook (.xlsx)", message);
        Assert.DoesNotContain("   at ", message);

        var history = await (await app.Client.PostJsonAsync(CalibrateApiTests.Calibrate,
            JsonSerializer.Serialize(new { history_xlsx = Convert.ToBase64String(Workbooks.ZipOfSomethingElse()) }))).AssertFieldProblemAsync("history_xlsx");
        Assert.StartsWith("history.xlsx: is not an Excel workbook (.xlsx)", history);
    }

    [Theory]
    [InlineData("""{"observations_xlsx": "not base64!"}""", "observations_xlsx", "base64")]
    [InlineData("""{"observations_xlsx": 5}""", "observations_xlsx", "base64")]
    [InlineData("""{"observations_xlsx": ""}""", "observations_xlsx", "empty")]
    [InlineData("""{"observations_csv": "metric,year,through_month,value,growth_yoy\n", "observations_xlsx": "UEsDBA=="}""", "observations_xlsx", "not two")]
    [InlineData("""{"observations_xlsx": "UEsDBA=="}""", "observations_xlsx", "not an Excel workbook")]
    public async Task A_bad_observations_workbook_field_is_a_400_naming_it(string body, string field, string message)
    {
        Assert.Contains(message, await (await app.Client.PostJsonAsync(Run, body)).AssertFieldProblemAsync(field));
    }

    [Fact]
    public async Task A_history_workbook_is_fitted_as_the_same_csv_is()
    {
        var csv = await File.ReadAllTextAsync(Path.Combine(app.Folder, "history", "sihui-history.csv"));
        var fromCsv = JsonNode.Parse(await (await app.Client.PostJsonAsync(CalibrateApiTests.Calibrate,
            JsonSerializer.Serialize(new { history = csv, trials = 100, seed = 3 }))).Content.ReadAsStringAsync())!;
        var response = await app.Client.PostJsonAsync(CalibrateApiTests.Calibrate,
            JsonSerializer.Serialize(new { history_xlsx = Convert.ToBase64String(Workbooks.FromCsv("历史", csv)), trials = 100, seed = 3 }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var fromXlsx = JsonNode.Parse(text)!;

        Assert.Equal("history.xlsx", fromXlsx["history"]!.GetValue<string>());
        Assert.NotEmpty(fromXlsx["parameters"]!.AsArray());
        foreach (var key in new[] { "parameters", "industries", "firms", "level_backcast" })
        {
            Assert.Equal(fromCsv[key]?.ToJsonString(), fromXlsx[key]?.ToJsonString());
        }
    }

    [Fact]
    public async Task A_bad_history_cell_is_a_400_at_its_sheet_row_and_column_with_the_clis_message()
    {
        string[] header = ["metric", "id", "year", "value"];
        var xlsx = Workbooks.Sheet("历史", header, ["enterprise_output", "jintian", 2022, 153], ["enterprise_output", "jintan", 2023, 160]);
        var message = await (await app.Client.PostJsonAsync(CalibrateApiTests.Calibrate,
            JsonSerializer.Serialize(new { history_xlsx = Convert.ToBase64String(xlsx) }))).AssertFieldProblemAsync("history_xlsx");
        Assert.StartsWith("sheet 历史, row 3, column B: id: unknown enterprise 'jintan' (did you mean 'jintian'?)", message);

        var cli = await CliErrorAsync(xlsx, "history.xlsx", file => ["calibrate", app.ScenarioFile, "--history", file, "--engine", "direct"]);
        Assert.Contains("history.xlsx (sheet 历史):3:2: id: unknown enterprise 'jintan' (did you mean 'jintian'?)", cli);
    }

    [Fact]
    public async Task A_history_sent_twice_is_refused()
    {
        var body = JsonSerializer.Serialize(new { history = "metric,id,year,value\n", history_xlsx = "UEsDBA==" });
        Assert.Contains("not both", await (await app.Client.PostJsonAsync(CalibrateApiTests.Calibrate, body)).AssertFieldProblemAsync("history_xlsx"));
    }

    /// <summary>The CLI's stderr for a command that refuses the workbook (exit 2), the workbook saved under <paramref name="name"/>.</summary>
    private static async Task<string> CliErrorAsync(byte[] workbook, string name, Func<string, string[]> args)
    {
        var folder = Directory.CreateTempSubdirectory("chainsim-upload-").FullName;
        try
        {
            var file = Path.Combine(folder, name);
            await File.WriteAllBytesAsync(file, workbook);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await CliApp.RunAsync([.. args(file), "--out", Path.Combine(folder, "out")], stdout, stderr);
            Assert.True(exit == 2, $"exit {exit}: {stderr}");
            return stderr.ToString();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
