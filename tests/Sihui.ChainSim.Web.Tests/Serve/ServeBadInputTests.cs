using System.Net;
using System.Text;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>Input a user can send that used to get a 500 gets a 4xx naming the field or the file, from a real serve process.</summary>
[Collection(GuardedServeCollection.Name)]
public sealed class ServeBadInputTests(GuardedServe fixture)
{
    [Theory]
    [InlineData("""{"variant": "\ud800"}""", "variant")]
    [InlineData("""{"set": {"enterprises.smelter.growth.mean": "\udc00x"}}""", "set.enterprises.smelter.growth.mean")]
    [InlineData("""{"set": {"\ud800": 1}}""", "set")]
    [InlineData("""{"\ud800": 1}""", "body")]
    public async Task A_lone_surrogate_in_any_string_is_a_400_naming_the_field(string body, string field)
    {
        foreach (var endpoint in new[] { "run", "report" })
        {
            var response = await fixture.Client.PostJsonAsync($"/api/scenarios/tutorial/{endpoint}", body);
            Assert.Contains("lone surrogate", await response.AssertFieldProblemAsync(field));
        }
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_variant_to_save_is_a_400()
    {
        var response = await fixture.Client.PostJsonAsync("/api/scenarios/tutorial/variants", """{"name": "ok_name", "description": "\ud83d"}""");
        Assert.Contains("lone surrogate", await response.AssertFieldProblemAsync("description"));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("report")]
    [InlineData("variants")]
    public async Task Invalid_utf8_in_a_body_is_a_400(string endpoint)
    {
        var bytes = Encoding.UTF8.GetBytes("""{"variant": "x"}""").ToList();
        bytes.InsertRange(13, new byte[] { 0xFF, 0xC3 });
        using var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new("application/json");
        var response = await fixture.Client.PostAsync($"/api/scenarios/tutorial/{endpoint}", content);
        Assert.Contains("UTF-8", await response.AssertFieldProblemAsync("body"));
    }

    [Fact]
    public async Task A_symlinked_sidecar_is_a_422_naming_the_file_on_get_and_run()
    {
        var get = await fixture.Client.GetAsync("/api/scenarios/linked");
        var body = await get.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, get.StatusCode);
        Assert.Contains("linked.variants.yaml", body);
        var run = await fixture.Client.PostJsonAsync("/api/scenarios/linked/run", """{"variant": "away", "trials": 10}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, run.StatusCode);
        Assert.Contains("linked.variants.yaml", await run.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("report")]
    public async Task A_run_on_a_scenario_that_does_not_validate_is_a_422_like_get(string endpoint)
    {
        var get = await fixture.Client.GetAsync("/api/scenarios/broken");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, get.StatusCode);
        var post = await fixture.Client.PostJsonAsync($"/api/scenarios/broken/{endpoint}", """{"trials": 10}""");
        var body = await post.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Contains("broken.yaml", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task A_variant_on_a_scenario_with_a_broken_sidecar_is_a_422_naming_the_sidecar()
    {
        var response = await fixture.Client.PostJsonAsync("/api/scenarios/badcar/run", """{"variant": "saved_one", "trials": 10}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("badcar.variants.yaml", body);
        // The file's own variants and the baseline still run.
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.PostJsonAsync("/api/scenarios/badcar/run", """{"variant": "slow-year", "trials": 10}""")).StatusCode);
    }

    [Fact]
    public async Task None_of_it_left_a_500_in_the_server_log()
    {
        await fixture.Client.PostJsonAsync("/api/scenarios/tutorial/run", """{"variant": "\ud800"}""");
        Assert.DoesNotContain("unhandled exception", fixture.Serve.Output, StringComparison.OrdinalIgnoreCase);
    }
}
