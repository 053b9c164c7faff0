using System.Text.Json;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>One compare column as asked: a variant (null: the baseline), overrides, and an optional label.</summary>
public sealed record ColumnBody(string? Variant, IReadOnlyList<OverrideDefinition> Set, string? Label);

/// <summary><c>{columns: [{variant?, set?, label?}], explain?: [i, j], target?, trials?, seed?}</c>.</summary>
public sealed record CompareBody(IReadOnlyList<ColumnBody> Columns, (int From, int To)? Explain, string? Target, int? Trials, ulong? Seed);

/// <summary><c>{target?, params?, variant?, set?, trials?, seed?}</c>.</summary>
public sealed record SensitivityBody(string? Target, IReadOnlyList<string>? Params, ColumnBody Base, int? Trials, ulong? Seed);

/// <summary><c>{target, probability, param, min?, max?, tolerance?, variant?, set?, trials?, seed?}</c>.</summary>
public sealed record GoalSeekBody(
    string Target, double Probability, string Param, double? Min, double? Max, double? Tolerance, ColumnBody Base, int? Trials, ulong? Seed);

/// <summary><c>{history? | history_xlsx?, trials?, seed?}</c>: the history uploaded (neither: the scenario's shipped file), and the backcast's trials and seed.</summary>
public sealed record CalibrateBody(HistoryUpload History, int? Trials, ulong? Seed);

/// <summary>
/// Reads the analysis bodies by hand, naming each field at fault (<c>columns[1].set.&lt;path&gt;</c>); what the scenario
/// and the analysis rules refuse is checked later, by the loader and <c>AnalysisInputs</c>, as for the CLI.
/// </summary>
public static class AnalysisBodies
{
    public const int MaxColumns = 8;
    public const int MaxParams = 200;

