namespace Sihui.ChainSim.Model.Economy;

/// <summary>The shared draws of one simulated year, per trial: macro shock, industry shocks and price indices.</summary>
public sealed record EconomyYear(
    int Year,
    double[] MacroShock,
    double[][] IndustryShock,
    double[][] PriceIndex,
    double[][] IndicatorLevel,
    double[][] IndicatorChange);
