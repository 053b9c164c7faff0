using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Grains;

/// <summary>An enterprise in one run, keyed "runId/enterpriseIndex": its volume in every trial and its growth parameters.</summary>
[Alias("IEnterpriseGrain")]
public interface IEnterpriseGrain : IGrainWithStringKey
{
    /// <summary>Steps a block of consecutive years in one call, so a run sends one message per enterprise and block.</summary>
    [Alias("StepYears")]
    Task<EnterpriseYearsOutput> StepYearsAsync(EnterpriseYearsInput input);

    [Alias("Release")]
    Task ReleaseAsync();
}

/// <summary>
/// The shared draws an enterprise needs for consecutive years from <see cref="FirstYear"/>, per year and trial, and
/// whether the run's outputs want each year summarised.
/// </summary>
[GenerateSerializer, Immutable, Alias("EnterpriseYearsInput")]
public sealed record EnterpriseYearsInput(
    [property: Id(0)] int FirstYear,
    [property: Id(1)] double[][] IndustryShock,
    [property: Id(2)] double[][] MacroShock,
    [property: Id(3)] double[][] PriceIndex,
    [property: Id(4)] bool Summarize);

/// <summary>An enterprise's output value per year and trial, and each year's summary (empty when not asked for).</summary>
[GenerateSerializer, Immutable, Alias("EnterpriseYearsOutput")]
public sealed record EnterpriseYearsOutput([property: Id(0)] double[][] Values, [property: Id(1)] MetricSummary[] Summaries);
