using System.Globalization;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.IO;

/// <summary>
/// The checks an analysis request passes before any run, shared by <c>chainsim compare|sensitivity|goal-seek</c> and the
/// web API. Each throws <see cref="AnalysisInputException"/> naming the field; a file that does not load throws the
/// loader's <c>ScenarioValidationException</c>.
/// </summary>
public static class AnalysisInputs
{
    /// <summary>The target <paramref name="id"/> (the first when null) among those within the simulated years.</summary>
    public static TargetDefinition Target(LabelledRun column, string? id)
    {
        var definition = ScenarioCompiler.Load(column.Request);
        var targets = definition.Targets.Where(t => t.Year <= definition.EndYear).ToList();
        if (targets.Count == 0)
        {
            throw new AnalysisInputException("target", $"{column.Request.FileName} has no target within its simulated years");
        }
        if (id is null)
        {
            return targets[0];
        }
        return targets.FirstOrDefault(t => t.Id == id)
            ?? throw new AnalysisInputException("target",
                $"{column.Request.FileName} has no target '{id}'; its targets are {string.Join(", ", targets.Select(t => t.Id))}");
    }

    /// <summary>The ranges a tornado varies: every tunable when <paramref name="paths"/> is null, else each path's.</summary>
    public static IReadOnlyList<ParameterRange> Parameters(LabelledRun column, IReadOnlyList<string>? paths)
    {
        var ranges = new List<ParameterRange>();
        if (paths is null)
        {
            ranges.AddRange(ParameterRange.AllTunables(column));
        }
        else
        {
            for (var i = 0; i < paths.Count; i++)
            {
                try
                {
                    ranges.Add(ParameterRange.Resolve(column, [paths[i]])[0]);
                }
                catch (ArgumentException ex)
                {
                    throw new AnalysisInputException($"params[{i}]", ex.Message);
                }
            }
        }
        if (ranges.Count == 0)
        {
            throw new AnalysisInputException("params", $"{column.Request.FileName} has no tunables; name the parameters to vary with params p1,p2");
        }
        return ranges;
    }

    /// <summary>The range and tolerance a goal-seek searches, checked: probability in [0, 1], min ≤ max, tolerance positive.</summary>
    public static (double Min, double Max, double Tolerance) GoalSeekRange(LabelledRun column, GoalSeekRequest request)
    {
        if (!(request.Probability is >= 0 and <= 1))
        {
            throw new AnalysisInputException("probability", $"the probability must be between 0 and 1, got {Text(request.Probability)}");
        }
        ParameterRange range;
        try
        {
            range = ParameterRange.Resolve(column, [request.Path])[0];
        }
        catch (ArgumentException ex)
        {
            throw new AnalysisInputException("param", ex.Message);
        }
        if (!range.FromTunable && (request.Min is null || request.Max is null))
        {
            throw new AnalysisInputException(request.Min is null ? "min" : "max",
                $"{request.Path} is not a tunable of {column.Request.FileName}, so give both min and max (--min and --max on the command line)");
        }
        var (min, max) = (request.Min ?? range.Low, request.Max ?? range.High);
        if (!double.IsFinite(min))
        {
            throw new AnalysisInputException("min", $"min must be a finite number, got {Text(min)}");
        }
        if (!double.IsFinite(max))
        {
            throw new AnalysisInputException("max", $"max must be a finite number, got {Text(max)}");
        }
        if (min > max)
        {
            throw new AnalysisInputException("min", $"min must not exceed max, got [{Text(min)}, {Text(max)}]");
        }
        if (request.Tolerance is { } t && !(t > 0 && double.IsFinite(t)))
        {
            throw new AnalysisInputException("tolerance", "the tolerance must be a positive number");
        }
        return (min, max, request.Tolerance ?? (max - min) * GoalSeekRequest.DefaultToleranceShare);
    }

    /// <summary>The runs a goal-seek over the range takes at most: both ends, then one per halving of the bracket.</summary>
    public static int GoalSeekRuns(double min, double max, double tolerance) =>
        2 + (tolerance > 0 && max > min ? (int)Math.Ceiling(Math.Log2((max - min) / tolerance)) : 0);

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
