using System.Net;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class VariantApiTests(WebApp app)
{
    private const string Variants = "/api/scenarios/sihui-2024/variants";

    [Fact]
    public async Task A_saved_variant_is_listed_and_runs_like_its_overrides()
    {
        var name = "saved_" + Guid.NewGuid().ToString("N")[..8];
        var original = await File.ReadAllBytesAsync(app.ScenarioFile);
        var save = await app.Client.PostJsonAsync(Variants,
            $$$"""{"name": "{{{name}}}", "description": "铜价下跌 copper slides", "set": {"industries.copper.price.drift": -0.1, "economy.shock.sd": "0.03"}}""");
        Assert.Equal(HttpStatusCode.Created, save.StatusCode);

        var detail = await (await app.Client.GetAsync("/api/scenarios/sihui-2024")).JsonAsync();
        var saved = detail.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);
        Assert.Equal("saved", saved.GetProperty("source").GetString());
        Assert.Equal("铜价下跌 copper slides", saved.GetProperty("description").GetString());
        Assert.Equal(-0.1, saved.GetProperty("set").GetProperty("industries.copper.price.drift").GetDouble());

        var byName = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", $$$"""{"trials": 300, "variant": "{{{name}}}"}""")).JsonAsync();
        var bySet = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run",
            """{"trials": 300, "set": {"industries.copper.price.drift": -0.1, "economy.shock.sd": 0.03}}""")).JsonAsync();
        Assert.Equal(name, byName.GetProperty("variant").GetString());
        Assert.Equal(byName.GetProperty("targets").GetRawText(), bySet.GetProperty("targets").GetRawText());

        Assert.Equal(original, await File.ReadAllBytesAsync(app.ScenarioFile));
        Assert.True(File.Exists(app.Sidecar));
        Assert.Empty(Directory.GetFiles(app.Folder, "*.tmp"));
    }

    [Fact]
    public async Task A_name_clash_is_refused_and_nothing_is_overwritten()
    {
        var name = "clash_" + Guid.NewGuid().ToString("N")[..8];
        var first = await app.Client.PostJsonAsync(Variants, $$$"""{"name": "{{{name}}}", "set": {"economy.shock.mean": 0.01}}""");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var sidecar = await File.ReadAllBytesAsync(app.Sidecar);
        var original = await File.ReadAllBytesAsync(app.ScenarioFile);

        var again = await app.Client.PostJsonAsync(Variants, $$$"""{"name": "{{{name}}}", "set": {"economy.shock.mean": -0.02}}""");
        await again.AssertFieldProblemAsync("name", HttpStatusCode.Conflict);
        var fileVariant = await app.Client.PostJsonAsync(Variants, """{"name": "pessimistic", "set": {}}""");
        await fileVariant.AssertFieldProblemAsync("name", HttpStatusCode.Conflict);

        Assert.Equal(sidecar, await File.ReadAllBytesAsync(app.Sidecar));
        Assert.Equal(original, await File.ReadAllBytesAsync(app.ScenarioFile));
    }

    [Theory]
    [InlineData("""{"name": "", "set": {}}""", "name")]
    [InlineData("""{"name": "has space", "set": {}}""", "name")]
    [InlineData("""{"name": "../evil", "set": {}}""", "name")]
    [InlineData("""{"name": "ok_name", "set": {"enterprises.nobody.growth.mean": 1}}""", "set.enterprises.nobody.growth.mean")]
    [InlineData("""{"name": "ok_name", "set": {"economy.shock.sd": -1}}""", "set.economy.shock.sd")]
    [InlineData("""{"name": "ok_name", "set": {"economy.shock.sd": "{dist: normal}"}}""", "set.economy.shock.sd")]
    [InlineData("""{"name": "ok_name", "extra": 1}""", "extra")]
    [InlineData("""not json""", "body")]
    public async Task A_bad_variant_is_a_400_and_is_not_saved(string body, string field)
    {
        var before = File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null;
        await (await app.Client.PostJsonAsync(Variants, body)).AssertFieldProblemAsync(field);
        Assert.Equal(before, File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null);
    }
}
