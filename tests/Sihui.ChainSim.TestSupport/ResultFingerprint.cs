using System.Text.Json;
using System.Text.Json.Serialization;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.TestSupport;

/// <summary>
/// A canonical text of a result: equal texts mean bit-identical numbers (doubles are written round-trip). An undefined
/// growth rate is NaN, which plain JSON cannot hold, so it is written as the literal "NaN".
/// </summary>
public static class ResultFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Of(SimulationResult result) => JsonSerializer.Serialize(result, Options);
}
