namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// The Redis membership table, until this silo host has lost its membership. From then on the host is only being
/// replaced, and its farewell writes (ShuttingDown, Stopping, Dead) would be retried for a minute against a table that
/// no longer holds its row, keeping its ports open beside the new host's. So after the loss every read is an empty
/// table and every write succeeds at once.
/// </summary>
public sealed class DetachableMembershipTable(IMembershipTable inner, MembershipLoss loss) : IMembershipTable
{
    private static readonly TableVersion Detached = new(0, "0");

    public Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.CompletedTask : inner.InitializeMembershipTableAsync(tryInitTableVersion, cancellationToken);

    public Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken = default) =>
        inner.DeleteMembershipTableEntriesAsync(clusterId, cancellationToken);

    public Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.CompletedTask : inner.CleanupDefunctSiloEntriesAsync(beforeDate, cancellationToken);

    public Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken = default) =>
        ReadAllAsync(cancellationToken);

    public Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.FromResult(new MembershipTableData(Detached)) : inner.ReadAllAsync(cancellationToken);

    public Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.FromResult(true) : inner.InsertRowAsync(entry, tableVersion, cancellationToken);

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.FromResult(true) : inner.UpdateRowAsync(entry, etag, tableVersion, cancellationToken);

    public Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken = default) =>
        loss.IsLost ? Task.CompletedTask : inner.UpdateIAmAliveAsync(entry, cancellationToken);

    // The older names, which parts of Orleans still call.
    public Task InitializeMembershipTable(bool tryInitTableVersion) => InitializeMembershipTableAsync(tryInitTableVersion);

    public Task DeleteMembershipTableEntries(string clusterId) => DeleteMembershipTableEntriesAsync(clusterId);

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => CleanupDefunctSiloEntriesAsync(beforeDate);

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadRowAsync(key);

    public Task<MembershipTableData> ReadAll() => ReadAllAsync();

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => InsertRowAsync(entry, tableVersion);

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => UpdateRowAsync(entry, etag, tableVersion);

    public Task UpdateIAmAlive(MembershipEntry entry) => UpdateIAmAliveAsync(entry);
}
