using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// How Orleans carries the contracts' types (the run request) between clients and silos: as System.Text.Json, because
/// the contracts project stays free of Orleans and its attributes. Silos and clients both register it.
/// </summary>
public static class ContractsSerialization
{
    public static IServiceCollection AddChainSimContractsSerializer(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: IsContract));

    /// <summary>The contracts' data types; exceptions and interfaces never cross a grain call.</summary>
    public static bool IsContract(Type type) =>
        type.Assembly == typeof(RunRequest).Assembly && !type.IsInterface && !typeof(Exception).IsAssignableFrom(type);
}
