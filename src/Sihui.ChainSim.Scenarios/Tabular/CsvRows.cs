using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>Rows read from a CSV table, each with the <c>file:line</c> it came from, and the mapping context of their marks.</summary>
public sealed record CsvRows<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Sources, MappingContext Context);
