using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Scenarios.Tests.Observations;

/// <summary>An observations CSV file reads into the rows the YAML list gives, and every bad row is refused at its file, line and field.</summary>
public sealed class ObservationCsvTests
{
    private const string File = "obs.csv";
    private const string Header = "metric,year,through_month,value,growth_yoy";

    private const string Good = """
        metric,year,through_month,value,growth_yoy
        total_output,2025,6,480,
        total_output,2026,3,,0.057
        projects_started,2025,6,11,
        indicator:hightech_firms,2025,6,130,
        park_output:hitech,2025,12,820,
        """;

    private const string GoodYaml = """
        observations:
          - {metric: total_output, year: 2025, through_month: 6, value: 480}
          - {metric: total_output, year: 2026, through_month: 3, growth_yoy: 0.057}
          - {metric: projects_started, year: 2025, through_month: 6, value: 11}
          - {metric: "indicator:hightech_firms", year: 2025, through_month: 6, value: 130}
          - {metric: "park_output:hitech", year: 2025, through_month: 12, value: 820}
        """;

    private static readonly ScenarioDefinition Scenario = NowcastTexts.Load();

    [Fact]
    public void A_good_file_gives_the_same_rows_as_the_yaml_list()
    {
        var fromCsv = ObservationCsv.Parse(Good, File, Scenario);
        var fromYaml = NowcastTexts.Load(GoodYaml);

        Assert.Equal(fromYaml.Observations, fromCsv.Select(r => r.Observation));
        Assert.Equal(5, fromCsv.Count);
        Assert.Equal(new ObservationDefinition { Metric = "total_output", Year = 2026, ThroughMonth = 3, GrowthYoy = 0.057 }, fromCsv[1].Observation);
        Assert.Equal("obs.csv:3 (total_output 2026 through month 3)", fromCsv[1].Label);
        Assert.Equal("observations[1]", ObservedRow.FromScenario(fromYaml)[1].Source);
    }

    [Fact]
    public void Comment_lines_name_sources_and_keep_the_line_numbers_while_a_quoted_hash_is_data()
    {
        var text = "# made up for the docs\nmetric,year,through_month,value,growth_yoy\n  # June, even share (an assumption)\ntotal_output,2025,6,480,\n\"#total_output\",2025,6,480,\n";

        var error = Assert.Throws<ScenarioValidationException>(() => ObservationCsv.Parse(text, File, Scenario));

        var only = Assert.Single(error.Errors);
        Assert.Equal(5, only.Line);
        Assert.Contains("#total_output", only.Message, StringComparison.Ordinal);
        Assert.Equal("obs.csv:4 (total_output 2025 through month 6)", ObservationCsv.Parse(string.Join('\n', text.Split('\n')[..4]), File, Scenario).Single().Label);
    }

    [Fact]
    public void Columns_in_another_order_quoted_cells_blank_lines_and_crlf_read_the_same()
    {
        var text = "\r\nyear,metric,value,through_month,growth_yoy\r\n2025,\"total_output\", 480 ,6,\r\n\r\n2025,projects_started,11,6,\r\n,,,,\r\n , , ,,\r\n";

        var rows = ObservationCsv.Parse(text, File, Scenario);

        Assert.Equal(ObservationCsv.Parse(Good, File, Scenario).Where(r => r.Observation.Year == 2025).Take(1).Select(r => r.Observation), rows.Take(1).Select(r => r.Observation));
        Assert.Equal(["obs.csv:3", "obs.csv:5"], rows.Select(r => r.Source));
    }