    public static CompareBody? Compare(JsonElement body, IDictionary<string, string[]> errors)
    {
        if (!IsObject(body, errors, """{"columns": [{"variant": null}, {"set": {"economy.shock.mean": -0.03}}]}"""))
        {
            return null;
        }
        List<ColumnBody>? columns = null;
        (int, int)? explain = null;
        string? target = null;
        int? trials = null;
        ulong? seed = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "columns":
                    columns = Columns(property.Value, errors);
                    break;
                case "explain":
                    explain = Pair(property.Value, errors);
                    break;
                case "target":
                    target = JsonFields.Text(property.Value, "target", errors, "a target");
                    break;
                case "trials":
                    trials = JsonFields.WholeNumber(property.Value, "trials", errors);
                    break;
                case "seed":
                    seed = JsonFields.Seed(property.Value, errors);
                    break;
                default:
                    errors[property.Name] = ["unknown field; expected columns, explain, target, trials or seed"];
                    break;
            }
        }
        if (columns is null && !errors.Keys.Any(k => k.StartsWith("columns", StringComparison.Ordinal)))
        {
            errors["columns"] = ["columns is required: a list of two or more {variant?, set?, label?}"];
        }
        else if (columns is { Count: < 2 })
        {
            // The CLI's rule: a comparison needs a second column.
            errors["columns"] = ["nothing to compare: give two or more columns"];
        }
        if (explain is { } pair && columns is not null)
        {
            if (pair.Item1 == pair.Item2 || pair.Item1 >= columns.Count || pair.Item2 >= columns.Count)
            {
                errors["explain"] = [$"explain names two different columns by index, 0 to {columns.Count - 1}, e.g. [0, 1]"];
            }
        }
        if (target is not null && explain is null && !errors.ContainsKey("explain"))
        {
            errors["target"] = ["target is used with explain"];
        }
        return errors.Count > 0 ? null : new CompareBody(columns!, explain, target, trials, seed);
    }

    public static SensitivityBody? Sensitivity(JsonElement body, IDictionary<string, string[]> errors)
    {
        if (!IsObject(body, errors, """{"target": "output_2025_plan", "trials": 2000}"""))
        {
            return null;
        }
        string? target = null;
        List<string>? parameters = null;
        int? trials = null;
        ulong? seed = null;
        var column = new ColumnReader();
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "target":
                    target = JsonFields.Text(property.Value, "target", errors, "a target");
                    break;
                case "params":
                    parameters = JsonFields.Texts(property.Value, "params", errors, MaxParams);
                    break;
                case "trials":
                    trials = JsonFields.WholeNumber(property.Value, "trials", errors);
                    break;
                case "seed":
                    seed = JsonFields.Seed(property.Value, errors);
                    break;
                default:
                    if (!column.Read(property, "", errors, label: false))
                    {
                        errors[property.Name] = ["unknown field; expected target, params, variant, set, trials or seed"];
                    }
                    break;
            }
        }
        return errors.Count > 0 ? null : new SensitivityBody(target, parameters, column.Body, trials, seed);
    }

    public static GoalSeekBody? GoalSeek(JsonElement body, IDictionary<string, string[]> errors)
    {
        if (!IsObject(body, errors, """{"target": "output_2025_plan", "probability": 0.8, "param": "…", "min": 0, "max": 10}"""))
        {
            return null;
        }
        string? target = null, param = null;
        double? probability = null, min = null, max = null, tolerance = null;
        int? trials = null;
        ulong? seed = null;
        var column = new ColumnReader();
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "target":
                    target = JsonFields.Text(property.Value, "target", errors, "a target");
                    break;
                case "param":
                    param = JsonFields.Text(property.Value, "param", errors, "a scenario path");
                    break;
                case "probability":
                    probability = JsonFields.Number(property.Value, "probability", errors);
                    break;
                case "min":
                    min = JsonFields.Number(property.Value, "min", errors);
                    break;
                case "max":
                    max = JsonFields.Number(property.Value, "max", errors);
                    break;
                case "tolerance":
                    tolerance = JsonFields.Number(property.Value, "tolerance", errors);
                    break;
                case "trials":
                    trials = JsonFields.WholeNumber(property.Value, "trials", errors);
                    break;
                case "seed":
                    seed = JsonFields.Seed(property.Value, errors);
                    break;
                default:
                    if (!column.Read(property, "", errors, label: false))
                    {
                        errors[property.Name] = ["unknown field; expected target, probability, param, min, max, tolerance, variant, set, trials or seed"];
                    }
                    break;
            }
        }
        // Required as on the command line (--target, --probability and --param).
        Require(target, "target", "the target to reach", errors);
        Require(probability, "probability", "the chance the target must have, between 0 and 1", errors);
        Require(param, "param", "the scenario path to solve for", errors);
        return errors.Count > 0 ? null : new GoalSeekBody(target!, probability!.Value, param!, min, max, tolerance, column.Body, trials, seed);
    }

    public static CalibrateBody? Calibrate(JsonElement body, IDictionary<string, string[]> errors)
    {
        if (!IsObject(body, errors, """{"history": "metric,id,year,value\n…", "trials": 1000}"""))
        {
            return null;
        }
        var history = HistoryUpload.Shipped;
        int? trials = null;
        ulong? seed = null;
        foreach (var property in body.EnumerateObject())
        {
            if (CalibrationHistory.TryRead(property, ref history, errors))
            {
                continue;
            }
            switch (property.Name)
            {
                case "trials":
                    trials = JsonFields.WholeNumber(property.Value, "trials", errors);
                    break;
                case "seed":
                    seed = JsonFields.Seed(property.Value, errors);
                    break;
                default:
                    errors[property.Name] = ["unknown field; expected history, history_xlsx, trials or seed"];
                    break;
            }
        }
        CalibrationHistory.CheckOnce(history, errors);
        return errors.Count > 0 ? null : new CalibrateBody(history, trials, seed);
    }

    private static void Require(object? value, string field, string what, IDictionary<string, string[]> errors)
    {
        if (value is null && !errors.ContainsKey(field))
        {
            errors[field] = [$"{field} is required: {what}"];
        }
    }

    private static bool IsObject(JsonElement body, IDictionary<string, string[]> errors, string example)
    {
        if (body.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        errors["body"] = [$"the body must be a JSON object such as {example}"];
        return false;
    }

    private static List<ColumnBody>? Columns(JsonElement value, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors["columns"] = ["columns must be a list of {variant?, set?, label?}"];
            return null;
        }
        if (value.GetArrayLength() > MaxColumns)
        {
            errors["columns"] = [$"at most {MaxColumns} columns per request"];
            return null;
        }
        var columns = new List<ColumnBody>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var prefix = $"columns[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors[prefix] = ["a column must be an object {variant?, set?, label?}"];
                continue;
            }
            var column = new ColumnReader();
            foreach (var property in item.EnumerateObject())
            {
                if (!column.Read(property, prefix + ".", errors, label: true))
                {
                    errors[$"{prefix}.{property.Name}"] = ["unknown field; expected variant, set or label"];
                }
            }
            columns.Add(column.Body);
        }
        return columns;
    }

    private static (int, int)? Pair(JsonElement value, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
            && value[0].TryGetInt32Safe(out var from) && value[1].TryGetInt32Safe(out var to) && from >= 0 && to >= 0)
        {
            return (from, to);
        }
        errors["explain"] = ["explain must be two column indexes [i, j], e.g. [0, 1]"];
        return null;
    }

    private static bool TryGetInt32Safe(this JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }

    /// <summary>The fields a column (or a base case) shares: variant, set and, in a compare, label.</summary>
    private sealed class ColumnReader
    {
        private string? _variant, _label;
        private readonly List<OverrideDefinition> _set = [];

        public ColumnBody Body => new(_variant, _set, _label);

        public bool Read(JsonProperty property, string prefix, IDictionary<string, string[]> errors, bool label)
        {
            switch (property.Name)
            {
                case "variant":
                    _variant = JsonFields.Text(property.Value, prefix + "variant", errors, "a variant, or null for the baseline");
                    return true;
                case "set":
                    RunBody.ReadSet(property.Value, _set, errors, prefix);
                    return true;
                case "label" when label:
                    _label = JsonFields.Text(property.Value, prefix + "label", errors, "the column");
                    return true;
                default:
                    return false;
            }
        }
    }
}
