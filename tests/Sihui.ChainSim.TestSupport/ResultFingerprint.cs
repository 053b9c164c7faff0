using System.Text.Json;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.TestSupport;

/// <summary>A canonical text of a result: equal texts mean bit-identical numbers (doubles are written round-trip).</summary>
public static class ResultFingerprint
{
    public static string Of(SimulationResult result) => JsonSerializer.Serialize(result);
}
