using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// Reads the membership table every <see cref="CheckInterval"/> and looks for this silo in it. Active: the health
/// file is refreshed. The table gone (Redis restarted empty), this silo's entry gone or marked Dead: the loss is
/// reported and the host is replaced by one that joins again. Redis not answering: unhealthy, but nothing to rejoin yet.
/// It also logs one line for each other silo that joins, leaves or dies, in place of Orleans' own messages.
/// </summary>
public sealed class MembershipWatch(
    IMembershipTable table,
    ILocalSiloDetails localSilo,
    IClusterMembershipService membership,
    MembershipLoss loss,
    IOptions<SiloHostOptions> options,
    TimeProvider clock,
    ILogger<MembershipWatch> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var healthFile = options.Value.ResolvedHealthFile;
        var changes = LogChangesAsync(stoppingToken);
        using var timer = new PeriodicTimer(CheckInterval, clock);
        try
        {
            do
            {
                var (verdict, detail) = await CheckAsync().ConfigureAwait(false);
                var now = clock.GetUtcNow();
                switch (verdict)
                {
                    case Verdict.Active:
                        SiloHealthFile.WriteActive(healthFile, localSilo.SiloAddress.ToString(), now);
                        break;
                    case Verdict.Unhealthy:
                        SiloHealthFile.WriteUnhealthy(healthFile, detail, now);
                        break;
                    case Verdict.Lost:
                        SiloHealthFile.WriteUnhealthy(healthFile, detail, now);
                        logger.LogWarning("silo {Silo} lost its place in the cluster: {Reason}; rejoining", localSilo.SiloAddress, detail);
                        loss.Report(detail);
                        return;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        await changes.ConfigureAwait(false);
    }

    private async Task<(Verdict, string)> CheckAsync()
    {
        MembershipTableData data;
        try
        {
            data = await table.ReadAllAsync(CancellationToken.None).WaitAsync(ReadTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTableMissing(e))
        {
            return (Verdict.Lost, "the membership table is gone from Redis (restarted empty?)");
        }
        catch (Exception e)
        {
            return (Verdict.Unhealthy, $"cannot read the membership table: {e.GetType().Name}: {FirstLine(e.Message)}");
        }
        if (data.TryGet(localSilo.SiloAddress) is not { } entry)
        {
            return (Verdict.Lost, "this silo's entry is gone from the membership table");
        }
        return entry.Item1.Status switch
        {
            SiloStatus.Active => (Verdict.Active, ""),
            SiloStatus.Dead => (Verdict.Lost, "the membership table says this silo is dead"),
            var status => (Verdict.Unhealthy, $"this silo is {status} in the membership table"),
        };
    }

    /// <summary>The Redis provider throws this when the table's version row is gone, which only a wiped or expired table does.</summary>
    private static bool IsTableMissing(Exception e) =>
        e.GetType().Name == "RedisClusteringException" || e.Message.Contains("version is missing", StringComparison.OrdinalIgnoreCase);

    private async Task LogChangesAsync(CancellationToken stoppingToken)
    {
        try
        {
            ClusterMembershipSnapshot? previous = null;
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken).ConfigureAwait(false))
            {
                // The first snapshot lists everyone already there, which is not news.
                var changes = previous is null ? [] : snapshot.CreateUpdate(previous).Changes;
                previous = snapshot;
                foreach (var member in changes.Where(m => !m.SiloAddress.Equals(localSilo.SiloAddress)))
                {
                    var level = member.Status == SiloStatus.Dead ? LogLevel.Warning : LogLevel.Information;
                    logger.Log(level, "cluster member {Silo} is now {Status}", member.SiloAddress, member.Status);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private enum Verdict
    {
        Active,
        Unhealthy,
        Lost,
    }
}
