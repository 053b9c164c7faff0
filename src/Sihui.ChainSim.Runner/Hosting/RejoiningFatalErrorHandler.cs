using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// Orleans' default answer to "this silo was declared dead" is to end the process. A <c>chainsim silo</c> instead
/// reports the loss, and its host is replaced by a fresh one that joins the cluster again.
/// </summary>
public sealed class RejoiningFatalErrorHandler(MembershipLoss loss, ILogger<RejoiningFatalErrorHandler> logger) : IFatalErrorHandler
{
    public bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null)
    {
        if (loss.IsLost)
        {
            return;
        }
        var reason = OneLine(context ?? exception?.Message ?? "a fatal error in the silo runtime");
        logger.LogError("silo runtime stopped: {Reason}", reason);
        loss.Report(reason);
    }

    private static string OneLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
