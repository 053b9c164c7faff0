namespace Sihui.ChainSim.Model.Enterprises;

/// <summary>What an enterprise takes from one year's economy, per trial: its industry's shock and price, and the macro shock.</summary>
public sealed record EnterpriseEconomy(int Year, double[] IndustryShock, double[] MacroShock, double[] PriceIndex);
