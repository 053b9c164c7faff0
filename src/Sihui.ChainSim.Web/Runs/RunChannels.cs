using System.Collections.Concurrent;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// One run at a time per channel (a page sends its own channel id): starting a run on a channel cancels the run
/// still going on it, so a slider dragged across ten steps leaves one run working, not ten.
/// </summary>
public sealed class RunChannels
{
    public const string HeaderName = "X-Run-Channel";
    public const int MaxChannelLength = 100;
    private readonly ConcurrentDictionary<string, RunLease> _current = new(StringComparer.Ordinal);

    /// <summary>Runs in progress on some channel.</summary>
    public int ActiveCount => _current.Count;

    /// <summary>Why a channel id is refused, or null: 1–100 letters, digits, '-' and '_'.</summary>
    public static string? ChannelProblem(string channel) =>
        channel.Length is > 0 and <= MaxChannelLength && channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? null
            : $"a run channel is 1 to {MaxChannelLength} ASCII letters, digits, '-' or '_'";

    /// <summary>Starts a run on <paramref name="channel"/> (none when null), cancelling the one before it there.</summary>
    public RunLease Open(string? channel, CancellationToken requestAborted)
    {
        var lease = new RunLease(this, channel, requestAborted);
        if (channel is not null)
        {
            RunLease? previous = null;
            _current.AddOrUpdate(channel, lease, (_, older) =>
            {
                previous = older;
                return lease;
            });
            previous?.Supersede();
        }
        return lease;
    }

    internal void Close(RunLease lease)
    {
        if (lease.Channel is not null)
        {
            _current.TryRemove(new KeyValuePair<string, RunLease>(lease.Channel, lease));
        }
    }
}

/// <summary>A run's hold on its channel: its token is cancelled by a newer run on the channel or by the client leaving.</summary>
public sealed class RunLease : IDisposable
{
    private readonly RunChannels _owner;
    private readonly CancellationTokenSource _source;

    internal RunLease(RunChannels owner, string? channel, CancellationToken requestAborted)
    {
        _owner = owner;
        Channel = channel;
        _source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
    }

    public string? Channel { get; }
    public CancellationToken Token => _source.Token;

    /// <summary>True once a newer run on the same channel took over.</summary>
    public bool IsSuperseded { get; private set; }

    internal void Supersede()
    {
        IsSuperseded = true;
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The older run finished between the swap and the cancel: nothing is left to stop.
        }
    }

    public void Dispose()
    {
        _owner.Close(this);
        _source.Dispose();
    }
}