    [Theory]
    [InlineData("total_outpt,2025,6,480,", "metric", "unknown metric 'total_outpt' (did you mean 'total_output'?)")]
    [InlineData("land_used:hitech,2025,6,100,", "metric", "'land_used:hitech' cannot be observed: only money metrics")]
    [InlineData("indicator_change:hightech_firms,2025,6,3,", "metric", "'indicator_change:hightech_firms' cannot be observed")]
    [InlineData(",2025,6,480,", "metric", "missing required key `metric`")]
    [InlineData("total_output,2025,0,480,", "through_month", "through_month must be between 1 and 12, got 0")]
    [InlineData("total_output,2025,13,480,", "through_month", "through_month must be between 1 and 12, got 13")]
    [InlineData("total_output,2025,six,480,", "through_month", "expected a whole number, got 'six'")]
    [InlineData("total_output,2025,6,-5,", "value", "value must be >= 0, got -5")]
    [InlineData("total_output,2025,6,abc,", "value", "expected a number, got 'abc'")]
    [InlineData("total_output,2025,6,5.7%,", "value", "expected a number, got '5.7%'")]
    [InlineData("total_output,2024,6,480,", "year", "year 2024 is outside the simulated years 2025..2030")]
    [InlineData("total_output,2031,6,480,", "year", "year 2031 is outside the simulated years 2025..2030")]
    [InlineData("total_output,2025,6,480,0.05", "growth_yoy", "observation has both `value` and `growth_yoy`; give exactly one")]
    [InlineData("total_output,2025,6,,", "", "observation needs exactly one of `value` or `growth_yoy`")]
    [InlineData("total_output,2025,6,,-1.5", "growth_yoy", "growth_yoy must be >= -1, got -1.5")]
    [InlineData("projects_started,2025,6,8.5,", "value", "projects_started is a count, so its value must be a whole number, got 8.5")]
    [InlineData("indicator:hightech_firms,2025,6,130.2,", "value", "indicator:hightech_firms is a count, so its value must be a whole number")]
    [InlineData("projects_started,2025,6,,0.1", "growth_yoy", "projects_started is a count: give the number itself as value, not growth_yoy")]
    [InlineData("total_output,2025,6,480,,extra", "", "the line has 6 fields but the header has 5")]
    [InlineData("total_output,2025,6,\"480,", "", "this quoted cell is not closed on its line")]
    public void A_bad_row_is_refused_at_its_file_line_and_field(string line, string field, string message)
    {
        var text = Header + "\n" + line + "\n";

        var error = Assert.Single(Errors(text));

        Assert.Equal((File, 2, field), (error.File, error.Line, error.Path));
        Assert.StartsWith(message, error.Message);
        Assert.Equal(ColumnOf(line, field, error.Message), error.Column);
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once()
    {
        var errors = Errors(Header + "\ntotal_output,2025,13,480,\ntotal_output,2026,6,480,\nprojects_started,2031,6,2.5,\n");

        Assert.Equal([(2, "through_month"), (4, "year"), (4, "value")], errors.Select(e => (e.Line, e.Path)).OrderBy(e => e.Line));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(3)]
    public void A_metric_and_year_twice_is_refused_at_the_second(int month)
    {
        var error = Assert.Single(Errors(Header + $"\ntotal_output,2025,6,480,\nprojects_started,2025,6,8,\ntotal_output,2025,{month},,0.05\ntotal_output,2026,3,200,\n"));

        Assert.Equal((4, "metric"), (error.Line, error.Path));
        Assert.StartsWith("total_output 2025 is observed more than once; give only the latest month", error.Message);
    }

    [Fact]
    public void A_plain_indicator_cannot_be_observed_only_a_count_indicator_can()
    {
        // In the plain rich scenario hightech_firms has no exit_rate: its level is not a count of firms.
        var plain = ScenarioLoader.LoadText(Loading.ScenarioTexts.Rich, "rich.yaml");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() =>
            ObservationCsv.Parse(Header + "\nindicator:hightech_firms,2025,6,130,\n", File, plain)).Errors);

