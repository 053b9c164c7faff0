using System.Globalization;
using System.Text.Json;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// Reads the body of a run request, <c>{variant?, set?: {path: value}, trials?, seed?, observations? | observations_csv? |
/// observations_xlsx?, min_ess?, max_trials?}</c>, with set values as one-line YAML.
/// </summary>
public static class RunBody
{
    public const int MaxBodyBytes = 256 * 1024;
    public const int MaxOverrides = 500;

    /// <summary>
    /// Reads a JSON body into the request it asks for, on the scenario <paramref name="scenario"/> gives for its variant
    /// (asked only for a body without problems); on a problem returns null and names the field in <paramref name="errors"/>.
    /// </summary>
    public static RunRequest? Parse(JsonElement body, Func<string?, RunRequest> scenario, IDictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["the body must be a JSON object such as {\"trials\": 2000, \"set\": {\"economy.shock.mean\": 0.01}}"];
            return null;
        }
        string? variant = null;
        var set = new List<OverrideDefinition>();
        int? trials = null;
        ulong? seed = null;
        string? rows = null, csv = null;
        byte[]? xlsx = null;
        int? minEss = null, maxTrials = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "variant":
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        variant = property.Value.GetString();
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors["variant"] = ["variant must be a string naming a variant, or null for the baseline"];
                    }
                    break;
                case "set":
                    ReadSet(property.Value, set, errors);
                    break;
                case "trials":
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var t))
                    {
                        trials = t;
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors["trials"] = ["trials must be a whole number"];
                    }
                    break;
                case "seed":
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetUInt64(out var s))
                    {
                        seed = s;
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors["seed"] = ["seed must be a whole number from 0 to 18446744073709551615"];
                    }
                    break;
                case "observations":
                    rows = ObservationsBody.ReadRows(property.Value, errors);
                    break;
                case "observations_csv":
                    csv = ObservationsBody.ReadCsv(property.Value, errors);
                    break;
                case "observations_xlsx":
                    xlsx = ObservationsBody.ReadXlsx(property.Value, errors);
                    break;
                case "min_ess":
                    minEss = WholeNumber(property.Value, property.Name, errors);
                    break;
                case "max_trials":
                    maxTrials = WholeNumber(property.Value, property.Name, errors);
                    break;
                default:
                    errors[property.Name] = ["unknown field; expected variant, set, trials, seed, observations, observations_csv, observations_xlsx, min_ess or max_trials"];
                    break;
            }
        }
        if (rows is not null && csv is not null)
        {
            errors["observations_csv"] = ["give the observations once: as observations (rows) or as observations_csv (a CSV file's text), not both"];
        }
        if (xlsx is not null && (rows is not null || csv is not null))
        {
            errors["observations_xlsx"] = ["give the observations once: as observations (rows), observations_csv (a CSV file's text) or observations_xlsx (an .xlsx file in base64), not two of them"];
        }
        if (errors.Count > 0)
        {
            return null;
        }
        var request = scenario(variant);
        return request with
        {
            LoadOptions = request.LoadOptions with { Set = set },
            Trials = trials ?? request.Trials,
            Seed = seed ?? request.Seed,
            ObservationsCsv = rows ?? csv,
            ObservationsXlsx = xlsx,
            ObservationsFile = rows is not null ? ObservationsBody.RowsFile : csv is not null ? ObservationsBody.CsvFile : xlsx is not null ? ObservationsBody.XlsxFile : null,
            MinEss = minEss,
            MaxTrials = maxTrials,
        };
    }

    private static int? WholeNumber(JsonElement value, string field, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        if (value.ValueKind != JsonValueKind.Null)
        {
            errors[field] = [$"{field} must be a whole number"];
        }
        return null;
    }

    /// <summary>Reads <c>{path: value}</c>: numbers as written, strings as YAML values (a distribution, say).</summary>
    public static void ReadSet(JsonElement element, List<OverrideDefinition> set, IDictionary<string, string[]> errors, string prefix = "")
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors[prefix + "set"] = ["set must be an object mapping paths to values, e.g. {\"economy.shock.mean\": -0.01}"];
            return;
        }
        foreach (var item in element.EnumerateObject())
        {
            if (set.Count >= MaxOverrides)
            {
                errors[prefix + "set"] = [$"at most {MaxOverrides} overrides per request"];
                return;
            }
            var key = $"{prefix}set.{item.Name}";
            switch (item.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    var number = item.Value.GetDouble();
                    if (!double.IsFinite(number))
                    {
                        errors[key] = ["the value must be a finite number"];
                        continue;
                    }
                    set.Add(new OverrideDefinition(item.Name, number.ToString("R", CultureInfo.InvariantCulture)));
                    break;
                case JsonValueKind.String:
                    var parsed = new ErrorList();
                    var node = OverrideApplier.ParseValue(item.Value.GetString()!, parsed);
                    if (node is null || parsed.Any)
                    {
                        errors[key] = [string.Join("; ", parsed.Items.Select(e => e.Message).DefaultIfEmpty("not a YAML value"))];
                        continue;
                    }
                    // One line of YAML flow text: safe to store in a sidecar and to apply like --set.
                    set.Add(new OverrideDefinition(item.Name, FlowWriter.Write(node)));
                    break;
                default:
                    errors[key] = ["the value must be a number, or a string holding a YAML value such as \"{dist: normal, mean: 0, sd: 0.02}\""];
                    break;
            }
        }
    }
}
