using System.Globalization;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>
/// Each trial's weight given the observations: the product of the rows' likelihoods, summed as logs and
/// normalised in log space (the largest weight is 1), with the effective sample size (Σw)² / Σw².
/// </summary>
public sealed class TrialWeights
{
    private readonly double[] weights;

    private TrialWeights(double[] weights)
    {
        this.weights = weights;
        double sum = 0, squares = 0;
        foreach (var w in weights)
        {
            sum += w;
            squares += w * w;
        }
        Total = sum;
        Ess = squares > 0 ? sum * sum / squares : 0;
    }

    /// <summary>Per trial, in trial order; the largest is 1.</summary>
    public ReadOnlySpan<double> Weights => weights;

    public int Trials => weights.Length;

    /// <summary>Σw of the normalised weights.</summary>
    public double Total { get; }

    /// <summary>The effective sample size: <see cref="Trials"/> when all weights are equal, 1 when one trial carries all.</summary>
    public double Ess { get; }

    /// <summary>Every trial weighs the same: no observations.</summary>
    public static TrialWeights Uniform(int trials) => new(Enumerable.Repeat(1.0, trials).ToArray());

    /// <summary>Normalises log-weights by subtracting their maximum; null when every one is −∞.</summary>
    public static TrialWeights? FromLogWeights(ReadOnlySpan<double> logWeights)
    {
        var max = double.NegativeInfinity;
        foreach (var l in logWeights)
        {
            max = Math.Max(max, l);
        }
        if (double.IsNegativeInfinity(max) || double.IsNaN(max))
        {
            return null;
        }
        var weights = new double[logWeights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = Math.Exp(logWeights[k] - max);
        }
        return new TrialWeights(weights);
    }

    /// <summary>
    /// The weights of <paramref name="trials"/> trials given every row. Throws <see cref="ObservationsUnexplainedException"/>
    /// when all weights are 0, naming the rows that no trial explains alone, or else all rows together.
    /// </summary>
    public static TrialWeights Compute(IReadOnlyList<ObservedTrials> rows, int trials)
    {
        var logs = new double[trials];
        var impossible = new List<string>();
        foreach (var row in rows)
        {
            if (row.Annual.Length != trials || (row.Observation.NeedsPreviousYear && row.PreviousYear?.Length != trials))
            {
                throw new ArgumentException($"{row.Observation.Row.Label}: expected {trials} trials of values", nameof(rows));
            }
            var explained = false;
            for (var k = 0; k < trials; k++)
            {
                var l = row.Observation.LogWeight(row.Annual[k], row.PreviousYear is { } previous ? previous[k] : double.NaN);
                explained |= !double.IsNegativeInfinity(l);
                logs[k] += l;
            }
            if (!explained)
            {
                impossible.Add(Unexplained(row));
            }
        }
        if (FromLogWeights(logs) is { } weights)
        {
            return weights;
        }
        var message = impossible.Count > 0
            ? $"{ObservationsUnexplainedException.MessageStart} {string.Join("; ", impossible)}"
            : $"{ObservationsUnexplainedException.MessageStart} these observations together, though each alone is possible: {string.Join("; ", rows.Select(r => r.Observation.Row.Label))}";
        throw new ObservationsUnexplainedException(rows.Select(r => r.Observation.Row).ToList(), message);
    }

    private static string Unexplained(ObservedTrials row)
    {
        var finite = row.Annual.Where(double.IsFinite).ToList();
        var range = finite.Count == 0
            ? "no trial has a value"
            : $"the trials' annual {row.Observation.Row.Observation.Metric} runs from {Number(finite.Min())} to {Number(finite.Max())}";
        return $"{row.Observation.Row.Label} ({range})";
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
