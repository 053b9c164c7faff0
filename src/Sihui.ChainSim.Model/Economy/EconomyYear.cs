namespace Sihui.ChainSim.Model.Economy;

/// <summary>
/// The shared draws of one simulated year, per trial: macro shock, industry shocks, price indices, and each
/// industry's demand index (the product of 1 + industry shock + macro shock since the base year). The indicator
/// arrays are empty in the year the parks see; <see cref="IndicatorState"/> fills them in after the parks' step.
/// </summary>
public sealed record EconomyYear(
    int Year,
    double[] MacroShock,
    double[][] IndustryShock,
    double[][] PriceIndex,
    double[][] IndicatorLevel,
    double[][] IndicatorChange,
    double[][] DemandIndex);
