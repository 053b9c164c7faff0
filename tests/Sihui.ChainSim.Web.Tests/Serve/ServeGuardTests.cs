using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>A real serve process answers only its own page: Host, Origin and Content-Type rules, and the headers on every answer.</summary>
[Collection(GuardedServeCollection.Name)]
public sealed class ServeGuardTests(GuardedServe fixture)
{
    private const string Variants = "/api/scenarios/tutorial/variants";
    private const string Run = "/api/scenarios/tutorial/run";

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_Host_is_refused_with_a_4xx(string host)
    {
        foreach (var path in new[] { "/", "/api/scenarios", "/api/scenarios/tutorial" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Host not served", await response.Content.ReadAsStringAsync());
        }
        // The same request with the server's own name is served.
        using var own = await fixture.Client.GetAsync("/api/scenarios");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var requests = new List<Func<HttpRequestMessage>>
        {
            () => new(HttpMethod.Get, "/"),
            () => new(HttpMethod.Get, "/assets/app.js"),
            () => new(HttpMethod.Get, "/assets/nothing.js"),
            () => new(HttpMethod.Get, "/api/scenarios"),
            () => new(HttpMethod.Get, "/api/scenarios/tutorial"),
            () => new(HttpMethod.Get, "/api/scenarios/broken"),
            () => new(HttpMethod.Get, "/api/scenarios/no-such"),
            () => new(HttpMethod.Get, "/api/openapi.json"),
            () => new(HttpMethod.Get, "/no/such/page"),
            () => new(HttpMethod.Post, Run) { Content = Json("""{"trials": 20}""") },
            () => new(HttpMethod.Post, Run) { Content = Json("""{"trials": "x"}""") },
            () => new(HttpMethod.Post, Run) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") },
            () => Foreign(new(HttpMethod.Post, Run) { Content = Json("{}") }),
            () => WithHost(new(HttpMethod.Get, "/"), "evil.example"),
            () => new(HttpMethod.Delete, "/api/scenarios/tutorial"),
        };
        var seen = new HashSet<int>();
        foreach (var make in requests)
        {
            using var request = make();
            var label = $"{request.Method} {request.RequestUri}";
            using var response = await fixture.Client.SendAsync(request);
            seen.Add((int)response.StatusCode);
            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Single() == "nosniff", label);
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), label);
            Assert.Contains("default-src 'self'", csp.Single());
            Assert.Contains("frame-ancestors 'none'", csp.Single());
            Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", label);
        }
        // The list reached successes, client errors of several kinds and refusals.
        Assert.Superset(new HashSet<int> { 200, 400, 403, 404, 415, 422 }, seen);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_post_that_is_not_json_is_415_and_saves_nothing(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name": "not_json_415", "set": {}}"""));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        using var response = await fixture.Client.PostAsync(Variants, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.DoesNotContain("not_json_415", await (await fixture.Client.GetAsync("/api/scenarios/tutorial")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("null")]
    public async Task A_foreign_Origin_is_403(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Variants) { Content = Json("""{"name": "foreign_403", "set": {}}""") };
        request.Headers.Add("Origin", origin);
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios/tutorial");
        get.Headers.Add("Origin", origin);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client.SendAsync(get)).StatusCode);
    }

    [Fact]
    public async Task The_own_origin_may_post_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Run) { Content = Json("""{"trials": 20}""") };
        request.Headers.Add("Origin", fixture.Serve.BaseAddress);
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_set_value_with_yaml_aliases_is_refused_in_under_a_second()
    {
        // 301 bytes that would expand to 9^8 (about 43 million) nodes.
        var bomb = "[&a [1,1,1,1,1,1,1,1,1], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], "
            + "&e [*d,*d,*d,*d,*d,*d,*d,*d,*d], &f [*e,*e,*e,*e,*e,*e,*e,*e,*e], &g [*f,*f,*f,*f,*f,*f,*f,*f,*f], [*g,*g,*g,*g,*g,*g,*g,*g,*g], "
            + new string('9', 47) + "]";
        Assert.Equal(301, bomb.Length);
        var body = System.Text.Json.JsonSerializer.Serialize(new { trials = 10, set = new Dictionary<string, string> { ["enterprises.smelter.growth.mean"] = bomb } });
        await fixture.Client.PostJsonAsync(Run, """{"trials": 10}""");
        var clock = Stopwatch.StartNew();
        var response = await fixture.Client.PostJsonAsync(Run, body);
        clock.Stop();
        Assert.Contains("anchors", await response.AssertFieldProblemAsync("set.enterprises.smelter.growth.mean"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        // The same rule holds for a value that only uses an alias of an anchor it cannot see.
        var alias = await fixture.Client.PostJsonAsync(Run, """{"set": {"enterprises.smelter.growth.mean": "*a"}}""");
        Assert.Contains("aliases", await alias.AssertFieldProblemAsync("set.enterprises.smelter.growth.mean"));
    }

    [Fact]
    public async Task A_run_over_the_work_budget_is_a_400_that_states_the_budget()
    {
        var response = await fixture.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", """{"trials": 20000}""");
        var message = await response.AssertFieldProblemAsync("trials");
        Assert.Contains("budget of 2,000,000", message);
        Assert.Contains("entities", message);
        Assert.Contains("ask for at most", message);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Foreign(HttpRequestMessage request)
    {
        request.Headers.Add("Origin", "http://evil.example");
        return request;
    }

    private static HttpRequestMessage WithHost(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host;
        return request;
    }
}
