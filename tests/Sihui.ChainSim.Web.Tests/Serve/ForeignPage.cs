using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Web.Hosting;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>
/// A second local web page, on its own port (so another origin), that tries to save variants into the serve
/// process: one with <c>fetch</c> in <c>no-cors</c> mode and <c>text/plain</c>, one with a plain HTML form.
/// </summary>
public sealed class ForeignPage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ForeignPage(WebApplication app) => _app = app;

    public string Address => ChainSimWebHost.Address(_app);

    public static async Task<ForeignPage> StartAsync(string target, string scenario)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var url = $"{target}/api/scenarios/{scenario}/variants";
        app.MapGet("/", () => Results.Content(Html(url), "text/html; charset=utf-8"));
        await app.StartAsync();
        return new ForeignPage(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // The form's one field name carries a JSON text, so its text/plain body reads as JSON to a lax server.
    private static string Html(string url) => $$"""
        <!doctype html>
        <html><body>
        <form id="attack" method="POST" action="{{url}}" enctype="text/plain">
          <input type="hidden" name='{"name": "form_attack", "set": {}, "pad": "' value='"}'>
          <button id="go" type="submit">go</button>
        </form>
        <script>
          fetch("{{url}}", { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" },
            body: JSON.stringify({ name: "fetch_attack", set: {} }) })
            .then(() => { document.body.dataset.fetched = "sent"; }, () => { document.body.dataset.fetched = "failed"; });
        </script>
        </body></html>
        """;
}
