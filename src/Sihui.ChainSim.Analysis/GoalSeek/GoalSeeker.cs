using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.GoalSeek;

/// <summary>
/// Bisection on common random numbers: every evaluation reuses the same seed and trials, so the estimated probability is
/// a step function of the parameter and the search converges on the same answer every time.
/// </summary>
public static class GoalSeeker
{
    public static async Task<GoalSeekResult> SeekAsync(
        ISimulationRunner runner, LabelledRun column, GoalSeekRequest request, AnalysisSettings? settings = null,
        CancellationToken cancellationToken = default, Action<GoalSeekStep>? stepFinished = null)
    {
        var result = await SeekCoreAsync(runner, column, request, settings, cancellationToken, stepFinished).ConfigureAwait(false);
        var baseCase = ScenarioCompiler.Load(column.Request);
        return result with { Overrides = RunOverride.Of(baseCase, column.Request.LoadOptions.Set) };
    }

    private static async Task<GoalSeekResult> SeekCoreAsync(
        ISimulationRunner runner, LabelledRun column, GoalSeekRequest request, AnalysisSettings? settings,
        CancellationToken cancellationToken, Action<GoalSeekStep>? stepFinished)
    {
        if (request.Probability is < 0 or > 1 || double.IsNaN(request.Probability))
        {
            throw new ArgumentException("the probability must be between 0 and 1", nameof(request));
        }
        var (min, max) = Range(column, request);
        var tolerance = request.Tolerance ?? (max - min) * GoalSeekRequest.DefaultToleranceShare;
        if (!(tolerance > 0) && max > min)
        {
            throw new ArgumentException("the tolerance must be positive", nameof(request));
        }
        // Conditioned on observations, the base case runs first and fixes the trials of every step from its ESS.
        var (runs, _) = await AnalysisRunner.CreateAsync(runner, column, settings ?? new AnalysisSettings(), cancellationToken).ConfigureAwait(false);
        var steps = runs.Conditioning is null ? null : new List<GoalSeekStep>();
        async Task<GoalSeekPoint> At(double value)
        {
            var outcome = await runs.RunAsync(column.With(new OverrideDefinition(request.Path, ParameterRange.ValueText(value))), cancellationToken)
                .ConfigureAwait(false);
            var target = TargetLookup.Find(outcome, request.TargetId);
            var result = outcome.Result.Targets.First(t => t.TargetId == target.Id);
            var ess = outcome.Result.Conditioning?.Ess;
            var step = new GoalSeekStep(value, result.Met.Probability, result.Value.P50, ess ?? 0);
            steps?.Add(step);
            stepFinished?.Invoke(step);
            return new GoalSeekPoint(value, result.Met, result.Value.P50, ess);
        }

        var atMin = await At(min).ConfigureAwait(false);
        var atMax = max > min ? await At(max).ConfigureAwait(false) : atMin;
        var p = request.Probability;
        var direction = atMax.Met.Probability > atMin.Met.Probability ? GoalSeekDirection.Increasing
            : atMax.Met.Probability < atMin.Met.Probability ? GoalSeekDirection.Decreasing : GoalSeekDirection.Flat;
        // Search from the end that fails towards the one that meets: `good` always meets p, `bad` never does.
        var (good, bad) = direction == GoalSeekDirection.Decreasing ? (atMin, atMax) : (atMax, atMin);
        if (good.Met.Probability < p)
        {
            return Result(request, runs, min, max, tolerance, direction, reached: false, good, steps);
        }
        if (bad.Met.Probability >= p)
        {
            var end = direction == GoalSeekDirection.Decreasing ? atMax : atMin;
            return Result(request, runs, min, max, tolerance, direction, reached: true, end, steps);
        }
        while (Math.Abs(good.Value - bad.Value) > tolerance)
        {
            var mid = await At(bad.Value + (good.Value - bad.Value) / 2).ConfigureAwait(false);
            if (mid.Met.Probability >= p)
            {
                good = mid;
            }
            else
            {
                bad = mid;
            }
        }
        return Result(request, runs, min, max, tolerance, direction, reached: true, good, steps);
    }

    private static (double Min, double Max) Range(LabelledRun column, GoalSeekRequest request)
    {
        double? min = request.Min, max = request.Max;
        if (min is null || max is null)
        {
            var range = ParameterRange.Resolve(column, [request.Path])[0];
            if (!range.FromTunable)
            {
                throw new ArgumentException($"{request.Path} is not a tunable; give its min and max");
            }
            min ??= range.Low;
            max ??= range.High;
        }
        if (!double.IsFinite(min.Value) || !double.IsFinite(max.Value) || max < min)
        {
            throw new ArgumentException($"the range [{min}, {max}] is not valid: min must not exceed max");
        }
        return (min.Value, max.Value);
    }

    /// <summary>The answer; its message (in English, as the JSON carries it) is worded from the answer itself.</summary>
    private static GoalSeekResult Result(
        GoalSeekRequest request, AnalysisRunner runs, double min, double max, double tolerance, GoalSeekDirection direction,
        bool reached, GoalSeekPoint point, List<GoalSeekStep>? steps)
    {
        var result = new GoalSeekResult(
            request.TargetId, request.Path, request.Probability, min, max, tolerance, direction, reached,
            reached ? point.Value : null, point.Met.Probability, [point.Met.Low, point.Met.High], point.P50,
            runs.RunsUsed, runs.Trials, runs.Seed, "")
        {
            Ess = point.Ess,
            Conditioning = runs.Conditioning,
            Steps = steps,
        };
        return result with { Message = AnalysisWords.En.GoalSeekMessage(result) };
    }
}
