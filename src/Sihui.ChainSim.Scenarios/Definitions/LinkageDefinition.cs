using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>One entry of the Leontief A matrix: local purchases from <see cref="Supplier"/> per unit of <see cref="Buyer"/> output.</summary>
[Description("One entry of the Leontief A matrix: local purchases from the supplier industry per unit of the buyer industry's output.")]
public sealed record LinkageDefinition(
    [property: Description("Supplier industry id.")] string Supplier,
    [property: Description("Buyer industry id; may equal the supplier (the diagonal).")] string Buyer,
    [property: AtLeast(0), Description("Local purchases per unit of output, >= 0. (I - A) must be invertible with a non-negative inverse.")] double Coefficient);
