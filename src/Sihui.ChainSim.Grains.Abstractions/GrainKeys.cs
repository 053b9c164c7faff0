namespace Sihui.ChainSim.Grains;

/// <summary>Grain keys are scoped by run, so concurrent runs never share a grain.</summary>
public static class GrainKeys
{
    public static string Park(string runId, int parkIndex) => $"{runId}/{parkIndex}";
    public static string Enterprise(string runId, int enterpriseIndex) => $"{runId}/{enterpriseIndex}";

    /// <summary>Splits "runId/index" back into its parts.</summary>
    public static (string RunId, int Index) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], int.Parse(key[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
