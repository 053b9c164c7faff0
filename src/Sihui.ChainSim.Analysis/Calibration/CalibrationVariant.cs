using System.Globalization;
using System.Text;
using System.Text.Json;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// The calibrated values as a saved variant in the scenario's sidecar (<c>NAME.variants.yaml</c>, see
/// <see cref="SavedVariantFile"/>), so <c>run --variant calibrated</c> and the page both use them; the scenario file is
/// never written. Each set line carries a comment with the years used, n and the standard error. A value whose
/// distribution in the scenario is normal is set at its <c>.mean</c> / <c>.sd</c> path; any other (or none) is replaced
/// by a normal with the fitted values, since a triangular's "sd" is not a key.
/// </summary>
public static class CalibrationVariant
{
    public const string DefaultName = "calibrated";

    /// <summary>The sidecar's bytes: the <paramref name="others"/> saved variants as they were, then this one.</summary>
    public static byte[] Sidecar(
        string scenarioFileName, IReadOnlyList<VariantDefinition> others, ScenarioDefinition scenario, CalibrationResult result, string name, string historyFile)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(SavedVariantFile.Write(scenarioFileName, others)));
        text.Append("  ").Append(Quote(name)).Append(":\n");
        text.Append("    # written by `chainsim calibrate ").Append(scenarioFileName).Append(" --history ").Append(historyFile)
            .Append("`; run it again to refit. Comments give the years of growth used, n and the standard error.\n");
        text.Append("    description: ").Append(Quote(Description(historyFile))).Append('\n');
        text.Append("    set:\n");
        foreach (var (set, comment) in Entries(scenario, result))
        {
            text.Append("      ").Append(Quote(set.Path)).Append(": ").Append(set.Value).Append("   # ").Append(comment).Append('\n');
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>The variant's description, naming the history it was fitted to.</summary>
    public static string Description(string historyFile) => $"Growth, shocks and indicator changes calibrated to {historyFile}";

    /// <summary>The fitted values as the variant's set, in the sidecar's order: what <c>run --variant calibrated</c> applies.</summary>
    public static IReadOnlyList<OverrideDefinition> Set(ScenarioDefinition scenario, CalibrationResult result) =>
        Entries(scenario, result).Select(e => e.Set).ToList();

    /// <summary>Each set entry with the comment the sidecar gives it (years, n, standard error).</summary>
    private static IEnumerable<(OverrideDefinition Set, string Comment)> Entries(ScenarioDefinition scenario, CalibrationResult result) =>
        result.Parameters.GroupBy(p => p.Path[..p.Path.LastIndexOf('.')]).SelectMany(g => Entries(scenario, g.Key, g.ToList()));

    private static IEnumerable<(OverrideDefinition Set, string Comment)> Entries(ScenarioDefinition scenario, string path, IReadOnlyList<FittedParameter> fitted)
    {
        var mean = fitted.FirstOrDefault(p => p.Path.EndsWith(".mean", StringComparison.Ordinal));
        var sd = fitted.FirstOrDefault(p => p.Path.EndsWith(".sd", StringComparison.Ordinal));
        var current = Current(scenario, path);
        if (current is NormalDistribution)
        {
            return fitted.Select(p => (new OverrideDefinition(p.Path, Number(p.Value)), Comment(p)));
        }
        // A shock's mean is not fitted (the year effects are centred on 0); a replaced normal keeps the old mean.
        var meanValue = mean?.Value ?? current?.Mean ?? 0;
        var was = current is null ? "none was given" : $"replaces a {Kind(current)} distribution";
        var node = $"{{dist: normal, mean: {Number(meanValue)}, sd: {Number(sd?.Value ?? 0)}}}";
        if (path == "economy.shock" && scenario.Economy.Shock is null)
        {
            // `economy` may be absent from the file, and a path cannot create it: set the block.
            return [(new OverrideDefinition("economy", $"{{shock: {node}}}"), $"{was}; {Comment(sd ?? mean!)}")];
        }
        return [(new OverrideDefinition(path, node), $"{was}; " + string.Join("; ", fitted.Select(p => $"{p.Path[(path.Length + 1)..]}: {Comment(p)}")))];
    }

    private static string Comment(FittedParameter p) =>
        $"{YearSpans.Of(p.Years)}, n = {p.N}, standard error {Number(p.StandardError)}" + (p.Note is null ? "" : $" ({p.Note})");

    private static Distribution? Current(ScenarioDefinition s, string path)
    {
        var parts = path.Split('.');
        return parts[0] switch
        {
            "enterprises" => s.Enterprises.FirstOrDefault(e => e.Id == parts[1])?.Growth,
            "industries" => s.Industries.FirstOrDefault(i => i.Id == parts[1])?.Shock,
            "indicators" => s.Indicators.FirstOrDefault(i => i.Id == parts[1])?.AnnualChange,
            "economy" => s.Economy.Shock,
            _ => null,
        };
    }

    private static string Kind(Distribution d) => d switch
    {
        ConstantDistribution => "constant",
        LogNormalDistribution => "log-normal",
        TriangularDistribution => "triangular",
        PertDistribution => "PERT",
        UniformDistribution => "uniform",
        PoissonDistribution => "Poisson",
        BernoulliDistribution => "Bernoulli",
        _ => d.GetType().Name,
    };

    /// <summary>Four decimals: a growth rate to a hundredth of a percentage point, far inside any standard error here.</summary>
    public static string Number(double value) => Math.Round(value, 4).ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
