using System.Net;
using System.Text.Json;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>Goal-seek through the API on the closed-form case the analysis tests use: one firm, normal growth.</summary>
public sealed class GoalSeekApiTests : IAsyncLifetime
{
    private const string Url = "/api/scenarios/normal-growth/goal-seek";
    private const double Z80 = 0.8416212335729143; // Φ⁻¹(0.8)
    private const int Trials = 20_000;

    // P(100 (1 + g) >= 110) with g ~ normal(mu, 0.1) is Φ((mu − 0.1) / 0.1); 80% needs mu = 0.1 + 0.1 Φ⁻¹(0.8).
    private const string NormalGrowth = """
        scenario: normal-growth
        base_year: 2023
        end_year: 2024
        trials: 20000
        seed: 5
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: {dist: normal, mean: 0.1, sd: 0.1}}
        targets:
          - {id: reach, metric: total_output, year: 2024, at_least: 110}
        """;

    private readonly WebApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await File.WriteAllTextAsync(Path.Combine(_app.Folder, "normal-growth.yaml"), NormalGrowth);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_answer_lands_within_tolerance_of_the_closed_form()
    {
        var response = await _app.Client.PostJsonAsync(Url,
            """{"target": "reach", "probability": 0.8, "param": "enterprises.firm.growth.mean", "min": 0, "max": 0.4, "tolerance": 0.002}""");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var result = JsonDocument.Parse(text).RootElement;

        Assert.True(result.GetProperty("reached").GetBoolean());
        Assert.Equal("increasing", result.GetProperty("direction").GetString());
        // The empirical 20% quantile of 20,000 normal draws is off by a few of its standard errors at most.
        var quantileError = Math.Sqrt(0.2 * 0.8 / Trials) / (Math.Exp(-Z80 * Z80 / 2) / Math.Sqrt(2 * Math.PI));
        var expected = 0.1 + 0.1 * Z80;
        Assert.InRange(result.GetProperty("value").GetDouble(), expected - 0.002 - 4 * 0.1 * quantileError, expected + 0.002 + 4 * 0.1 * quantileError);
        Assert.True(result.GetProperty("probability").GetDouble() >= 0.8);
        Assert.Equal(Trials, result.GetProperty("trials").GetInt32());
    }

    [Fact]
    public async Task Asked_for_lines_it_streams_each_step_then_the_same_answer()
    {
        const string body = """{"target": "reach", "probability": 0.8, "param": "enterprises.firm.growth.mean", "min": 0, "max": 0.4, "tolerance": 0.05, "trials": 2000}""";
        var plain = await (await _app.Client.PostJsonAsync(Url, body)).JsonAsync();
        using var response = await _app.Client.PostStreamingAsync(Url, body);
        Assert.Equal(JsonLines.MediaType, response.Content.Headers.ContentType?.MediaType);
        using var reader = await response.LinesAsync();
        var lines = await reader.RestAsync();

        Assert.Equal("start", lines[0].Type());
        Assert.Equal("result", lines[^1].Type());
        var steps = lines.Skip(1).SkipLast(1).ToList();
        Assert.All(steps, s => Assert.Equal("step", s.Type()));
        Assert.Equal(plain.GetProperty("runs").GetInt32(), steps.Count);
        Assert.Equal([0, 0.4], steps.Take(2).Select(s => s.GetProperty("value").GetDouble()));
        Assert.Equal(plain.GetProperty("value").GetDouble(), lines[^1].GetProperty("result").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task An_unreachable_probability_is_an_answer_not_an_error()
    {
        var response = await _app.Client.PostJsonAsync(Url,
            """{"target": "reach", "probability": 0.8, "param": "enterprises.firm.growth.mean", "min": 0, "max": 0.05, "trials": 2000}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.False(result.GetProperty("reached").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("value").ValueKind);
        Assert.StartsWith("unreachable within [0, 0.05]", result.GetProperty("message").GetString());
    }
}
