namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>The mean and sd of an indicator's yearly changes level[t] − level[t − 1], with their standard errors.</summary>
public sealed record ChangeFit(int N, IReadOnlyList<int> Years, double Mean, double MeanError, double Sd, double SdError)
{
    /// <summary>The fit of the changes between consecutive given years; null below <paramref name="minObservations"/> changes.</summary>
    public static ChangeFit? Of(IReadOnlyDictionary<int, double> levels, int minObservations = PanelCalibrator.MinObservations)
    {
        var changes = levels.Keys.Order().Where(t => levels.ContainsKey(t - 1)).Select(t => (Year: t, Change: levels[t] - levels[t - 1])).ToList();
        if (changes.Count < minObservations)
        {
            return null;
        }
        var values = changes.Select(c => c.Change).ToList();
        var sd = Math.Sqrt(Moments.Variance(values));
        return new ChangeFit(values.Count, changes.Select(c => c.Year).ToList(), Moments.Mean(values), sd / Math.Sqrt(values.Count),
            sd, sd / Math.Sqrt(2.0 * (values.Count - 1)));
    }
}
