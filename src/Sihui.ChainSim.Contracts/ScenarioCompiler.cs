using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Contracts;

/// <summary>
/// The one way a request becomes a runnable scenario, taken by the CLI's pre-run check, every runner and every silo:
/// load the text (variant, then overrides), then compile. Throws <see cref="ScenarioValidationException"/> for bad input.
/// </summary>
public static class ScenarioCompiler
{
    // One compilation per request object: `chainsim run` compiles a request to check it before the run, and the
    // runner it hands the same request to reuses that work instead of loading the file again.
    private static readonly ConditionalWeakTable<RunRequest, CompiledScenario> Compiled = new();

    public static CompiledScenario Compile(RunRequest request) =>
        Compiled.GetValue(request, r =>
        {
            var definition = Load(r);
            return CompiledScenario.Compile(definition, r.Trials, r.Seed, r.Until, Observed(r, definition), nowcast: r.HasObservationsFile,
                enterpriseSummaries: r.EnterpriseSummaries, percentiles: r.Percentiles);
        });

    /// <summary>The rows the run is conditioned on: the file's (CSV or .xlsx) when given, else the scenario's own list.</summary>
    public static IReadOnlyList<ObservedRow> Observed(RunRequest request, ScenarioDefinition definition)
    {
        if (!request.HasObservationsFile)
        {
            return ObservedRow.FromScenario(definition);
        }
        var file = request.ObservationsFile ?? (request.ObservationsXlsx is null ? "observations.csv" : "observations.xlsx");
        if (definition.Observations.Count > 0)
        {
            throw new ScenarioValidationException(
                [new ScenarioError(file, 1, 1, "observations",
                    $"the scenario {request.FileName} has its own observations: list; give the figures in one place, the file or the list")]);
        }
        return request.ObservationsXlsx is { } workbook
            ? ObservationCsv.ParseWorkbook(workbook, Path.GetFileName(file), definition)
            : ObservationCsv.Parse(request.ObservationsCsv!, file, definition);
    }

    /// <summary>
    /// The validated definition the request runs, before trials, seed and until are applied. An equal request loaded
    /// lately shares its definition (<see cref="RecentDefinitions"/>).
    /// </summary>
    public static ScenarioDefinition Load(RunRequest request) =>
        RecentDefinitions.GetOrLoad(request, r => ScenarioLoader.LoadText(r.ScenarioText, r.FileName, r.LoadOptions));
}
