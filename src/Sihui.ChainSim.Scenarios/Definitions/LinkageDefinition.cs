namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>One entry of the Leontief A matrix: local purchases from <see cref="Supplier"/> per unit of <see cref="Buyer"/> output.</summary>
public sealed record LinkageDefinition(string Supplier, string Buyer, double Coefficient);
