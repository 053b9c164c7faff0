using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tests.Observations;

namespace Sihui.ChainSim.Scenarios.Tests.History;

/// <summary>A history file reads into rows with their lines, and every bad row is refused at its file, line and field.</summary>
public sealed class HistoryCsvTests
{
    private const string File = "history.csv";
    private const string Header = "metric,id,year,value";

    private const string Good = """
        # sources: annual reports
        metric,id,year,value
        total_output,,2021,1100.5
        enterprise_output,jintian,2022,153
        enterprise_output,jintian,2023,167
        price_index,copper,2022,1.0
        price_index,copper,2023,0.976
        indicator,hightech_firms,2023,120
        value_added,,2023,250
        value_added,copper,2023,40
        """;

    [Fact]
    public void A_good_file_reads_every_row_with_its_line_and_skips_comments()
    {
        var rows = HistoryCsv.Parse(Good, File, NowcastTexts.Load());

        Assert.Equal(8, rows.Count);
        Assert.Equal(new HistoryRow("enterprise_output", "jintian", 2023, 167, "history.csv:5"), rows[2]);
        Assert.Equal(new HistoryRow("total_output", "", 2021, 1100.5, "history.csv:3"), rows[0]);
    }

    [Fact]
    public void Without_a_scenario_any_id_is_taken()
    {
        var row = Assert.Single(HistoryCsv.Parse(Header + "\nenterprise_output,anyone,2020,3\n", File, null));
        Assert.Equal("anyone", row.Id);
    }

    [Theory]
    [InlineData("total_outpt,,2021,5", "metric", 1, "unknown metric 'total_outpt' (did you mean 'total_output'?)")]
    [InlineData("enterprise_output,jintan,2021,5", "id", 19, "unknown enterprise 'jintan' (did you mean 'jintian'?)")]
    [InlineData("enterprise_output,,2021,5", "id", 1, "enterprise_output needs the id of its enterprise")]
    [InlineData("total_output,copper,2021,5", "id", 14, "total_output is the city's figure and takes no id")]
    [InlineData("total_output,,2021.5,5", "year", 15, "")]
    [InlineData("total_output,,2021,abc", "value", 20, "")]
    [InlineData("industry_output,copper,2021,-3", "value", 29, "industry_output cannot be negative, got -3")]
    [InlineData("price_index,copper,2021,0", "value", 25, "a price index must be above 0")]
    public void A_bad_row_is_refused_at_its_line_and_column(string line, string field, int column, string message)
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() =>
            HistoryCsv.Parse($"{Header}\ntotal_output,,2020,1\n{line}\n", File, NowcastTexts.Load())).Errors);

        Assert.Equal((File, 3, column, field), (error.File, error.Line, error.Column, error.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_id_and_year_given_twice_is_refused_naming_the_first_line()
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() =>
            HistoryCsv.Parse($"{Header}\nenterprise_output,jintian,2022,1\nindicator,hightech_firms,2022,1\nenterprise_output,jintian,2022,2\n", File, null)).Errors);

        Assert.Equal((4, "year"), (error.Line, error.Path));
        Assert.Equal("enterprise_output jintian 2022 is given twice; the first is on line 2", error.Message);
    }

    [Fact]
    public void A_wrong_header_and_a_short_line_are_refused()
    {
        var header = Assert.Single(Assert.Throws<ScenarioValidationException>(() => HistoryCsv.Parse("metric,id,yr,value\n", File, null)).Errors.Take(1));
        Assert.Contains("unknown column 'yr'", header.Message, StringComparison.Ordinal);

        var shortLine = Assert.Single(Assert.Throws<ScenarioValidationException>(() => HistoryCsv.Parse($"{Header}\ntotal_output,2021,5\n", File, null)).Errors);
        Assert.Equal((2, "the line has 3 fields but the header has 4 (metric,id,year,value)"), (shortLine.Line, shortLine.Message));
    }

    [Fact]
    public void A_file_of_another_encoding_is_refused_as_a_csv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllBytes(path, [0xFF, 0xFE, (byte)'m', 0, (byte)'e', 0]);
        try
        {
            var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => HistoryCsv.ReadFile(path, null)).Errors);
            Assert.Contains("CSV", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_Sihui_history_reads_with_its_sources_as_comments()
    {
        var rows = HistoryCsv.ReadFile(RepositoryPaths.Scenario(Path.Combine("history", "sihui-history.csv")), null);

        Assert.Equal(5, rows.Count(r => r.Metric == HistoryMetric.EnterpriseOutput && r.Id == "fuji"));
        Assert.Equal(167, rows.Single(r => r.Id == "jintian" && r.Year == 2023).Value);
        Assert.Equal(925.61, rows.Single(r => r.Metric == HistoryMetric.TotalOutput && r.Year == 2022).Value);
    }

    [Theory]
    [InlineData("total_output", "", "total_output")]
    [InlineData("enterprise_output", "jintian", "enterprise_output:jintian")]
    [InlineData("value_added", "", "value_added")]
    [InlineData("value_added", "copper", "industry_value_added:copper")]
    [InlineData("indicator", "hightech_firms", "indicator:hightech_firms")]
    [InlineData("price_index", "copper", null)]
    public void A_history_figure_names_the_run_metric_it_is_scored_against(string metric, string id, string? expected)
    {
        Assert.Equal(expected, HistoryMetric.RunMetric(metric, id));
    }
}
