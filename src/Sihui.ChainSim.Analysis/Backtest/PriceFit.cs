using Sihui.ChainSim.Analysis.Calibration;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// An industry's price index fitted to its history as the model's random walk (docs/model.md): the log changes have
/// mean m and sd s, so the volatility is s and the drift, which the model gives as the log of the expected ratio, is
/// m + s²/2.
/// </summary>
public sealed record PriceFit(double Drift, double Volatility, int N, IReadOnlyList<int> Years)
{
    /// <summary>The fit of the log changes between consecutive given years; null below <paramref name="minObservations"/> changes.</summary>
    public static PriceFit? Of(IReadOnlyDictionary<int, double> levels, int minObservations = PanelCalibrator.MinObservations)
    {
        var changes = levels.Keys.Order().Where(t => levels.ContainsKey(t - 1) && levels[t - 1] > 0 && levels[t] > 0)
            .Select(t => (Year: t, Change: Math.Log(levels[t] / levels[t - 1]))).ToList();
        if (changes.Count < minObservations)
        {
            return null;
        }
        var values = changes.Select(c => c.Change).ToList();
        var sd = Math.Sqrt(Moments.Variance(values));
        return new PriceFit(Moments.Mean(values) + sd * sd / 2, sd, values.Count, changes.Select(c => c.Year).ToList());
    }
}
