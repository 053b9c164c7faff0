namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>Settings shared by every run of one analysis; one seed and one trial count give common random numbers.</summary>
public sealed record AnalysisSettings
{
    /// <summary>Trials for every run; null takes the first column's scenario value.</summary>
    public int? Trials { get; init; }

    /// <summary>Seed for every run; null takes the first column's scenario value.</summary>
    public ulong? Seed { get; init; }
    public int? Until { get; init; }

    /// <summary>How many runs may be in flight at once.</summary>
    public int MaxParallelRuns { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// An observations CSV file's text every run is conditioned on (<c>--observed</c>); null leaves each scenario to its
    /// own <c>observations:</c> list, if it has one.
    /// </summary>
    public string? ObservationsCsv { get; init; }

    /// <summary>An observations workbook's bytes (<c>--observed OBS.xlsx</c>), in place of <see cref="ObservationsCsv"/>.</summary>
    public byte[]? ObservationsXlsx { get; init; }

    /// <summary>Whether every run is conditioned on an observations file, CSV or .xlsx.</summary>
    public bool HasObservationsFile => ObservationsCsv is not null || ObservationsXlsx is not null;

    /// <summary>The observations file's name, as its errors and the conditioned rows name it.</summary>
    public string? ObservationsFile { get; init; }

    /// <summary>A conditioned analysis fixes its trials once, from the first run, to reach this ESS (null: the nowcast default).</summary>
    public int? MinEss { get; init; }

    /// <summary>The most trials that first run may draw (null: the nowcast default, 10× the trials).</summary>
    public int? MaxTrials { get; init; }
}
