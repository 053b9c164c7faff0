namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>One enterprise's real growth rates: year t holds the growth from t − 1 to t (0.05 = 5%).</summary>
public sealed record FirmSeries(string Id, string Industry, IReadOnlyDictionary<int, double> Growth)
{
    public int N => Growth.Count;
}
