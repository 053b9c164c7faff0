using System.Globalization;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class GoalSeekViewTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    private const int Trials = 20_000;

    /// <summary>
    /// The analytic case of docs/analysis.md: output 100 growing by normal(mu, 0.1), target 110 after a year.
    /// P(met) = Φ((mu − 0.1) / 0.1) ≥ 0.8 ⇔ mu ≥ 0.1 + 0.1 Φ⁻¹(0.8) ≈ 0.18416.
    /// </summary>
    private const string NormalGrowth = """
        scenario: normal-growth
        base_year: 2023
        end_year: 2024
        trials: 2000
        seed: 5
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: {dist: normal, mean: 0.1, sd: 0.1}}
        targets:
          - {id: reach, metric: total_output, year: 2024, at_least: 110}
        tunables:
          - {path: enterprises.firm.growth.mean, label: Growth mean, label_zh: 增速均值, min: 0, max: 0.4, step: 0.01}
        """;

    [BrowserFact]
    public async Task Goal_seek_finds_the_closed_form_growth_for_an_eighty_percent_chance()
    {
        var file = Path.Combine(app.Folder, "normal-growth.yaml");
        await File.WriteAllTextAsync(file, NormalGrowth);
        try
        {
            var page = await ViewPage.OpenAsync(session, app.BaseAddress + $"?scenario=normal-growth&trials={Trials}&view=goal");
            await page.FillAsync("#goal-probability", "80");
            await page.SelectOptionAsync("#goal-param", "enterprises.firm.growth.mean");
            Assert.Equal("0", await page.InputValueAsync("#goal-min"));
            Assert.Equal("0.4", await page.InputValueAsync("#goal-max"));
            await page.ClickAsync("#goal-run");
            await ViewPage.WaitForAsync(page, "goalState");

            const double z80 = 0.8416212335729143, tolerance = 0.4 / 1000;
            var expected = 0.1 + 0.1 * z80;
            // Common random numbers: the answer is off by the trials' empirical 20% quantile; allow four of its standard errors.
            var quantileError = Math.Sqrt(0.2 * 0.8 / Trials) / (Math.Exp(-z80 * z80 / 2) / Math.Sqrt(2 * Math.PI));
            Assert.Equal("true", await page.GetAttributeAsync("#goal-answer", "data-reached"));
            var value = double.Parse(await page.GetAttributeAsync("#goal-answer", "data-value") ?? "", CultureInfo.InvariantCulture);
            Assert.InRange(value, expected - tolerance - 4 * 0.1 * quantileError, expected + tolerance + 4 * 0.1 * quantileError);
            Assert.Contains("Growth mean must be at least", await page.InnerTextAsync("#goal-answer"));
            Assert.True(await page.Locator("#goal-steps li").CountAsync() >= 3, "each value tried is listed as it finishes");
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task A_lever_that_cannot_get_there_says_unreachable_within_its_range()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=500&view=goal");
        await page.SelectOptionAsync("#goal-target", "output_2025_plan");
        await page.SelectOptionAsync("#goal-param", "parks.hitech.attraction.projects_per_year.mean");
        await page.FillAsync("#goal-min", "0");
        await page.FillAsync("#goal-max", "10");
        await page.ClickAsync("#goal-run");
        await ViewPage.WaitForAsync(page, "goalState");
        Assert.Equal("false", await page.GetAttributeAsync("#goal-answer", "data-reached"));
        Assert.Contains("Unreachable within [0, 10]", await page.InnerTextAsync("#goal-answer"));
        await page.Context.CloseAsync();
    }
}
