using System.Net;
using System.Net.Http.Headers;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>Beyond loopback, serve needs a token; the page and the API then ask for it.</summary>
public sealed class ServeTokenTests : IDisposable
{
    private const string Token = "s3cret-token-for-tests";
    private readonly ServedFolder _folder = new ServedFolder().WithTutorial();

    [Fact]
    public async Task Binding_beyond_loopback_without_a_token_is_refused_at_start()
    {
        using var serve = await ServeProcess.StartAsync(_folder.Path, ["--host", "0.0.0.0"], waitReady: false);
        Assert.Equal(2, await serve.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("needs --token", serve.Output);
        Assert.DoesNotContain("   at ", serve.Output);
    }

    [Fact]
    public async Task With_a_token_the_link_carries_it_and_page_and_api_require_it()
    {
        using var serve = await ServeProcess.StartAsync(_folder.Path, ["--host", "0.0.0.0", "--token", Token]);
        var line = await serve.WaitForLineAsync("serving ", TimeSpan.FromSeconds(5));
        Assert.Contains($"/?token={Token}", line);

        using var bare = new HttpClient { BaseAddress = new Uri(serve.BaseAddress) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.PostJsonAsync("/api/scenarios/tutorial/run", """{"trials": 10}""")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.SendAsync(wrong)).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await bare.SendAsync(bearer)).StatusCode);

        // The link sets a cookie, so the page's own calls carry the token without it in every URL.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(serve.BaseAddress) };
        var page = await browser.GetAsync($"/?token={Token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostJsonAsync("/api/scenarios/tutorial/run", """{"trials": 10}""")).StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