        Assert.Equal((2, "metric"), (error.Line, error.Path));
        Assert.Contains("'indicator:hightech_firms' cannot be observed", error.Message, StringComparison.Ordinal);
        Assert.Single(ObservationCsv.Parse(Header + "\nindicator:hightech_firms,2025,6,130,\n", File, Scenario));
    }

    [Fact]
    public void A_money_figure_in_a_month_whose_share_sd_is_0_is_refused()
    {
        var sd = string.Join(", ", Enumerable.Range(1, 12).Select(m => m == 6 ? "0" : "0.02"));
        var scenario = NowcastTexts.Load($"seasonality:\n  total_output: {{shares: {NowcastTexts.Shares}, share_sd: [{sd}]}}");

        var errors = Assert.Throws<ScenarioValidationException>(() =>
            ObservationCsv.Parse(Header + "\ntotal_output,2025,5,400,\ntotal_output,2026,6,480,\n", File, scenario)).Errors;

        var error = Assert.Single(errors);
        Assert.Equal((3, "through_month", 19), (error.Line, error.Path, error.Column));
        Assert.StartsWith("the seasonality of total_output has share_sd 0 in month 6", error.Message);
    }

    [Fact]
    public void A_count_in_a_month_whose_share_sd_is_0_is_accepted()
    {
        var scenario = NowcastTexts.Load("seasonality:\n  projects_started: {shares: " + NowcastTexts.Shares + ", share_sd: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}");

        var row = Assert.Single(ObservationCsv.Parse(Header + "\nprojects_started,2025,6,8,\n", File, scenario));

        Assert.Equal(8, row.Observation.Value);
    }

    [Fact]
    public void A_count_through_a_month_whose_share_is_0_must_be_0()
    {
        var scenario = NowcastTexts.Load("seasonality:\n  projects_started: {shares: [0, 0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1]}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() =>
            ObservationCsv.Parse(Header + "\nprojects_started,2025,2,3,\nprojects_started,2026,2,0,\n", File, scenario)).Errors);

        Assert.Equal((2, "value"), (error.Line, error.Path));
        Assert.Equal("the seasonality of projects_started has share 0 through month 2, so nothing can be counted by then, but the value is 3", error.Message);
    }

    [Theory]
    [InlineData("metric,year,through_month,value", "growth_yoy", "missing column 'growth_yoy'; the header must be metric,year,through_month,value,growth_yoy")]
    [InlineData("metric,year,month,value,growth_yoy", "month", "unknown column 'month'")]
    [InlineData("metric,year,through_month,vale,growth_yoy", "vale", "unknown column 'vale' (did you mean 'value'?)")]
    [InlineData("metric,year,through_month,value,growth_yoy,value", "value", "column 'value' appears 2 times")]
    [InlineData("metric;year;through_month;value;growth_yoy", "", "the header is separated by ';', but fields must be separated by commas")]
    public void A_bad_header_is_refused_at_line_1_naming_the_column(string header, string field, string message)
    {
        var errors = Errors(header + "\ntotal_output,2025,6,480,\n");

        var error = errors.First(e => e.Path == field);
        Assert.Equal((File, 1), (error.File, error.Line));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_header_without_rows_is_no_figures_yet_while_an_empty_file_is_refused()
    {
        Assert.Empty(ObservationCsv.Parse(Header + "\n# nothing published yet\n", File, Scenario));
        Assert.Equal("the file is empty", Assert.Single(Errors("\n \n")).Message);
    }

    [Fact]
    public void A_utf8_bom_from_excel_reads_like_plain_utf8()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Good.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var path = Path.Combine(Directory.CreateTempSubdirectory("chainsim-obs-").FullName, File);
        System.IO.File.WriteAllBytes(path, bytes);
        try
        {
            var rows = ObservationCsv.ReadFile(path, Scenario);

            Assert.Equal(ObservationCsv.Parse(Good, File, Scenario).Select(r => r.Observation), rows.Select(r => r.Observation));
            Assert.Equal($"{path}:2", rows[0].Source);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_gbk_file_fails_at_its_first_bad_byte_with_the_iconv_line()
    {
        // "总产值" in GBK, where a Chinese Excel puts a metric it does not know.
        var bytes = Encoding.ASCII.GetBytes(Header + "\n").Concat(new byte[] { 0xD7, 0xDC, 0xB2, 0xFA, 0xD6, 0xB5 }).Concat(Encoding.ASCII.GetBytes(",2025,6,480,\n")).ToArray();

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ObservationCsv.ParseBytes(bytes, File, Scenario)).Errors);

        Assert.Equal((File, 2, 1), (error.File, error.Line, error.Column));
        Assert.Contains("it looks like GBK/GB18030", error.Message);
        Assert.Contains("CSV files must be UTF-8. Convert it with: iconv -f GBK -t UTF-8 obs.csv > obs.csv.utf8", error.Message);
    }

    [Fact]
    public void A_utf16_file_is_refused_with_advice()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Good)).ToArray();

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ObservationCsv.ParseBytes(bytes, File, Scenario)).Errors);

        Assert.Contains("UTF-16LE", error.Message);
        Assert.Contains("CSV files must be UTF-8", error.Message);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ObservationCsv.ReadFile("/nonexistent/obs.csv", Scenario)).Errors);

        Assert.Equal(("/nonexistent/obs.csv", "file not found"), (error.File, error.Message));
    }

    private static IReadOnlyList<ScenarioError> Errors(string text) =>
        Assert.Throws<ScenarioValidationException>(() => ObservationCsv.Parse(text, File, Scenario)).Errors;

    /// <summary>The column where <paramref name="field"/>'s cell starts; whole-row problems are at column 1, quoting at the quote.</summary>
    private static int ColumnOf(string line, string field, string message)
    {
        if (message.Contains("quoted", StringComparison.Ordinal))
        {
            return line.IndexOf('"', StringComparison.Ordinal) + 1;
        }
        var index = Header.Split(',').ToList().IndexOf(field);
        if (index < 0)
        {
            return 1;
        }
        var cells = line.Split(',');
        return 1 + cells.Take(index).Sum(c => c.Length + 1);
    }
}
